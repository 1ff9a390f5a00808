using System.Globalization;
using System.Resources;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Email;

namespace CoopSante.Compliance.Consultations;

/// <summary>The consultation's e-mails, in the reviewer's language.</summary>
internal static class ConsultationEmails
{
    private static readonly ResourceManager Texts = new(typeof(FrameworkText));

    public static EmailMessage Invitation(string to, string culture, string name, string link)
    {
        var c = CultureInfo.GetCultureInfo(culture);
        return new EmailMessage(to, Texts.GetString("Consultation.EmailSubject", c)!,
            string.Format(c, Texts.GetString("Consultation.EmailBody", c)!.Replace("\\n", "\n", StringComparison.Ordinal), name, link), "consultation-invitation", culture);
    }
}
