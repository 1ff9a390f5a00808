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
        public static AuditEventType SharesSubscribed => (AuditEventType)310;
        public static AuditEventType SharePaymentRecorded => (AuditEventType)311;
        public static AuditEventType SharesTransferred => (AuditEventType)312;
        public static AuditEventType SharesRefunded => (AuditEventType)313;
        public static AuditEventType BylawsChanged => (AuditEventType)320;
        public static AuditEventType HouseholdChanged => (AuditEventType)330;
        public static AuditEventType ConsentRecorded => (AuditEventType)340;
        public static AuditEventType ConsentWithdrawn => (AuditEventType)341;
        public static AuditEventType RegisterImported => (AuditEventType)350;
        public static AuditEventType RetentionApplied => (AuditEventType)351;
        public static AuditEventType MeetingChanged => (AuditEventType)360;
        public static AuditEventType MeetingConvened => (AuditEventType)361;
        public static AuditEventType PersonalDataExported => (AuditEventType)370;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.MemberApplicationReceived, "MemberApplicationReceived", typeof(MembershipAuditText)),
        new(AuditEventType.MemberUpdated, "MemberUpdated", typeof(MembershipAuditText)),
        new(AuditEventType.MembersAdmitted, "MembersAdmitted", typeof(MembershipAuditText)),
        new(AuditEventType.MemberApplicationRefused, "MemberApplicationRefused", typeof(MembershipAuditText)),
        new(AuditEventType.MemberStatusChanged, "MemberStatusChanged", typeof(MembershipAuditText)),
        new(AuditEventType.SharesSubscribed, "SharesSubscribed", typeof(MembershipAuditText)),
        new(AuditEventType.SharePaymentRecorded, "SharePaymentRecorded", typeof(MembershipAuditText)),
        new(AuditEventType.SharesTransferred, "SharesTransferred", typeof(MembershipAuditText)),
        new(AuditEventType.SharesRefunded, "SharesRefunded", typeof(MembershipAuditText)),
        new(AuditEventType.BylawsChanged, "BylawsChanged", typeof(MembershipAuditText)),
        new(AuditEventType.HouseholdChanged, "HouseholdChanged", typeof(MembershipAuditText)),
        new(AuditEventType.ConsentRecorded, "ConsentRecorded", typeof(MembershipAuditText)),
        new(AuditEventType.ConsentWithdrawn, "ConsentWithdrawn", typeof(MembershipAuditText)),
        new(AuditEventType.RegisterImported, "RegisterImported", typeof(MembershipAuditText)),
        new(AuditEventType.RetentionApplied, "RetentionApplied", typeof(MembershipAuditText)),
        new(AuditEventType.MeetingChanged, "MeetingChanged", typeof(MembershipAuditText)),
        new(AuditEventType.MeetingConvened, "MeetingConvened", typeof(MembershipAuditText)),
        new(AuditEventType.PersonalDataExported, "PersonalDataExported", typeof(MembershipAuditText)),
    ];
}
