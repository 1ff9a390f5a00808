using System.Globalization;
using System.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Localization;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>
/// The payor's PAD agreement (Payments Canada Rule H1): the payee and payor, the account, the authority to debit, the amount
/// and timing, the category (personal), pre-notification, cancellation and recourse rights, and the acceptance, in the member's language.
/// </summary>
internal static class PadAgreementPdf
{
    private static readonly ResourceManager Text = new(typeof(TelemedicineText));

    public static async Task<byte[]> RenderAsync(EnrolmentServices s, Enrolment e, PadAgreement pad, decimal monthlyPrice, CancellationToken ct)
    {
        var coop = await s.Letterheads.FindAsync(e.CoopId, ct);
        var coopName = coop is null ? "" : coop.LegalName.Length > 0 ? coop.LegalName : coop.Name;
        var letterhead = coop is null ? null : new Letterhead(coopName, [coop.Address, $"{coop.City} {coop.PostalCode}".Trim()], coop.Neq);
        return Render(e, pad, monthlyPrice, letterhead, coopName, QuebecDate(pad.AcceptedAt));
    }

    public static byte[] Render(Enrolment e, PadAgreement pad, decimal monthlyPrice, Letterhead? letterhead, string coopName, DateOnly acceptedOn)
    {
        var c = CultureInfo.GetCultureInfo(e.Language == "en" ? "en-CA" : "fr-CA");
        var pdf = new PdfBuilder(T("Pdf.Pad.Title", c), c);
        if (letterhead is not null) pdf.Letterhead(letterhead);
        pdf.Date(acceptedOn)
            .Heading(T("Pdf.Pad.Title", c))
            .Paragraph(T("Pdf.Pad.Category", c), bold: true)
            .Section(T("Pdf.Pad.Parties", c))
            .KeyValue(T("Pdf.Pad.Payee", c), coopName)
            .KeyValue(T("Pdf.Pad.Payor", c), pad.PayorName)
            .KeyValue(T("Pdf.Pad.Member", c), $"{e.MemberName} ({e.MemberNumber})")
            .KeyValue(T("Pdf.Pad.Institution", c), pad.InstitutionNumber)
            .KeyValue(T("Pdf.Pad.Transit", c), pad.TransitNumber)
            .KeyValue(T("Pdf.Pad.Account", c), pad.AccountMasked)
            .Section(T("Pdf.Pad.Authority", c))
            .Paragraph(string.Format(c, T("Pdf.Pad.AuthorityText", c), coopName))
            .Section(T("Pdf.Pad.AmountTiming", c))
            .Paragraph(string.Format(c, T("Pdf.Pad.AmountTimingText", c), Formats.Money(monthlyPrice, c), Formats.Date(e.CoverageStart, c)))
            .Paragraph(T("Pdf.Pad.PreNotice", c))
            .Section(T("Pdf.Pad.Cancellation", c))
            .Paragraph(string.Format(c, T("Pdf.Pad.CancellationText", c), coopName))
            .Section(T("Pdf.Pad.Recourse", c))
            .Paragraph(T("Pdf.Pad.RecourseText", c))
            .Section(T("Pdf.Pad.Acceptance", c))
            .Paragraph(string.Format(c, T("Pdf.Pad.AcceptanceText", c), pad.AcceptedByName, Formats.DateTime(pad.AcceptedAt, c)))
            .Paragraph(T("Pdf.Pad.Copy", c));
        return pdf.ToBytes();
    }

    private static DateOnly QuebecDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, QuebecClock.Zone).DateTime);

    private static string T(string key, CultureInfo c) => Text.GetString(key, c) ?? key;
}
