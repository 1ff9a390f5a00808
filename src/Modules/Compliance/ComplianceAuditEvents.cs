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
        public static AuditEventType ConsultationOpened => (AuditEventType)507;
        public static AuditEventType ConsultationReviewerInvited => (AuditEventType)508;
        public static AuditEventType ConsultationCommentPosted => (AuditEventType)509;
        public static AuditEventType ConsultationCommentDecided => (AuditEventType)510;
        public static AuditEventType PrivacyOfficerDesignated => (AuditEventType)515;
        public static AuditEventType ConfidentialityIncidentRecorded => (AuditEventType)516;
        public static AuditEventType ConfidentialityIncidentUpdated => (AuditEventType)517;
        public static AuditEventType IncidentRegisterReviewed => (AuditEventType)518;
        public static AuditEventType PrivacyImpactAssessmentSaved => (AuditEventType)519;
        public static AuditEventType PrivacyRegisterExported => (AuditEventType)520;
        public static AuditEventType CommitteeMemberSaved => (AuditEventType)522;
        public static AuditEventType CommitteeMeetingSaved => (AuditEventType)523;
        public static AuditEventType CommitteeDecisionRecorded => (AuditEventType)524;
        public static AuditEventType CommitteeFollowUpSaved => (AuditEventType)525;
    }

    private static readonly AuditEventTypeInfo[] Frameworks =
    [
        new(AuditEventType.FrameworkCreated, "FrameworkCreated", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionCreated, "FrameworkVersionCreated", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkContentChanged, "FrameworkContentChanged", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkContentDeleted, "FrameworkContentDeleted", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionStatusChanged, "FrameworkVersionStatusChanged", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionImported, "FrameworkVersionImported", typeof(ComplianceAuditText)),
        new(AuditEventType.FrameworkVersionExported, "FrameworkVersionExported", typeof(ComplianceAuditText)),
        new(AuditEventType.ConsultationOpened, "ConsultationOpened", typeof(ComplianceAuditText)),
        new(AuditEventType.ConsultationReviewerInvited, "ConsultationReviewerInvited", typeof(ComplianceAuditText)),
        new(AuditEventType.ConsultationCommentPosted, "ConsultationCommentPosted", typeof(ComplianceAuditText)),
        new(AuditEventType.ConsultationCommentDecided, "ConsultationCommentDecided", typeof(ComplianceAuditText)),
        new(AuditEventType.PrivacyOfficerDesignated, "PrivacyOfficerDesignated", typeof(ComplianceAuditText)),
        new(AuditEventType.ConfidentialityIncidentRecorded, "ConfidentialityIncidentRecorded", typeof(ComplianceAuditText)),
        new(AuditEventType.ConfidentialityIncidentUpdated, "ConfidentialityIncidentUpdated", typeof(ComplianceAuditText)),
        new(AuditEventType.IncidentRegisterReviewed, "IncidentRegisterReviewed", typeof(ComplianceAuditText)),
        new(AuditEventType.PrivacyImpactAssessmentSaved, "PrivacyImpactAssessmentSaved", typeof(ComplianceAuditText)),
        new(AuditEventType.PrivacyRegisterExported, "PrivacyRegisterExported", typeof(ComplianceAuditText)),
        new(AuditEventType.CommitteeMemberSaved, "CommitteeMemberSaved", typeof(ComplianceAuditText)),
        new(AuditEventType.CommitteeMeetingSaved, "CommitteeMeetingSaved", typeof(ComplianceAuditText)),
        new(AuditEventType.CommitteeDecisionRecorded, "CommitteeDecisionRecorded", typeof(ComplianceAuditText)),
        new(AuditEventType.CommitteeFollowUpSaved, "CommitteeFollowUpSaved", typeof(ComplianceAuditText)),
    ];

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

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } = [.. Frameworks, .. Campaigns];
}
