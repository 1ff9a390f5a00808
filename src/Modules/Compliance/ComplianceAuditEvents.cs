using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Compliance;

/// <summary>
/// The compliance module's audit event types (block 5xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class ComplianceAuditEvents
{
    // Campaigns, assessments, reviews, audits and action plans: 530–569 (labels in CampaignText.resx).
    extension(AuditEventType)
    {
        public static AuditEventType CampaignOpened => (AuditEventType)530;
        public static AuditEventType CampaignClosed => (AuditEventType)531;
        public static AuditEventType AssessmentAnswered => (AuditEventType)532;
        public static AuditEventType AssessmentSubmitted => (AuditEventType)533;
        public static AuditEventType AssessmentItemReviewed => (AuditEventType)534;
        public static AuditEventType AssessmentReviewed => (AuditEventType)535;
        public static AuditEventType AuditVisitRecorded => (AuditEventType)536;
        public static AuditEventType ActionItemChanged => (AuditEventType)537;
        public static AuditEventType AssessmentClosed => (AuditEventType)538;
        public static AuditEventType EvidenceAdded => (AuditEventType)539;
        public static AuditEventType ComplianceReportExported => (AuditEventType)540;
    }

    private static readonly AuditEventTypeInfo[] Campaigns =
    [
        new(AuditEventType.CampaignOpened, "CampaignOpened", typeof(CampaignText)),
        new(AuditEventType.CampaignClosed, "CampaignClosed", typeof(CampaignText)),
        new(AuditEventType.AssessmentAnswered, "AssessmentAnswered", typeof(CampaignText)),
        new(AuditEventType.AssessmentSubmitted, "AssessmentSubmitted", typeof(CampaignText)),
        new(AuditEventType.AssessmentItemReviewed, "AssessmentItemReviewed", typeof(CampaignText)),
        new(AuditEventType.AssessmentReviewed, "AssessmentReviewed", typeof(CampaignText)),
        new(AuditEventType.AuditVisitRecorded, "AuditVisitRecorded", typeof(CampaignText)),
        new(AuditEventType.ActionItemChanged, "ActionItemChanged", typeof(CampaignText)),
        new(AuditEventType.AssessmentClosed, "AssessmentClosed", typeof(CampaignText)),
        new(AuditEventType.EvidenceAdded, "EvidenceAdded", typeof(CampaignText)),
        new(AuditEventType.ComplianceReportExported, "ComplianceReportExported", typeof(CampaignText)),
    ];

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } = [.. Campaigns];
}
