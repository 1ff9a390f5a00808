using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopSante.Platform.Resources;
using Microsoft.Extensions.Localization;

namespace CoopSante.Platform.Audit;

/// <summary>A detail of an audit event as a person reads it: a label in their language and its value.</summary>
public sealed record AuditField(string Label, string Value);

/// <summary>
/// Turns an audit event's stored parts (target type, roles, JSON details) into words in the reader's language, so the log
/// reads "Membre modifié, par Geneviève Bouchard, sur le membre n° 12" rather than enum names and raw JSON.
/// Names without a translation are spelled out from their code name ("ContentType" → "Content type").
/// </summary>
public sealed class AuditReading(IStringLocalizer<ShellText> shell, IStringLocalizer<PlatformText> platform)
{
    private const int MaxFields = 20;
    private const int MaxValue = 200;

    public string Target(string? targetType, string? targetId)
    {
        if (targetType is null) return "";
        var label = Localized(shell, "AuditTarget." + targetType) ?? Spelled(targetType);
        // Ids are for the record, not for reading: a short prefix is enough to tell two rows apart.
        var id = targetId is null ? "" : Guid.TryParse(targetId, out _) ? targetId[..8] : targetId;
        return id.Length == 0 ? label : $"{label} {id}";
    }

    public string Roles(string? roles) => string.Join(", ", (roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.Ordinal)
        .Select(r => Localized(platform, "Role." + r) ?? r));

    public IReadOnlyList<AuditField> Details(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return [new AuditField(shell["Audit.Detail"], Clip(Value("", doc.RootElement)))];
            return doc.RootElement.EnumerateObject().Take(MaxFields)
                .Select(p => new AuditField(FieldLabel(p.Name), Clip(Value(p.Name, p.Value)))).ToList();
        }
        catch (JsonException)
        {
            return [new AuditField(shell["Audit.Detail"], Clip(json))];
        }
    }

    private string FieldLabel(string name)
    {
        var pascal = name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
        return Localized(shell, "AuditField." + pascal) ?? Spelled(pascal);
    }

    private string Value(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => shell["Audit.Yes"],
        JsonValueKind.False => shell["Audit.No"],
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d.ToString("G", CultureInfo.CurrentCulture) : value.GetRawText(),
        JsonValueKind.String when string.Equals(name, "role", StringComparison.OrdinalIgnoreCase) => Localized(platform, "Role." + value.GetString()) ?? value.GetString()!,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Value(name, v))),
        _ => string.Join(" · ", value.EnumerateObject().Select(p => FieldLabel(p.Name) + Localization.Formats.Colon() + Value(p.Name, p.Value))),
    };

    private static string? Localized(IStringLocalizer localizer, string key)
    {
        var s = localizer[key];
        return s.ResourceNotFound ? null : s.Value;
    }

    /// <summary>"MemberNumber" → "Member number", "sha256" → "Sha256": readable when no translation exists yet.</summary>
    internal static string Spelled(string codeName)
    {
        var sb = new StringBuilder(codeName.Length + 4);
        for (var i = 0; i < codeName.Length; i++)
        {
            var c = codeName[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(codeName[i - 1])) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return sb.ToString();
    }

    private static string Clip(string s) => s.Length <= MaxValue ? s : s[..MaxValue] + "…";
}
