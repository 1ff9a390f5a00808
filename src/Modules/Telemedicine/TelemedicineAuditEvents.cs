using CoopSante.Telemedicine.Resources;
using CoopSante.Platform.Audit;

namespace CoopSante.Telemedicine;

/// <summary>
/// The telemedicine module's audit event types (block 4xx). The numbers are stored and chained: never change or reuse one.
/// Static extension members keep call sites as <c>AuditEventType.X</c>; <see cref="All"/> goes through the module descriptor.
/// </summary>
internal static class TelemedicineAuditEvents
{
    // Billing (tele-b): 430-459.
    extension(AuditEventType)
    {
        public static AuditEventType BankProfileChanged => (AuditEventType)430;
        public static AuditEventType BillingRunCreated => (AuditEventType)431;
        public static AuditEventType PadFileWritten => (AuditEventType)432;
        public static AuditEventType ReturnsImported => (AuditEventType)433;
        public static AuditEventType CounterPaymentRecorded => (AuditEventType)434;
    }

    public static IReadOnlyList<AuditEventTypeInfo> All { get; } =
    [
        new(AuditEventType.BankProfileChanged, "BankProfileChanged", typeof(BillingText)),
        new(AuditEventType.BillingRunCreated, "BillingRunCreated", typeof(BillingText)),
        new(AuditEventType.PadFileWritten, "PadFileWritten", typeof(BillingText)),
        new(AuditEventType.ReturnsImported, "ReturnsImported", typeof(BillingText)),
        new(AuditEventType.CounterPaymentRecorded, "CounterPaymentRecorded", typeof(BillingText)),
    ];
}
