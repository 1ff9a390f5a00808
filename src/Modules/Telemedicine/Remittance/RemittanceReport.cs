using System.Globalization;
using CoopSante.Federation.Contracts;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CoopSante.Telemedicine.Remittance;

/// <summary>One coop's line of the provider's remittance: households billed for the period and what the federation owes for them.</summary>
internal sealed record RemittanceLine(Guid CoopId, string CoopName, int Households, decimal FeePerHousehold, decimal AmountOwed);

/// <summary>What the federation owes the provider for a month: aggregates only, never a person.</summary>
internal sealed record RemittanceDto(string Period, decimal FeePerHousehold, IReadOnlyList<RemittanceLine> Coops, int Households, decimal AmountOwed);

/// <summary>
/// The provider's monthly remittance: covered households per coop are the households invoiced for the period (one invoice per
/// enrolment covering any day of it, never pro rata), paid for at the provider fee in force on the first of the period.
/// </summary>
internal static class RemittanceReport
{
    public static readonly ErrorCode PeriodFuture = new("Telemedicine.RemittancePeriodFuture", ErrorKind.Unprocessable);
    public static readonly ErrorCode FeeMissing = new("Telemedicine.ProviderFeeMissing", ErrorKind.Unprocessable);

    /// <summary>"2026-11" → its first day; a malformed month or one after the current month is refused with its code.</summary>
    public static DateOnly ParsePeriod(string? text, DateOnly today)
    {
        var period = BillingRules.ParsePeriod(text?.Trim()) ?? throw new DomainException(BillingErrors.PeriodInvalid.At("period"));
        if (period > new DateOnly(today.Year, today.Month, 1)) throw new DomainException(PeriodFuture.At("period"));
        return period;
    }

    /// <summary>The period's figures, for every coop (<paramref name="coopId"/> null) or one coop. One grouped query over the invoices.</summary>
    public static async Task<RemittanceDto> ComputeAsync(TelemedicineDbContext db, ICoopRegistry registry, DateOnly period, Guid? coopId, CancellationToken ct)
    {
        var fees = await db.ProviderFees.AsNoTracking().Select(f => new { f.EffectiveFrom, f.FeePerHousehold }).ToListAsync(ct);
        var fee = BillingRules.PriceInForce(fees.Select(f => (f.EffectiveFrom, f.FeePerHousehold)), period) ?? throw new DomainException(FeeMissing.At("period"));
        // Crosses coops on purpose: counts per coop only.
        var invoices = db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(i => i.Period == period);
        if (coopId is { } only) invoices = invoices.Where(i => i.CoopId == only);
        var counts = await invoices.GroupBy(i => i.CoopId).Select(g => new { CoopId = g.Key, Households = g.Select(i => i.EnrolmentId).Distinct().Count() }).ToListAsync(ct);
        var names = (await registry.ListAsync(ct)).ToDictionary(c => c.Id, c => c.Name);
        var lines = counts.Select(c => new RemittanceLine(c.CoopId, names.GetValueOrDefault(c.CoopId, c.CoopId.ToString()), c.Households, fee, Owed(c.Households, fee)))
            .OrderBy(l => l.CoopName, StringComparer.Create(CultureInfo.GetCultureInfo("fr-CA"), ignoreCase: true)).ToList();
        var households = lines.Sum(l => l.Households);
        return new RemittanceDto(BillingRules.FormatPeriod(period), fee, lines, households, lines.Sum(l => l.AmountOwed));
    }

    public static decimal Owed(int households, decimal fee) => decimal.Round(households * fee, 2, MidpointRounding.AwayFromZero);

    public static string FileName(RemittanceDto r, string extension) => $"remittance-{r.Period}.{extension}";

    /// <summary>One sheet: a line per coop and the totals, headers in the reader's language, amounts as numbers.</summary>
    public static byte[] ToXlsx(RemittanceDto r, IStringLocalizer<RemittanceText> text)
    {
        var rows = r.Coops.Select(l => Row(text, l.CoopName, l.Households, l.FeePerHousehold, l.AmountOwed)).ToList();
        rows.Add(Row(text, text["Remittance.Total"], r.Households, r.FeePerHousehold, r.AmountOwed));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: Sheet(text["Remittance.Sheet"]));
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(IStringLocalizer<RemittanceText> text, string coop, int households, decimal fee, decimal owed) => new()
    {
        [text["Remittance.Coop"]] = coop,
        [text["Remittance.Households"]] = households,
        [text["Remittance.Fee"]] = fee,
        [text["Remittance.Owed"]] = owed,
    };

    // Excel sheet names: 31 characters, none of : \ / ? * [ ].
    private static string Sheet(string name) => new([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).Take(31)]);

    /// <summary>The same figures on Letter paper with the platform's layout.</summary>
    public static byte[] ToPdf(RemittanceDto r, IStringLocalizer<RemittanceText> text, string providerName, DateOnly today)
    {
        var culture = CultureInfo.CurrentUICulture;
        string Money(decimal d) => d.ToString("C", culture);
        var rows = r.Coops.Select(l => (IReadOnlyList<string>)[l.CoopName, l.Households.ToString("N0", culture), Money(l.FeePerHousehold), Money(l.AmountOwed)]).ToList();
        rows.Add([text["Remittance.Total"], r.Households.ToString("N0", culture), Money(r.FeePerHousehold), Money(r.AmountOwed)]);
        return new PdfBuilder(text["Remittance.Title"], culture)
            .Heading(text["Remittance.Title"])
            .Date(today)
            .KeyValue(text["Remittance.Provider"], providerName)
            .KeyValue(text["Remittance.Period"], r.Period)
            .KeyValue(text["Remittance.Fee"], Money(r.FeePerHousehold))
            .Table([text["Remittance.Coop"], text["Remittance.Households"], text["Remittance.Fee"], text["Remittance.Owed"]], rows, [0.46, 0.18, 0.18, 0.18])
            .Paragraph(text["Remittance.Note"])
            .ToBytes();
    }
}
