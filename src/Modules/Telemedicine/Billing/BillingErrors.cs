using CoopSante.Platform.Errors;

namespace CoopSante.Telemedicine.Billing;

/// <summary>Failures of billing, files, returns and payments; messages in BillingText under the same keys.</summary>
internal static class BillingErrors
{
    public static readonly ErrorCode PeriodInvalid = new("Telemedicine.PeriodInvalid");
    public static readonly ErrorCode PeriodFuture = new("Telemedicine.PeriodFuture", ErrorKind.Unprocessable);
    public static readonly ErrorCode PeriodClosed = new("Telemedicine.PeriodClosed", ErrorKind.Unprocessable);
    public static readonly ErrorCode CoopNotParticipating = new("Telemedicine.BillingCoopNotParticipating", ErrorKind.Unprocessable);
    public static readonly ErrorCode PriceMissing = new("Telemedicine.PriceMissing", ErrorKind.Unprocessable);
    public static readonly ErrorCode RunAlreadyUnderWay = new("Telemedicine.BillingRunAlreadyUnderWay", ErrorKind.Conflict);
    public static readonly ErrorCode RunNotFound = new("Telemedicine.BillingRunNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode BankProfileMissing = new("Telemedicine.BankProfileMissing", ErrorKind.Unprocessable);
    public static readonly ErrorCode BankProfileInvalid = new("Telemedicine.BankProfileInvalid");
    public static readonly ErrorCode ReturnsFileMalformed = new("Telemedicine.ReturnsFileMalformed");
    public static readonly ErrorCode ReturnForUnknownInvoice = new("Telemedicine.ReturnForUnknownInvoice", ErrorKind.Unprocessable);
    public static readonly ErrorCode ReturnAmountMismatch = new("Telemedicine.ReturnAmountMismatch", ErrorKind.Unprocessable);
    public static readonly ErrorCode InvoiceNotFound = new("Telemedicine.InvoiceNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode InvoiceAlreadyPaid = new("Telemedicine.InvoiceAlreadyPaid", ErrorKind.Conflict);
    public static readonly ErrorCode PaymentNotFound = new("Telemedicine.PaymentNotFound", ErrorKind.NotFound);
}
