using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.RegisterImport;

/// <summary>Which column of the file feeds which field of the register: detected from the headers, then changed by the user.</summary>
internal sealed class ColumnMapping
{
    private readonly Dictionary<RegisterColumn, int> _indexes;

    private ColumnMapping(Dictionary<RegisterColumn, int> indexes) => _indexes = indexes;

    public int? IndexOf(RegisterColumn column) => _indexes.TryGetValue(column, out var i) ? i : null;

    /// <summary>Field → header text, as shown to the user and accepted back.</summary>
    public Dictionary<string, string> Describe(IReadOnlyList<string> headers) =>
        _indexes.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(), kv => headers[kv.Value], StringComparer.Ordinal);

    /// <summary>
    /// Detects each header (French or English), then applies <paramref name="overrides"/>: field name → header of the file,
    /// or an empty header to leave the field out.
    /// </summary>
    public static ColumnMapping Build(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string?>? overrides)
    {
        var indexes = new Dictionary<RegisterColumn, int>();
        for (var i = 0; i < headers.Count; i++)
            if (RegisterColumns.Recognize(headers[i]) is { } c && RegisterColumns.Importable.Contains(c) && !indexes.ContainsKey(c)) indexes[c] = i;
        var failures = new List<Failure>();
        foreach (var (field, header) in overrides ?? new Dictionary<string, string?>())
        {
            if (!Enum.TryParse<RegisterColumn>(field, ignoreCase: true, out var column) || !RegisterColumns.Importable.Contains(column))
            {
                failures.Add(RegisterIoErrors.MappingInvalid.At("mapping", field));
                continue;
            }
            if (string.IsNullOrWhiteSpace(header)) { indexes.Remove(column); continue; }
            var index = headers.ToList().FindIndex(h => string.Equals(h, header.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0) failures.Add(RegisterIoErrors.MappingInvalid.At("mapping", header));
            else indexes[column] = index;
        }
        foreach (var required in RegisterColumns.Required.Where(r => !indexes.ContainsKey(r)))
            failures.Add(RegisterIoErrors.MappingMissingField.At("mapping", required.ToString()));
        DomainException.ThrowIfAny(failures);
        return new ColumnMapping(indexes);
    }
}
