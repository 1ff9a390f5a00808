using System.Globalization;
using System.Resources;
using CoopSante.Compliance.Frameworks;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Localization;
using MiniExcelLibs;

namespace CoopSante.Compliance.Consultations;

/// <summary>The consultation report: every comment, by recommendation, with its outcome; as PDF (PdfBuilder) or XLSX.</summary>
internal static class ConsultationReport
{
    private static readonly ResourceManager Texts = new(typeof(FrameworkText));

    private sealed record Line(string Code, string Title, CommentDto Comment, bool Reply);

    private static List<Line> Lines(VersionContent content, IReadOnlyList<CommentDto> comments, bool english)
    {
        var byRecommendation = comments.ToLookup(c => c.RecommendationId);
        var lines = new List<Line>();
        foreach (var r in content.Recommendations)
        {
            var all = byRecommendation[r.Id].ToList();
            foreach (var root in all.Where(c => c.ParentId is null).OrderBy(c => c.PostedAt))
            {
                lines.Add(new Line(r.Code, r.Title(english), root, false));
                lines.AddRange(all.Where(c => c.ParentId == root.Id).OrderBy(c => c.PostedAt).Select(c => new Line(r.Code, r.Title(english), c, true)));
            }
        }
        return lines;
    }

    private static string T(string key, CultureInfo c) => Texts.GetString(key, c) ?? key;

    private static string Outcome(CommentDto c, bool reply, CultureInfo culture) =>
        reply ? "" : T($"Outcome.{c.Outcome}", culture) + (c.OutcomeReason is { } reason ? " — " + reason : "");

    public static byte[] Pdf(VersionContent content, IReadOnlyList<CommentDto> comments, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var pdf = new PdfBuilder(T("Consultation.ReportTitle", culture), culture)
            .Heading(T("Consultation.ReportTitle", culture))
            .Paragraph($"{content.Framework.Name} — {string.Format(culture, T("Version.Number", culture), content.Version.Number)}");
        if (content.Framework.IsExample) pdf.Paragraph(T("Frameworks.ExampleLabel", culture), bold: true);
        var lines = Lines(content, comments, english);
        var roots = lines.Where(l => !l.Reply).ToList();
        pdf.KeyValue(T("Report.Comments", culture), lines.Count.ToString(culture));
        foreach (var outcome in Enum.GetValues<CommentOutcome>())
            pdf.KeyValue(T($"Outcome.{outcome}", culture), roots.Count(l => l.Comment.Outcome == outcome.ToString()).ToString(culture));
        foreach (var group in lines.GroupBy(l => (l.Code, l.Title)))
        {
            pdf.Section($"{group.Key.Code} — {group.Key.Title}");
            foreach (var l in group)
            {
                pdf.Paragraph($"{l.Comment.AuthorName} ({l.Comment.AuthorOrganization}), {l.Comment.PostedAt.ToString("d", culture)}", bold: true, indent: l.Reply ? 18 : 0);
                pdf.Paragraph(l.Comment.Body, indent: l.Reply ? 18 : 0);
                if (!l.Reply) pdf.Paragraph(Formats.Labelled(T("Report.Outcome", culture), Outcome(l.Comment, false, culture), culture), indent: 0);
            }
        }
        return pdf.ToBytes();
    }

    public static byte[] Xlsx(VersionContent content, IReadOnlyList<CommentDto> comments, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        string[] headers = [T("Recommendation.Code", culture), T("Report.Recommendation", culture), T("Report.Author", culture), T("Report.Organization", culture),
            T("Report.Date", culture), T("Report.Reply", culture), T("Report.Comment", culture), T("Report.Outcome", culture)];
        var rows = Lines(content, comments, english).Select(l =>
        {
            string[] cells = [l.Code, l.Title, l.Comment.AuthorName, l.Comment.AuthorOrganization, l.Comment.PostedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                l.Reply ? T("Privacy.Yes", culture) : T("Privacy.No", culture), l.Comment.Body, Outcome(l.Comment, l.Reply, culture)];
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++) row[headers[i]] = VersionExchange.Cell(cells[i]);
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "Consultation");
        return stream.ToArray();
    }
}
