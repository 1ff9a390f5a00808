using System.Collections.Frozen;
using Microsoft.Extensions.Localization;

namespace CoopSante.Platform.Audit;

/// <summary>
/// A module's audit event type: its stored number, its stable name (shown by the API) and the resource type whose
/// key <c>AuditType.{Name}</c> holds its label. Declared by the module's <see cref="Modules.AppModule"/>; the module
/// exposes it to its call sites as a C# 14 static extension member of <see cref="AuditEventType"/>.
/// </summary>
public sealed record AuditEventTypeInfo(AuditEventType Type, string Name, Type LabelResource)
{
    public int Number => (int)Type;
}

/// <summary>
/// Every known audit event type: the platform's own (the <see cref="AuditEventType"/> enum members) and those the
/// modules declare. Names and numbers are unique.
/// </summary>
public sealed class AuditEventTypes
{
    public const string LabelPrefix = "AuditType.";

    private readonly FrozenDictionary<AuditEventType, AuditEventTypeInfo> _byType;
    private readonly FrozenDictionary<string, AuditEventTypeInfo> _byName;

    public AuditEventTypes(IEnumerable<AuditEventTypeInfo> moduleTypes)
    {
        var all = Enum.GetValues<AuditEventType>().Select(t => new AuditEventTypeInfo(t, t.ToString(), typeof(Resources.AuditTypeText))).ToList();
        all.AddRange(moduleTypes);
        var duplicateNumber = all.GroupBy(t => t.Type).FirstOrDefault(g => g.Count() > 1);
        if (duplicateNumber is not null) throw new InvalidOperationException($"Audit event type {(int)duplicateNumber.Key} is declared twice.");
        var duplicateName = all.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null) throw new InvalidOperationException($"Audit event type {duplicateName.Key} is declared twice.");
        _byType = all.ToFrozenDictionary(t => t.Type);
        _byName = all.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        All = [.. all.OrderBy(t => t.Number)];
    }

    /// <summary>All types, by number.</summary>
    public IReadOnlyList<AuditEventTypeInfo> All { get; }

    public bool IsKnown(AuditEventType type) => _byType.ContainsKey(type);

    /// <summary>The stable name (the enum member's or the module's declared name); the number for an unknown type.</summary>
    public string NameOf(AuditEventType type) =>
        _byType.TryGetValue(type, out var info) ? info.Name : ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The localized label of a type, or its name when the resource has none.</summary>
    public string LabelOf(AuditEventType type, IStringLocalizerFactory localizers) =>
        _byType.TryGetValue(type, out var info) ? Label(info, localizers) : NameOf(type);

    /// <summary>The localized label of a type named as the API names it (<see cref="AuditEventDto.Type"/>).</summary>
    public string LabelOf(string name, IStringLocalizerFactory localizers) =>
        _byName.TryGetValue(name, out var info) ? Label(info, localizers) : name;

    private static string Label(AuditEventTypeInfo info, IStringLocalizerFactory localizers)
    {
        var label = localizers.Create(info.LabelResource)[LabelPrefix + info.Name];
        return label.ResourceNotFound ? info.Name : label.Value;
    }
}
