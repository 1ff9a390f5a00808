using CoopSante.Federation.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Federation.Library;

/// <summary>The library's and the advantages catalogue's audit event types (225–234 of <see cref="FederationAuditEvents"/>), labelled in LibraryText.</summary>
internal static class LibraryAudit
{
    public static IReadOnlyList<AuditEventTypeInfo> Events { get; } =
    [
        new(AuditEventType.LibraryDocumentCreated, "LibraryDocumentCreated", typeof(LibraryText)),
        new(AuditEventType.LibraryDocumentUpdated, "LibraryDocumentUpdated", typeof(LibraryText)),
        new(AuditEventType.LibraryDocumentVersionAdded, "LibraryDocumentVersionAdded", typeof(LibraryText)),
        new(AuditEventType.LibraryDocumentWithdrawn, "LibraryDocumentWithdrawn", typeof(LibraryText)),
        new(AuditEventType.AdvantageCreated, "AdvantageCreated", typeof(LibraryText)),
        new(AuditEventType.AdvantageUpdated, "AdvantageUpdated", typeof(LibraryText)),
        new(AuditEventType.AdvantageWithdrawn, "AdvantageWithdrawn", typeof(LibraryText)),
    ];
}
