using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Compliance;

/// <summary>
/// The compliance module's audit event types (block 5xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// 500–529: frameworks, consultations, privacy registers, follow-up committee.
/// </summary>
internal static class ComplianceAuditEvents
{
    extension(AuditEventType)
    {
        public static AuditEventType FrameworkCreated => (AuditEventType)500;
        public static AuditEventType FrameworkVersionCreated => (AuditEventType)501;
        public static AuditEventType FrameworkContentChanged => (AuditEventType)502;
        public static AuditEventType FrameworkContentDeleted => (AuditEventType)503;
        public static AuditEventType FrameworkVersionStatusChanged => (AuditEventType)504;
        public static AuditEventType FrameworkVersionImported => (AuditEventType)505;
        public static AuditEventType FrameworkVersionExported => (AuditEventType)506;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.FrameworkCreated, "FrameworkCreated", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionCreated, "FrameworkVersionCreated", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkContentChanged, "FrameworkContentChanged", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkContentDeleted, "FrameworkContentDeleted", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionStatusChanged, "FrameworkVersionStatusChanged", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionImported, "FrameworkVersionImported", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionExported, "FrameworkVersionExported", typeof(ComplianceAuditText)),
    ];
}
