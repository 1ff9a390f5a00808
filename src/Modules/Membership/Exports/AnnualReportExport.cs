using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Security;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoopSante.Membership.Exports;

/// <summary>The annual report's figures (the same <see cref="AnnualReport.FiguresAsync"/> as the JSON) and its statement of share capital with the refund requests (s. 132), as a CSV of labelled lines in the caller's language.</summary>
internal static class AnnualReportExport
{
    internal static void Map(RouteGroupBuilder coop)
    {
        coop.MapGet("/meetings/annual-report.csv", Csv).WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanManageRegister)
            .WithSummary("The annual report's figures of a fiscal year (default: the last one ended) as CSV: deadlines, members by category, admissions, departures, share capital.");
    }

    public static async Task<IResult> Csv(Guid coopId, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, IStringLocalizer<PublicText> p,
        IStringLocalizer<MembershipText> t, HttpContext http, CancellationToken ct, int? fiscalYear = null)
    {
        var view = await AnnualReports.AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct);
        var figures = view.Figures;
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "AnnualReport", figures.FiscalYear.ToString(CultureInfo.InvariantCulture), coopId, new { figures.FiscalYear })], ct);
        var buffer = new MemoryStream();
        await WriteCsvAsync(buffer, Lines(figures, p, t).Concat(AnnualReports.AnnualReportCsv.Lines(view)), ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"rapport-annuel-{figures.FiscalYear.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    public static IEnumerable<string[]> Lines(AnnualReportFigures f, IStringLocalizer<PublicText> p, IStringLocalizer<MembershipText> t)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return [p["AnnualReport.Item"], p["AnnualReport.Value"]];
        yield return [p["AnnualReport.FiscalYear"], f.FiscalYear.ToString(CultureInfo.InvariantCulture)];
        yield return [p["AnnualReport.YearStart"], Day(f.YearStart)];
        yield return [p["AnnualReport.YearEnd"], Day(f.YearEnd)];
        yield return [p["AnnualReport.AgmDeadline"], Day(f.AgmDeadline)];
        yield return [p["AnnualReport.AgmDate"], f.AgmDate is { } agm ? Day(agm) : ""];
        yield return [p["AnnualReport.ReportDeadline"], Day(f.AnnualReportDeadline)];
        foreach (var c in f.MembersByCategory)
            yield return [string.Format(CultureInfo.CurrentCulture, p["AnnualReport.Members"], t[$"Category.{c.Category}"]), c.Members.ToString(CultureInfo.InvariantCulture)];
        yield return [p["AnnualReport.Admissions"], f.Admissions.ToString(CultureInfo.InvariantCulture)];
        yield return [p["AnnualReport.Departures"], f.Departures.ToString(CultureInfo.InvariantCulture)];
        yield return [p["AnnualReport.ShareCapital"], f.ShareCapital.ToString("0.00", CultureInfo.InvariantCulture)];
    }

    /// <summary>The register export's CSV writer and options (byte order mark for Excel, its escaping of formulas).</summary>
    private static async Task WriteCsvAsync(Stream stream, IEnumerable<string[]> lines, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var line in lines) await csv.WriteRecordAsync(line, ct);
        await csv.FlushAsync(ct);
    }
}
