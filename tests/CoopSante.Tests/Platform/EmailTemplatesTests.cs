using System.Globalization;
using System.Resources;
using CoopSante.Membership.Meetings;
using CoopSante.Platform.Email;
using CoopSante.Platform.Identity.Account;
using CoopSante.Platform.Resources;

namespace CoopSante.Tests.Platform;

public sealed class EmailTemplatesTests
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-CA");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-CA");

    [Fact]
    public void The_same_template_renders_in_french_and_in_english_with_its_values()
    {
        var french = EmailTemplates.Render(typeof(PlatformText), "Email.Invitation", Fr, "Coop du Lac", "Gestionnaire", "https://x/invitation/abc", "2027-01-15");
        var english = EmailTemplates.Render(typeof(PlatformText), "Email.Invitation", En, "Coop du Lac", "Manager", "https://x/invitation/abc", "2027-01-15");

        Assert.Equal("Invitation à CoopSanté", french.Subject);
        Assert.Equal("fr-CA", french.Culture);
        Assert.Contains("rejoindre Coop du Lac dans CoopSanté avec le rôle « Gestionnaire »", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://x/invitation/abc", french.TextBody, StringComparison.Ordinal);
        Assert.Equal("en-CA", english.Culture);
        Assert.NotEqual(french.Subject, english.Subject);
        Assert.Contains("Manager", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://x/invitation/abc", english.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{", french.TextBody + english.TextBody, StringComparison.Ordinal);
        Assert.Null(french.HtmlBody);
    }

    [Theory]
    [InlineData("en", "en-CA")]
    [InlineData("en-CA", "en-CA")]
    [InlineData("fr", "fr-CA")]
    [InlineData(null, "fr-CA")]
    [InlineData("de", "fr-CA")]
    public void The_recipients_language_picks_english_or_else_french(string? language, string culture) =>
        Assert.Equal(culture, EmailTemplates.CultureOf(language).Name);

    [Fact]
    public void A_missing_key_fails_loudly_instead_of_sending_the_key()
    {
        var template = Assert.Throws<MissingManifestResourceException>(() => EmailTemplates.Render(typeof(PlatformText), "Email.NoSuchTemplate", En, "x"));
        Assert.Contains("Email.NoSuchTemplateSubject", template.Message, StringComparison.Ordinal);
        Assert.Throws<MissingManifestResourceException>(() => EmailTemplates.Text(typeof(PlatformText), "Role.NoSuchRole", Fr));
    }

    [Fact]
    public void A_placeholder_without_its_value_fails_loudly() =>
        Assert.Throws<FormatException>(() => EmailTemplates.Render(typeof(PlatformText), "Email.PasswordReset", Fr));

    [Fact]
    public void A_password_reset_is_written_in_the_users_culture_with_its_link()
    {
        var mail = AccountEmails.PasswordReset("a@exemple.ca", "en-CA", "https://x/reset/123");
        Assert.Equal(("a@exemple.ca", "PasswordReset", "en-CA"), (mail.To, mail.Kind, mail.Culture));
        Assert.Contains("https://x/reset/123", mail.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(AccountEmails.PasswordReset("a@exemple.ca", "fr-CA", "l").Subject, mail.Subject);
    }

    [Fact]
    public void A_meeting_notice_lists_the_agenda_in_the_members_language()
    {
        var coop = Guid.NewGuid();
        var meeting = new Meeting
        {
            CoopId = coop, Kind = MeetingKind.Annual, Date = new DateOnly(2027, 4, 20), StartTime = new TimeOnly(19, 0), Place = "Salle municipale",
            Agenda = [new() { Position = 2, Title = "Élections" }, new() { Position = 1, Title = "Ouverture" }],
        };

        var french = Convocation.Compose(meeting, Fr);
        var english = Convocation.Compose(meeting, En);

        Assert.StartsWith("Avis de convocation", french.Subject, StringComparison.Ordinal);
        Assert.Contains("20 avril 2027", french.Subject, StringComparison.Ordinal);
        Assert.Contains("Ordre du jour :\n1. Ouverture\n2. Élections\n", french.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Notice of meeting", english.Subject, StringComparison.Ordinal);
        Assert.Contains("April 20, 2027", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Agenda:\n1. Ouverture\n2. Élections\n", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Salle municipale", english.TextBody, StringComparison.Ordinal);
        var notice = english.To("m@exemple.ca", Convocation.EmailKind, coop);
        Assert.Equal(("en-CA", coop, "MeetingNotice"), (notice.Culture, notice.CoopId, notice.Kind));
    }
}
