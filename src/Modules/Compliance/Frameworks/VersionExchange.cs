using CoopSante.Platform.Text;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using MiniExcelLibs;

namespace CoopSante.Compliance.Frameworks;

/// <summary>A version as a file: the JSON document exported and imported (its shape is a public format, keep it stable).</summary>
internal sealed record VersionFile(string Format, int FormatVersion, string? Framework, int? Number, IReadOnlyList<SectionFile>? Sections)
{
    public const string FormatName = "coopsante.framework-version";
}

internal sealed record SectionFile(string? TitleFr, string? TitleEn, IReadOnlyList<RecommendationFile>? Recommendations);

internal sealed record RecommendationFile(
    string? Code, string? TitleFr, string? TitleEn, string? StatementFr, string? StatementEn, string? GuidanceFr, string? GuidanceEn,
    string? LegalReferences, string? ExpectedEvidenceFr, string? ExpectedEvidenceEn, int? Criticality, string? Applicability, int? ApplicabilityParameter)
{
    public RecommendationInput ToInput(Guid? sectionId) => new(sectionId, Code, TitleFr, TitleEn, StatementFr, StatementEn, GuidanceFr, GuidanceEn,
        LegalReferences, ExpectedEvidenceFr, ExpectedEvidenceEn, Criticality, Applicability, ApplicabilityParameter);

    public static RecommendationFile From(Recommendation r) => new(r.Code, r.TitleFr, r.TitleEn, r.StatementFr, r.StatementEn, r.GuidanceFr, r.GuidanceEn,
        r.LegalReferences, r.ExpectedEvidenceFr, r.ExpectedEvidenceEn, r.Criticality, r.Applicability.ToString(), r.ApplicabilityParameter);
}

/// <summary>
/// Export and import of a version as JSON or XLSX (one row per recommendation, sections by their titles). An import
/// creates a new draft of the framework, whole or not at all: any malformed or invalid part refuses the file and writes nothing.
/// </summary>
internal static class VersionExchange
{
    public const long MaxFileBytes = 4 * 1024 * 1024;
    private const long MaxUnzippedBytes = 40L * 1024 * 1024;
    private const int MaxCells = 20_000;
    private const int MaxColumns = 30;

    public static readonly string[] XlsxColumns =
    [
        "SectionFr", "SectionEn", "Code", "TitleFr", "TitleEn", "StatementFr", "StatementEn", "GuidanceFr", "GuidanceEn",
        "LegalReferences", "ExpectedEvidenceFr", "ExpectedEvidenceEn", "Criticality", "Applicability", "ApplicabilityParameter",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 16,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static VersionFile ToFile(VersionContent c) => new(VersionFile.FormatName, 1, c.Framework.Name, c.Version.Number,
        c.Sections.Select(s => new SectionFile(s.Section.TitleFr, s.Section.TitleEn, s.Recommendations.Select(RecommendationFile.From).ToList())).ToList());

    public static byte[] ToJson(VersionContent c) => JsonSerializer.SerializeToUtf8Bytes(ToFile(c), Json);

    public static byte[] ToXlsx(VersionContent c)
    {
        var rows = c.Sections.SelectMany(s => s.Recommendations.Select(r => new Dictionary<string, object?>
        {
            ["SectionFr"] = Cell(s.Section.TitleFr), ["SectionEn"] = Cell(s.Section.TitleEn), ["Code"] = Cell(r.Code),
            ["TitleFr"] = Cell(r.TitleFr), ["TitleEn"] = Cell(r.TitleEn), ["StatementFr"] = Cell(r.StatementFr), ["StatementEn"] = Cell(r.StatementEn),
            ["GuidanceFr"] = Cell(r.GuidanceFr), ["GuidanceEn"] = Cell(r.GuidanceEn), ["LegalReferences"] = Cell(r.LegalReferences),
            ["ExpectedEvidenceFr"] = Cell(r.ExpectedEvidenceFr), ["ExpectedEvidenceEn"] = Cell(r.ExpectedEvidenceEn),
            ["Criticality"] = r.Criticality, ["Applicability"] = r.Applicability.ToString(), ["ApplicabilityParameter"] = r.ApplicabilityParameter,
        })).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "Recommandations");
        return stream.ToArray();
    }

    /// <summary>A text cell defused like CSV: a leading formula character is escaped with an apostrophe.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? value ?? "" : "'" + value;

    /// <summary>Reads a JSON or XLSX file (told apart by its first bytes) into sections; throws a localized failure when it is malformed.</summary>
    public static VersionFile Read(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var read = new byte[81920];
        int n;
        while ((n = content.Read(read)) > 0)
        {
            buffer.Write(read, 0, n);
            if (buffer.Length > MaxFileBytes) throw new DomainException(ComplianceErrors.ImportTooLarge.At("file", MaxFileBytes / 1024 / 1024));
        }
        if (buffer.Length == 0) throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
        buffer.Position = 0;
        var bytes = buffer.GetBuffer();
        try
        {
            return bytes[0] == (byte)'P' && buffer.Length > 1 && bytes[1] == (byte)'K' ? ReadXlsx(buffer, ct) : ReadJson(buffer);
        }
        catch (DomainException) { throw; }
        catch (Exception e) when (e is JsonException or XmlException or InvalidDataException or FormatException or InvalidOperationException or IOException or ArgumentException or InvalidCastException or NotSupportedException or NullReferenceException)
        {
            throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
        }
    }

    private static VersionFile ReadJson(Stream stream)
    {
        var file = JsonSerializer.Deserialize<VersionFile>(stream, Json) ?? throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
        if (!string.Equals(file.Format, VersionFile.FormatName, StringComparison.Ordinal) || file.FormatVersion != 1 || file.Sections is null)
            throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
        return file;
    }

    private static VersionFile ReadXlsx(MemoryStream stream, CancellationToken ct)
    {
        CheckBounds(stream, ct);
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        if (rows.Count == 0 || !XlsxColumns.Take(7).All(rows[0].ContainsKey)) throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
        var sections = new List<(string? Fr, string? En, List<RecommendationFile> Items)>();
        foreach (var row in rows)
        {
            string? Text(string key) => row.TryGetValue(key, out var v) && v is not null ? Uncell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)) : null;
            int? Number(string key, int line)
            {
                var text = Text(key);
                if (string.IsNullOrWhiteSpace(text)) return null;
                return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
                    ? (int)d : throw new DomainException(ComplianceErrors.ImportRowInvalid.At("file", line, key));
            }
            if (row.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))) continue;
            var line = sections.Sum(s => s.Items.Count) + 2;
            var fr = Text("SectionFr");
            var section = sections.FirstOrDefault(s => string.Equals(s.Fr, fr, StringComparison.Ordinal));
            if (section.Items is null)
            {
                section = (fr, Text("SectionEn"), []);
                sections.Add(section);
            }
            section.Items.Add(new RecommendationFile(Text("Code"), Text("TitleFr"), Text("TitleEn"), Text("StatementFr"), Text("StatementEn"), Text("GuidanceFr"), Text("GuidanceEn"),
                Text("LegalReferences"), Text("ExpectedEvidenceFr"), Text("ExpectedEvidenceEn"), Number("Criticality", line), Text("Applicability"), Number("ApplicabilityParameter", line)));
        }
        return new VersionFile(VersionFile.FormatName, 1, null, null, sections.Select(s => new SectionFile(s.Fr, s.En, s.Items)).ToList());
    }

    private static string? Uncell(string? value) => value is { Length: > 1 } && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    // MiniExcel fills every row up to the last column it saw: a cell far to the right would cost minutes. Measure first.
    private static void CheckBounds(Stream xlsx, CancellationToken ct)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Sum(e => e.Length) > MaxUnzippedBytes) throw new DomainException(ComplianceErrors.ImportTooLarge.At("file", MaxFileBytes / 1024 / 1024));
        var cells = 0;
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var s = sheet.Open();
            using var xml = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                if (++cells > MaxCells) throw new DomainException(ComplianceErrors.ImportTooLarge.At("file", MaxFileBytes / 1024 / 1024));
                var reference = xml.GetAttribute("r") ?? "";
                var column = 0;
                foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) column = column * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
                if (column > MaxColumns || reference.TakeWhile(char.IsAsciiLetter).Count() > 3) throw new DomainException(ComplianceErrors.ImportMalformed.At("file"));
                if ((cells & 1023) == 0) ct.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Validates a whole file and adds it as a new draft of the framework; nothing is written when any part is wrong.</summary>
    public static async Task<FrameworkVersion> ImportAsync(FrameworkWork w, Guid frameworkId, VersionFile file, CancellationToken ct)
    {
        var draft = await FrameworkEditing.NewDraftAsync(w, frameworkId, ct);
        var failures = new List<Failure>();
        var sections = file.Sections ?? [];
        if (sections.Count == 0) failures.Add(ComplianceErrors.ImportMalformed.At("file"));
        if (sections.Count > FrameworkEditing.MaxSections) failures.Add(ComplianceErrors.TooManySections.At("file", FrameworkEditing.MaxSections));
        if (sections.Sum(s => s.Recommendations?.Count ?? 0) > FrameworkEditing.MaxRecommendations) failures.Add(ComplianceErrors.TooManyRecommendations.At("file", FrameworkEditing.MaxRecommendations));
        DomainException.ThrowIfAny(failures);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i] ?? new SectionFile(null, null, null);
            var section = new Section { Id = Guid.CreateVersion7(), VersionId = draft.Id, Order = i + 1 };
            section.TitleFr = TextRules.RequiredLine(failures, s.TitleFr, $"sections[{i}].titleFr", Section.TitleMax);
            section.TitleEn = TextRules.RequiredLine(failures, s.TitleEn, $"sections[{i}].titleEn", Section.TitleMax);
            draft.Sections.Add(section);
            var items = s.Recommendations ?? [];
            for (var j = 0; j < items.Count; j++)
            {
                var prefix = $"sections[{i}].recommendations[{j}].";
                var (r, errors) = FrameworkEditing.Validate((items[j] ?? new RecommendationFile(null, null, null, null, null, null, null, null, null, null, null, null, null)).ToInput(section.Id), prefix);
                failures.AddRange(errors);
                if (r.Code.Length > 0 && !codes.Add(r.Code)) failures.Add(ComplianceErrors.CodeTaken.At(prefix + "code", r.Code));
                var copy = FrameworkEditing.Copy(r, draft.Id, section.Id);
                copy.Order = j + 1;
                draft.Recommendations.Add(copy);
            }
        }
        // A file's failures can be thousands: the first twenty say enough, and keep the answer small.
        DomainException.ThrowIfAny(failures.Take(20).ToList());
        w.Db.FrameworkVersions.Add(draft);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.FrameworkVersionImported, nameof(FrameworkVersion), draft.Id.ToString(),
            Details: new { framework = frameworkId, number = draft.Number, sections = draft.Sections.Count, recommendations = draft.Recommendations.Count }), ct);
        return draft;
    }
}
