using System.Globalization;
using System.Resources;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Localization;
using MiniExcelLibs;

namespace CoopSante.Federation.Facts;

/// <summary>The one-page fact sheet, as PDF or XLSX, in the language asked for: the same rows in both.</summary>
internal static class FactSheet
{
    public const string PdfType = "application/pdf";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly ResourceManager Text = new(typeof(ServicesText));

    public static string Word(string key, CultureInfo culture) => Text.GetString(key, culture) ?? key;

    /// <summary>Figure, value, source: the rows of the summary.</summary>
    public static IReadOnlyList<(string Figure, int Value, string Source)> Rows(FederationFacts f, CultureInfo culture)
    {
        var registry = Word("Facts.FromRegistry", culture);
        var declared = Word("Facts.Declared", culture);
        var members = f.Sources.MembersDeclared == 0 ? Word("Facts.FromRegistry", culture) : f.Sources.MembersFromRegisters == 0 ? declared : Word("Facts.Mixed", culture);
        return
        [
            (Word("Facts.Coops", culture), f.Coops, registry),
            (Word("Facts.Regions", culture), f.Regions, registry),
            (Word("Facts.Members", culture), f.Members, members),
            (Word("Facts.Physicians", culture), f.Physicians, declared),
            (Word("Facts.Nurses", culture), f.Nurses, declared),
            (Word("Facts.OtherProfessionals", culture), f.OtherProfessionals, declared),
            (Word("Facts.Patients", culture), f.Patients, declared),
            (Word("Facts.TelemedicineCoops", culture), f.TelemedicineCoops, registry),
        ];
    }

    public static string SourcesNote(FederationFacts f, CultureInfo culture) =>
        string.Format(culture, Word("Facts.Sources", culture), Formats.Number(f.Sources.MembersFromRegisters, 0, culture), Formats.Number(f.Sources.MembersDeclared, 0, culture));

    private static IReadOnlyList<string> RegionHeaders(CultureInfo culture) =>
        [Word("Facts.Region", culture), Word("Facts.Coops", culture), Word("Facts.Members", culture), Word("Facts.Physicians", culture),
         Word("Facts.Nurses", culture), Word("Facts.OtherProfessionals", culture), Word("Facts.Patients", culture), Word("Facts.TelemedicineCoops", culture)];

    private static IReadOnlyList<object> RegionCells(RegionFacts r) =>
        [$"{r.RegionCode} {r.RegionName}", r.Coops, r.Members, r.Physicians, r.Nurses, r.OtherProfessionals, r.Patients, r.TelemedicineCoops];

    public static byte[] Pdf(FederationFacts f, CultureInfo culture)
    {
        var title = Word("Facts.Title", culture);
        var pdf = new PdfBuilder(title, culture)
            .Letterhead(new Letterhead(Word("Facts.Issuer", culture), []))
            .Date(f.AsOf)
            .Heading(title)
            .Table([Word("Facts.Figure", culture), Word("Facts.Value", culture), Word("Facts.Source", culture)],
                Rows(f, culture).Select(r => (IReadOnlyList<string>)[r.Figure, Formats.Number(r.Value, 0, culture), r.Source]), [0.5, 0.2, 0.3])
            .Section(Word("Facts.ByRegion", culture))
            .Table(RegionHeaders(culture), (f.ByRegion ?? []).Select(r => (IReadOnlyList<string>)RegionCells(r)
                .Select(c => c is int n ? Formats.Number(n, 0, culture) : (string)c).ToList()), [0.24, 0.1, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11])
            .Gap(6)
            .Paragraph(SourcesNote(f, culture));
        return pdf.ToBytes();
    }

    public static byte[] Xlsx(FederationFacts f, CultureInfo culture)
    {
        var summary = Rows(f, culture).Select(r => new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Word("Facts.Figure", culture)] = r.Figure,
            [Word("Facts.Value", culture)] = r.Value,
            [Word("Facts.Source", culture)] = r.Source,
        }).ToList();
        summary.Add(new(StringComparer.Ordinal) { [Word("Facts.Figure", culture)] = string.Format(culture, Word("Facts.AsOf", culture), Formats.Date(f.AsOf, culture)), [Word("Facts.Value", culture)] = "", [Word("Facts.Source", culture)] = "" });
        summary.Add(new(StringComparer.Ordinal) { [Word("Facts.Figure", culture)] = SourcesNote(f, culture), [Word("Facts.Value", culture)] = "", [Word("Facts.Source", culture)] = "" });
        var headers = RegionHeaders(culture);
        var regions = (f.ByRegion ?? []).Select(r =>
        {
            var cells = RegionCells(r);
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++) row[headers[i]] = cells[i];
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Word("Facts.SheetSummary", culture)] = summary,
            [Word("Facts.SheetRegions", culture)] = regions,
        });
        return stream.ToArray();
    }
}
