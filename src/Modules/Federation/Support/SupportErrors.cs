using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Support;

/// <summary>Failures of support and consulting; messages in SupportText.resx under the same keys.</summary>
internal static class SupportErrors
{
    public static readonly ErrorCode CategoryUnknown = new("Federation.SupportCategoryUnknown");
    public static readonly ErrorCode RequestClosed = new("Federation.SupportRequestClosed", ErrorKind.Conflict);
    public static readonly ErrorCode AdviserUnknown = new("Federation.SupportAdviserUnknown");
    public static readonly ErrorCode NotAssigned = new("Federation.SupportNotAssigned", ErrorKind.Conflict);
    public static readonly ErrorCode NotConsulting = new("Federation.SupportNotConsulting", ErrorKind.Conflict);
    public static readonly ErrorCode QuotePending = new("Federation.SupportQuotePending", ErrorKind.Conflict);
    public static readonly ErrorCode QuoteNotPending = new("Federation.SupportQuoteNotPending", ErrorKind.Conflict);
    public static readonly ErrorCode EngagementNotAccepted = new("Federation.SupportEngagementNotAccepted", ErrorKind.Conflict);
    public static readonly ErrorCode NothingToInvoice = new("Federation.SupportNothingToInvoice", ErrorKind.Conflict);
    public static readonly ErrorCode AlreadyInvoiced = new("Federation.SupportAlreadyInvoiced", ErrorKind.Conflict);
    public static readonly ErrorCode RateNotPositive = new("Federation.SupportRateNotPositive");
    public static readonly ErrorCode RateTooHigh = new("Federation.SupportRateTooHigh");
    public static readonly ErrorCode NoRateInForce = new("Federation.SupportNoRateInForce", ErrorKind.Conflict);
    public static readonly ErrorCode RateExists = new("Federation.SupportRateExists", ErrorKind.Conflict);
    public static readonly ErrorCode HoursOutOfRange = new("Federation.SupportHoursOutOfRange");
    public static readonly ErrorCode TargetOutOfRange = new("Federation.SupportTargetOutOfRange");
    public static readonly ErrorCode NotClosed = new("Federation.SupportNotClosed", ErrorKind.Conflict);
    public static readonly ErrorCode AlreadyRated = new("Federation.SupportAlreadyRated", ErrorKind.Conflict);
    public static readonly ErrorCode RatingOutOfRange = new("Federation.SupportRatingOutOfRange");
    public static readonly ErrorCode DateInFuture = new("Federation.SupportDateInFuture");
    public static readonly ErrorCode TooManyAttachments = new("Federation.SupportTooManyAttachments");
}
