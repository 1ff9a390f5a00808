using CoopSante.Platform.Errors;

namespace CoopSante.Federation;

/// <summary>Localized messages of a rejected form, by field, so each input shows its own error (and a summary shows the rest).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);
    public List<string> General { get; } = [];

    public bool Any => _byField.Count > 0 || General.Count > 0;

    public void Clear()
    {
        _byField.Clear();
        General.Clear();
    }

    public void Set(DomainException e, ErrorMessages messages)
    {
        Clear();
        foreach (var f in e.Failures)
        {
            var message = messages.For(f);
            // "services[2]" is shown on the services field.
            var field = f.Field is null ? null : f.Field.Split('[')[0];
            if (field is null || f.Error == PlatformErrors.StaleVersion) General.Add(message);
            else _byField.TryAdd(field, message);
        }
    }

    public bool Has(string field) => _byField.ContainsKey(field);
    public string? For(string field) => _byField.GetValueOrDefault(field);
    public IEnumerable<string> All => General.Concat(_byField.Values);
}
