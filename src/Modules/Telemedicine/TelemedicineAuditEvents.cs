using CoopSante.Telemedicine.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Telemedicine;

/// <summary>
/// The telemedicine module's audit event types (block 4xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class TelemedicineAuditEvents
{
    public static IReadOnlyList<AuditEventTypeInfo> All { get; } = [];
}
