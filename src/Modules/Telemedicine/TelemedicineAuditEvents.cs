using CoopSante.Telemedicine.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Telemedicine;

/// <summary>
/// The telemedicine module's audit event types (block 4xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class TelemedicineAuditEvents
{
    extension(AuditEventType)
    {
        public static AuditEventType TelemedicineProgramUpdated => (AuditEventType)400;
        public static AuditEventType TelemedicinePriceScheduled => (AuditEventType)401;
        public static AuditEventType TelemedicineProviderFeeScheduled => (AuditEventType)402;
        public static AuditEventType TelemedicineTaxChanged => (AuditEventType)403;
        public static AuditEventType TelemedicineParticipationChanged => (AuditEventType)404;
        public static AuditEventType TelemedicineEnrolled => (AuditEventType)405;
        public static AuditEventType TelemedicineEnrolmentCancelled => (AuditEventType)406;
        public static AuditEventType TelemedicineHouseholdChanged => (AuditEventType)407;
        public static AuditEventType TelemedicinePadAgreementAccepted => (AuditEventType)408;
        public static AuditEventType TelemedicineRosterRead => (AuditEventType)409;
        public static AuditEventType TelemedicineEligibilityChecked => (AuditEventType)410;
        // Remittance, portal invoices (tele-a): 411-419.
        public static AuditEventType TelemedicineRemittanceRead => (AuditEventType)411;
        // Billing (tele-b): 430-459.
        public static AuditEventType BankProfileChanged => (AuditEventType)430;
        public static AuditEventType BillingRunCreated => (AuditEventType)431;
        public static AuditEventType PadFileWritten => (AuditEventType)432;
        public static AuditEventType ReturnsImported => (AuditEventType)433;
        public static AuditEventType CounterPaymentRecorded => (AuditEventType)434;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.TelemedicineProgramUpdated, "TelemedicineProgramUpdated", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicinePriceScheduled, "TelemedicinePriceScheduled", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineProviderFeeScheduled, "TelemedicineProviderFeeScheduled", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineTaxChanged, "TelemedicineTaxChanged", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineParticipationChanged, "TelemedicineParticipationChanged", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineEnrolled, "TelemedicineEnrolled", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineEnrolmentCancelled, "TelemedicineEnrolmentCancelled", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineHouseholdChanged, "TelemedicineHouseholdChanged", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicinePadAgreementAccepted, "TelemedicinePadAgreementAccepted", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineRosterRead, "TelemedicineRosterRead", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineEligibilityChecked, "TelemedicineEligibilityChecked", typeof(TelemedicineAuditText)),
        new(AuditEventType.TelemedicineRemittanceRead, "TelemedicineRemittanceRead", typeof(RemittanceText)),
        new(AuditEventType.BankProfileChanged, "BankProfileChanged", typeof(BillingText)),
        new(AuditEventType.BillingRunCreated, "BillingRunCreated", typeof(BillingText)),
        new(AuditEventType.PadFileWritten, "PadFileWritten", typeof(BillingText)),
        new(AuditEventType.ReturnsImported, "ReturnsImported", typeof(BillingText)),
        new(AuditEventType.CounterPaymentRecorded, "CounterPaymentRecorded", typeof(BillingText)),
    ];
}
