using CoopSante.Federation.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Federation;

/// <summary>
/// The federation module's audit event types (block 2xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class FederationAuditEvents
{
    extension(AuditEventType)
    {
        public static AuditEventType CoopCreated => (AuditEventType)200;
        public static AuditEventType CoopUpdated => (AuditEventType)201;
        public static AuditEventType CoopStatusChanged => (AuditEventType)202;
        public static AuditEventType HealthServiceAdded => (AuditEventType)203;
        // 210–249: the federation's services to its coops (bulletins, support, library, advantages, partnerships).
        public static AuditEventType BulletinPublished => (AuditEventType)210;
        public static AuditEventType BulletinAttachmentAdded => (AuditEventType)211;
        public static AuditEventType BulletinWithdrawn => (AuditEventType)212;
        // 225–234: the library and the advantages catalogue.
        public static AuditEventType LibraryDocumentCreated => (AuditEventType)225;
        public static AuditEventType LibraryDocumentUpdated => (AuditEventType)226;
        public static AuditEventType LibraryDocumentVersionAdded => (AuditEventType)227;
        public static AuditEventType LibraryDocumentWithdrawn => (AuditEventType)228;
        public static AuditEventType AdvantageCreated => (AuditEventType)229;
        public static AuditEventType AdvantageUpdated => (AuditEventType)230;
        public static AuditEventType AdvantageWithdrawn => (AuditEventType)231;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.CoopCreated, "CoopCreated", typeof(FederationAuditText)),
        new(AuditEventType.CoopUpdated, "CoopUpdated", typeof(FederationAuditText)),
        new(AuditEventType.CoopStatusChanged, "CoopStatusChanged", typeof(FederationAuditText)),
        new(AuditEventType.HealthServiceAdded, "HealthServiceAdded", typeof(FederationAuditText)),
        new(AuditEventType.BulletinPublished, "BulletinPublished", typeof(FederationAuditText)),
        new(AuditEventType.BulletinAttachmentAdded, "BulletinAttachmentAdded", typeof(FederationAuditText)),
        new(AuditEventType.BulletinWithdrawn, "BulletinWithdrawn", typeof(FederationAuditText)),
        .. Library.LibraryAudit.Events,
    ];
}
