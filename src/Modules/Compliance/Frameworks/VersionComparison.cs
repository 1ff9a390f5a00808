using DiffPlex;
using DiffPlex.Chunkers;

namespace CoopSante.Compliance.Frameworks;

internal enum DiffPartKind { Same, Removed, Added }

/// <summary>A run of words of a word diff: unchanged, only in the old text, or only in the new.</summary>
internal sealed record DiffPart(string Kind, string Text);

/// <summary>One text field that differs between the two versions, with its word diff.</summary>
internal sealed record FieldChange(string Field, IReadOnlyList<DiffPart> Parts);

/// <summary>
/// One recommendation that differs: <c>Added</c>, <c>Removed</c>, or present in both (<c>Kept</c>) and then moved
/// (to another section, or to another rank among the recommendations both versions share) and/or changed.
/// </summary>
internal sealed record ComparedRecommendation(
    string Code, string Kind, bool Moved, bool Changed, string TitleFr, string TitleEn,
    string? FromSectionFr, string? FromSectionEn, string? ToSectionFr, string? ToSectionEn, IReadOnlyList<FieldChange> Changes);

internal sealed record ComparisonSummary(int Added, int Removed, int Moved, int Changed, int Unchanged);

internal sealed record VersionComparisonResult(Guid FromId, int FromNumber, Guid ToId, int ToNumber, ComparisonSummary Summary, IReadOnlyList<ComparedRecommendation> Items);

/// <summary>
/// Compares two versions' recommendations matched by code: added, removed, moved and changed, with a word diff
/// (DiffPlex) of every text field that changed. A pure function of the two versions' contents.
/// </summary>
internal static class VersionComparison
{
    private static readonly (string Field, Func<Recommendation, string?> Value)[] Fields =
    [
        ("titleFr", r => r.TitleFr), ("titleEn", r => r.TitleEn),
        ("statementFr", r => r.StatementFr), ("statementEn", r => r.StatementEn),
        ("guidanceFr", r => r.GuidanceFr), ("guidanceEn", r => r.GuidanceEn),
        ("legalReferences", r => r.LegalReferences),
        ("expectedEvidenceFr", r => r.ExpectedEvidenceFr), ("expectedEvidenceEn", r => r.ExpectedEvidenceEn),
        ("criticality", r => r.Criticality.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("applicability", r => r.ApplicabilityParameter is { } n ? $"{r.Applicability} {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : r.Applicability.ToString()),
    ];

    public static VersionComparisonResult Compare(VersionContent from, VersionContent to)
    {
        var old = Index(from);
        var @new = Index(to);
        var common = old.Keys.Where(@new.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var oldRank = Ranks(from, common);
        var newRank = Ranks(to, common);
        var items = new List<ComparedRecommendation>();
        var unchanged = 0;
        foreach (var (code, (r, s)) in @new)
        {
            if (!old.TryGetValue(code, out var before))
            {
                items.Add(new(code, "Added", false, false, r.TitleFr, r.TitleEn, null, null, s.TitleFr, s.TitleEn, []));
                continue;
            }
            var moved = !string.Equals(before.Section.TitleFr, s.TitleFr, StringComparison.Ordinal) || oldRank[code] != newRank[code];
            var changes = Fields
                .Select(f => (f.Field, Old: f.Value(before.Recommendation) ?? "", New: f.Value(r) ?? ""))
                .Where(f => !string.Equals(f.Old, f.New, StringComparison.Ordinal))
                .Select(f => new FieldChange(f.Field, WordDiff(f.Old, f.New)))
                .ToList();
            if (!moved && changes.Count == 0) { unchanged++; continue; }
            items.Add(new(code, "Kept", moved, changes.Count > 0, r.TitleFr, r.TitleEn, before.Section.TitleFr, before.Section.TitleEn, s.TitleFr, s.TitleEn, changes));
        }
        foreach (var (code, (r, s)) in old.Where(o => !@new.ContainsKey(o.Key)))
            items.Add(new(code, "Removed", false, false, r.TitleFr, r.TitleEn, s.TitleFr, s.TitleEn, null, null, []));
        var summary = new ComparisonSummary(
            items.Count(i => i.Kind == "Added"), items.Count(i => i.Kind == "Removed"), items.Count(i => i.Moved), items.Count(i => i.Changed), unchanged);
        return new VersionComparisonResult(from.Version.Id, from.Version.Number, to.Version.Id, to.Version.Number, summary, items);
    }

    /// <summary>The word diff of two texts: runs of unchanged, removed and added words (whitespace kept with its words).</summary>
    public static IReadOnlyList<DiffPart> WordDiff(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker([' ', '\n', '\t']));
        var parts = new List<DiffPart>();
        void Add(DiffPartKind kind, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0) return;
            if (parts.Count > 0 && parts[^1].Kind == kind.ToString()) parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            else parts.Add(new DiffPart(kind.ToString(), text));
        }
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(DiffPartKind.Same, diff.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(DiffPartKind.Removed, diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffPartKind.Added, diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(DiffPartKind.Same, diff.PiecesOld.Skip(a));
        return parts;
    }

    private static Dictionary<string, (Recommendation Recommendation, Section Section)> Index(VersionContent c) =>
        c.Sections.SelectMany(s => s.Recommendations.Select(r => (r, s.Section))).ToDictionary(x => x.r.Code, x => (x.r, x.Section), StringComparer.Ordinal);

    // The rank of each shared recommendation within its section, counting only shared ones: an insertion elsewhere moves nothing.
    private static Dictionary<string, int> Ranks(VersionContent c, HashSet<string> common) =>
        c.Sections.SelectMany(s => s.Recommendations.Where(r => common.Contains(r.Code)).Select((r, i) => (r.Code, i)))
            .ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
}
