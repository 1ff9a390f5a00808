using System.Globalization;
using CoopSante.Compliance.Frameworks;
using CoopSante.Compliance.Resources;
using CsvHelper;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CoopSante.Compliance.Privacy;

/// <summary>The incident register as CSV (CsvHelper's formula escaping) or XLSX (cells defused the same way), headers in the caller's language.</summary>
internal static class IncidentExport
{
    private static readonly string[] Columns =
    [
        "Number", "OccurredOn", "DiscoveredOn", "Description", "InformationConcerned", "PeopleAffected", "RiskOfSeriousHarm",
        "CaiNotifiedOn", "PeopleNotifiedOn", "Measures", "KeepUntil",
    ];

    private static string[] Cells(IncidentDto i, IStringLocalizer t) =>
    [
        i.Number.ToString(CultureInfo.InvariantCulture), Day(i.OccurredOn), Day(i.DiscoveredOn), i.Description, i.InformationConcerned,
        i.PeopleAffected.ToString(CultureInfo.InvariantCulture), t[i.RiskOfSeriousHarm ? "Privacy.Yes" : "Privacy.No"],
        Day(i.CaiNotifiedOn), Day(i.PeopleNotifiedOn), i.Measures, Day(i.KeepUntil),
    ];

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string[] Headers(IStringLocalizer t) => Columns.Select(c => (string)t[$"Incident.{c}"]).ToArray();

    public static async Task<byte[]> CsvAsync(IReadOnlyList<IncidentDto> incidents, IStringLocalizer t, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions
        {
            WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture, Separator = ',', Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.Escape, InjectionEscape = '\'',
        }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Headers(t), ct);
            foreach (var i in incidents) await csv.WriteRecordAsync(Cells(i, t), ct);
            await csv.FlushAsync(ct);
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<IncidentDto> incidents, IStringLocalizer t)
    {
        var headers = Headers(t);
        var rows = incidents.Select(i =>
        {
            var cells = Cells(i, t);
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < headers.Length; c++) row[headers[c]] = VersionExchange.Cell(cells[c]);
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "Incidents");
        return stream.ToArray();
    }
}
