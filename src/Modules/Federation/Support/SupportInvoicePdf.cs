using System.Globalization;
using System.Resources;
using CoopSante.Federation.Data;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>
/// The engagement's invoice as a PDF, in French or English: the federation's identity as issuer, the coop's letterhead
/// (name, address, NEQ) as the party billed, the quote, the time logged and the total. Rebuilt from the stored rows each time.
/// </summary>
internal static class SupportInvoicePdf
{
    private static readonly ResourceManager Text = new(typeof(SupportText));

    public static async Task<(byte[] Pdf, string FileName)> BuildAsync(FederationDbContext db, SupportInvoice invoice, CultureInfo culture, CancellationToken ct)
    {
        var request = await db.SupportRequests.IgnoreQueryFilters().AsNoTracking().Include(r => r.Quotes).Include(r => r.TimeEntries).AsSplitQuery()
            .FirstAsync(r => r.Id == invoice.RequestId && r.CoopId == invoice.CoopId, ct);
        var coop = await db.Coops.AsNoTracking().FirstAsync(c => c.Id == invoice.CoopId, ct);
        var quote = request.Quotes.FirstOrDefault(q => q.State == QuoteState.Accepted);
        string T(string key) => Text.GetString(key, culture) ?? key;

        var pdf = new PdfBuilder(string.Format(culture, T("Invoice.Title"), invoice.Number), culture)
            .Letterhead(new Letterhead(T("Invoice.IssuerName"), [T("Invoice.IssuerAddress")]))
            .Date(invoice.IssuedOn)
            .Heading(string.Format(culture, T("Invoice.Title"), invoice.Number))
            .Section(T("Invoice.BilledTo"))
            .Paragraph(coop.LegalName.Length > 0 ? coop.LegalName : coop.Name, bold: true)
            .Paragraph($"{coop.Address}\n{coop.City} {coop.PostalCode}");
        if (!string.IsNullOrWhiteSpace(coop.Neq)) pdf.KeyValue(T("Invoice.Neq"), coop.Neq);
        pdf.Section(T("Invoice.Engagement"))
            .KeyValue(T("Invoice.Reference"), request.Reference)
            .KeyValue(T("Invoice.Subject"), request.Subject);
        if (quote is not null)
            pdf.KeyValue(T("Invoice.Quote"), string.Format(culture, T("Invoice.QuoteLine"), Formats.Number(quote.Hours, 2, culture), Formats.Money(quote.HourlyRate, culture),
                Formats.Money(quote.Amount, culture)));
        pdf.Section(T("Invoice.Time"))
            .Table([T("Invoice.Date"), T("Invoice.Work"), T("Invoice.Hours")],
                request.TimeEntries.OrderBy(t => t.WorkedOn).ThenBy(t => t.LoggedAt)
                    .Select(t => (IReadOnlyList<string>)[Formats.Date(t.WorkedOn, culture), t.Note, Formats.Number(t.Hours, 2, culture)]),
                [0.25, 0.55, 0.2])
            .Gap()
            .KeyValue(T("Invoice.TotalHours"), Formats.Number(invoice.Hours, 2, culture))
            .KeyValue(T("Invoice.Rate"), Formats.Money(invoice.HourlyRate, culture))
            .KeyValue(T("Invoice.Total"), Formats.Money(invoice.Amount, culture))
            .Gap()
            .Paragraph(T("Invoice.Terms"));
        return (pdf.ToBytes(), $"{invoice.Number}.pdf");
    }
}
