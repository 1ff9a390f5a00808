using System.Globalization;
using System.Resources;
using CoopSante.Platform.Email;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Resources;

namespace CoopSante.Platform.Identity.Account;

/// <summary>E-mails of the sign-in journeys, written in the recipient's language.</summary>
internal static class AccountEmails
{
    private static readonly ResourceManager Text = new(typeof(PlatformText));

    public static string Get(string key, string culture, params object[] args)
    {
        var ci = CultureInfo.GetCultureInfo(Cultures.Normalize(culture));
        var template = Text.GetString(key, ci) ?? key;
        return args.Length == 0 ? template : string.Format(ci, template, args);
    }

    public static EmailMessage PasswordReset(string to, string culture, string link) =>
        new(to, Get("Email.PasswordResetSubject", culture), Get("Email.PasswordResetBody", culture, link), "PasswordReset", Cultures.Normalize(culture));

    public static EmailMessage Invitation(string to, string culture, string coopName, string roleName, string link, DateTimeOffset expiresAt, Guid? coopId) =>
        new(to, Get("Email.InvitationSubject", culture), Get("Email.InvitationBody", culture, coopName, roleName, link, expiresAt.ToString("d", CultureInfo.GetCultureInfo(Cultures.Normalize(culture)))),
            "Invitation", Cultures.Normalize(culture), CoopId: coopId);
}
