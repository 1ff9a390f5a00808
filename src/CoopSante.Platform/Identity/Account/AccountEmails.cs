using CoopSante.Platform.Email;
using CoopSante.Platform.Resources;

namespace CoopSante.Platform.Identity.Account;

/// <summary>E-mails of the sign-in journeys, written in the recipient's language (<see cref="EmailTemplates"/>).</summary>
internal static class AccountEmails
{
    /// <summary>A text of these e-mails (a role's name, "the federation") in the recipient's culture.</summary>
    public static string Get(string key, string culture) => EmailTemplates.Text(typeof(PlatformText), key, EmailTemplates.CultureOf(culture));

    public static EmailMessage PasswordReset(string to, string culture, string link) =>
        EmailTemplates.Render(typeof(PlatformText), "Email.PasswordReset", culture, link).To(to, "PasswordReset");

    public static EmailMessage Invitation(string to, string culture, string coopName, string roleName, string link, DateTimeOffset expiresAt, Guid? coopId)
    {
        var c = EmailTemplates.CultureOf(culture);
        return EmailTemplates.Render(typeof(PlatformText), "Email.Invitation", c, coopName, roleName, link, expiresAt.ToString("d", c)).To(to, "Invitation", coopId);
    }
}
