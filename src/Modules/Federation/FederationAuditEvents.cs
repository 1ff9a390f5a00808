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
        public static AuditEventType SupportRequestOpened => (AuditEventType)213;
        public static AuditEventType SupportRequestAssigned => (AuditEventType)214;
        public static AuditEventType SupportMessagePosted => (AuditEventType)215;
        public static AuditEventType SupportAttachmentAdded => (AuditEventType)216;
        public static AuditEventType SupportQuoteProposed => (AuditEventType)217;
        public static AuditEventType SupportQuoteAccepted => (AuditEventType)218;
        public static AuditEventType SupportQuoteDeclined => (AuditEventType)219;
        public static AuditEventType SupportTimeLogged => (AuditEventType)220;
        public static AuditEventType SupportInvoiceIssued => (AuditEventType)221;
        public static AuditEventType SupportRequestClosed => (AuditEventType)222;
        public static AuditEventType SupportRequestRated => (AuditEventType)223;
        public static AuditEventType SupportSettingsChanged => (AuditEventType)224;
        // 235–248: partnerships with the public network.
        public static AuditEventType PartnerCreated => (AuditEventType)235;
        public static AuditEventType PartnerContactAdded => (AuditEventType)236;
        public static AuditEventType AgreementCreated => (AuditEventType)237;
        public static AuditEventType AgreementUpdated => (AuditEventType)238;
        public static AuditEventType AgreementDocumentAdded => (AuditEventType)239;
        public static AuditEventType ObjectiveAdded => (AuditEventType)240;
        public static AuditEventType IndicatorMeasured => (AuditEventType)241;
        public static AuditEventType ActionPlanCreated => (AuditEventType)242;
        public static AuditEventType PlanActionAdded => (AuditEventType)243;
        public static AuditEventType PlanActionUpdated => (AuditEventType)244;
        public static AuditEventType ActionNoteAdded => (AuditEventType)245;
        public static AuditEventType ConsultationRecorded => (AuditEventType)246;
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
        new(AuditEventType.SupportRequestOpened, "SupportRequestOpened", typeof(FederationAuditText)),
        new(AuditEventType.SupportRequestAssigned, "SupportRequestAssigned", typeof(FederationAuditText)),
        new(AuditEventType.SupportMessagePosted, "SupportMessagePosted", typeof(FederationAuditText)),
        new(AuditEventType.SupportAttachmentAdded, "SupportAttachmentAdded", typeof(FederationAuditText)),
        new(AuditEventType.SupportQuoteProposed, "SupportQuoteProposed", typeof(FederationAuditText)),
        new(AuditEventType.SupportQuoteAccepted, "SupportQuoteAccepted", typeof(FederationAuditText)),
        new(AuditEventType.SupportQuoteDeclined, "SupportQuoteDeclined", typeof(FederationAuditText)),
        new(AuditEventType.SupportTimeLogged, "SupportTimeLogged", typeof(FederationAuditText)),
        new(AuditEventType.SupportInvoiceIssued, "SupportInvoiceIssued", typeof(FederationAuditText)),
        new(AuditEventType.SupportRequestClosed, "SupportRequestClosed", typeof(FederationAuditText)),
        new(AuditEventType.SupportRequestRated, "SupportRequestRated", typeof(FederationAuditText)),
        new(AuditEventType.SupportSettingsChanged, "SupportSettingsChanged", typeof(FederationAuditText)),
        new(AuditEventType.PartnerCreated, "PartnerCreated", typeof(FederationAuditText)),
        new(AuditEventType.PartnerContactAdded, "PartnerContactAdded", typeof(FederationAuditText)),
        new(AuditEventType.AgreementCreated, "AgreementCreated", typeof(FederationAuditText)),
        new(AuditEventType.AgreementUpdated, "AgreementUpdated", typeof(FederationAuditText)),
        new(AuditEventType.AgreementDocumentAdded, "AgreementDocumentAdded", typeof(FederationAuditText)),
        new(AuditEventType.ObjectiveAdded, "ObjectiveAdded", typeof(FederationAuditText)),
        new(AuditEventType.IndicatorMeasured, "IndicatorMeasured", typeof(FederationAuditText)),
        new(AuditEventType.ActionPlanCreated, "ActionPlanCreated", typeof(FederationAuditText)),
        new(AuditEventType.PlanActionAdded, "PlanActionAdded", typeof(FederationAuditText)),
        new(AuditEventType.PlanActionUpdated, "PlanActionUpdated", typeof(FederationAuditText)),
        new(AuditEventType.ActionNoteAdded, "ActionNoteAdded", typeof(FederationAuditText)),
        new(AuditEventType.ConsultationRecorded, "ConsultationRecorded", typeof(FederationAuditText)),
        .. Library.LibraryAudit.Events,
    ];
}
