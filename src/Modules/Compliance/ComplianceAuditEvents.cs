using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Compliance;

/// <summary>
/// The compliance module's audit event types (block 5xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class ComplianceAuditEvents
{
    public static IReadOnlyList<AuditEventTypeInfo> All { get; } = [];
}
