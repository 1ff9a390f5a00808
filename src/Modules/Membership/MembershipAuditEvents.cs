using CoopSante.Membership.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Membership;

/// <summary>
/// The membership module's audit event types (block 3xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class MembershipAuditEvents
{
    extension(AuditEventType)
    {
        public static AuditEventType MemberApplicationReceived => (AuditEventType)300;
        public static AuditEventType MemberUpdated => (AuditEventType)301;
        public static AuditEventType MembersAdmitted => (AuditEventType)302;
        public static AuditEventType MemberApplicationRefused => (AuditEventType)303;
        public static AuditEventType MemberStatusChanged => (AuditEventType)304;
        public static AuditEventType MemberCategoryChanged => (AuditEventType)305;
        public static AuditEventType ProceedingNoticeSent => (AuditEventType)306;
        public static AuditEventType ProceedingRepresentationsRecorded => (AuditEventType)307;
        public static AuditEventType ProceedingDecided => (AuditEventType)308;
        public static AuditEventType ProceedingLetterSent => (AuditEventType)309;
        public static AuditEventType SharesSubscribed => (AuditEventType)310;
        public static AuditEventType SharePaymentRecorded => (AuditEventType)311;
        public static AuditEventType SharesTransferred => (AuditEventType)312;
        public static AuditEventType SharesRefunded => (AuditEventType)313;
        public static AuditEventType RefundRequested => (AuditEventType)314;
        public static AuditEventType RefundBatchDecided => (AuditEventType)315;
        public static AuditEventType BylawsChanged => (AuditEventType)320;
        public static AuditEventType HouseholdChanged => (AuditEventType)330;
        public static AuditEventType ConsentRecorded => (AuditEventType)340;
        public static AuditEventType ConsentWithdrawn => (AuditEventType)341;
        public static AuditEventType RegisterImported => (AuditEventType)350;
        public static AuditEventType RetentionApplied => (AuditEventType)351;
        public static AuditEventType MeetingChanged => (AuditEventType)360;
        public static AuditEventType MeetingConvened => (AuditEventType)361;
        public static AuditEventType VoteSuspended => (AuditEventType)362;
        public static AuditEventType VoteSuspensionContested => (AuditEventType)363;
        public static AuditEventType VoteSuspensionLifted => (AuditEventType)364;
        public static AuditEventType DirectorRecorded => (AuditEventType)365;
        public static AuditEventType DirectorChanged => (AuditEventType)366;
        public static AuditEventType MeetingMinutesDrafted => (AuditEventType)367;
        public static AuditEventType MeetingMinutesApproved => (AuditEventType)368;
        public static AuditEventType MeetingNoticesPrinted => (AuditEventType)369;
        public static AuditEventType PersonalDataExported => (AuditEventType)370;
        public static AuditEventType AnnualReportApproved => (AuditEventType)375;
        public static AuditEventType AnnualReportAttested => (AuditEventType)376;
        public static AuditEventType AnnualReportSent => (AuditEventType)377;
        public static AuditEventType ApplicantPaymentRefunded => (AuditEventType)371;
        public static AuditEventType PreferredSharePriceChanged => (AuditEventType)372;
        public static AuditEventType ContributionPaymentRecorded => (AuditEventType)378;
        public static AuditEventType ContributionYearOpened => (AuditEventType)379;
        public static AuditEventType ContributionWaived => (AuditEventType)380;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.MemberApplicationReceived, "MemberApplicationReceived", typeof(MembershipAuditText)),
        new(AuditEventType.MemberUpdated, "MemberUpdated", typeof(MembershipAuditText)),
        new(AuditEventType.MembersAdmitted, "MembersAdmitted", typeof(MembershipAuditText)),
        new(AuditEventType.MemberApplicationRefused, "MemberApplicationRefused", typeof(MembershipAuditText)),
        new(AuditEventType.MemberStatusChanged, "MemberStatusChanged", typeof(MembershipAuditText)),
        new(AuditEventType.MemberCategoryChanged, "MemberCategoryChanged", typeof(MemberOpsText)),
        new(AuditEventType.ProceedingNoticeSent, "ProceedingNoticeSent", typeof(MemberOpsText)),
        new(AuditEventType.ProceedingRepresentationsRecorded, "ProceedingRepresentationsRecorded", typeof(MemberOpsText)),
        new(AuditEventType.ProceedingDecided, "ProceedingDecided", typeof(MemberOpsText)),
        new(AuditEventType.ProceedingLetterSent, "ProceedingLetterSent", typeof(MemberOpsText)),
        new(AuditEventType.SharesSubscribed, "SharesSubscribed", typeof(MembershipAuditText)),
        new(AuditEventType.SharePaymentRecorded, "SharePaymentRecorded", typeof(MembershipAuditText)),
        new(AuditEventType.SharesTransferred, "SharesTransferred", typeof(MembershipAuditText)),
        new(AuditEventType.SharesRefunded, "SharesRefunded", typeof(MembershipAuditText)),
        new(AuditEventType.RefundRequested, "RefundRequested", typeof(MemberOpsText)),
        new(AuditEventType.RefundBatchDecided, "RefundBatchDecided", typeof(MemberOpsText)),
        new(AuditEventType.BylawsChanged, "BylawsChanged", typeof(MembershipAuditText)),
        new(AuditEventType.HouseholdChanged, "HouseholdChanged", typeof(MembershipAuditText)),
        new(AuditEventType.ConsentRecorded, "ConsentRecorded", typeof(MembershipAuditText)),
        new(AuditEventType.ConsentWithdrawn, "ConsentWithdrawn", typeof(MembershipAuditText)),
        new(AuditEventType.RegisterImported, "RegisterImported", typeof(MembershipAuditText)),
        new(AuditEventType.RetentionApplied, "RetentionApplied", typeof(MembershipAuditText)),
        new(AuditEventType.MeetingChanged, "MeetingChanged", typeof(MembershipAuditText)),
        new(AuditEventType.MeetingConvened, "MeetingConvened", typeof(MembershipAuditText)),
        new(AuditEventType.VoteSuspended, "VoteSuspended", typeof(MeetingOpsText)),
        new(AuditEventType.VoteSuspensionContested, "VoteSuspensionContested", typeof(MeetingOpsText)),
        new(AuditEventType.VoteSuspensionLifted, "VoteSuspensionLifted", typeof(MeetingOpsText)),
        new(AuditEventType.DirectorRecorded, "DirectorRecorded", typeof(MeetingOpsText)),
        new(AuditEventType.DirectorChanged, "DirectorChanged", typeof(MeetingOpsText)),
        new(AuditEventType.MeetingMinutesDrafted, "MeetingMinutesDrafted", typeof(MeetingOpsText)),
        new(AuditEventType.MeetingMinutesApproved, "MeetingMinutesApproved", typeof(MeetingOpsText)),
        new(AuditEventType.MeetingNoticesPrinted, "MeetingNoticesPrinted", typeof(MeetingOpsText)),
        new(AuditEventType.PersonalDataExported, "PersonalDataExported", typeof(MembershipAuditText)),
        new(AuditEventType.AnnualReportApproved, "AnnualReportApproved", typeof(AnnualReportText)),
        new(AuditEventType.AnnualReportAttested, "AnnualReportAttested", typeof(AnnualReportText)),
        new(AuditEventType.AnnualReportSent, "AnnualReportSent", typeof(AnnualReportText)),
        new(AuditEventType.ApplicantPaymentRefunded, "ApplicantPaymentRefunded", typeof(ApplicantPaymentText)),
        new(AuditEventType.PreferredSharePriceChanged, "PreferredSharePriceChanged", typeof(PreferredShareText)),
        new(AuditEventType.ContributionPaymentRecorded, "ContributionPaymentRecorded", typeof(ContributionText)),
        new(AuditEventType.ContributionYearOpened, "ContributionYearOpened", typeof(ContributionText)),
        new(AuditEventType.ContributionWaived, "ContributionWaived", typeof(ContributionText)),
    ];
}
