using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Contributions;

/// <summary>Failures of annual contributions; messages in ContributionText under the same keys.</summary>
internal static class ContributionErrors
{
    public static readonly ErrorCode NotSetByBylaws = new("Contributions.NotSetByBylaws", ErrorKind.Unprocessable);
    public static readonly ErrorCode YearNotOpen = new("Contributions.YearNotOpen", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotMemberThatYear = new("Contributions.NotMemberThatYear", ErrorKind.Unprocessable);
    public static readonly ErrorCode PaymentExceedsBalance = new("Contributions.PaymentExceedsBalance", ErrorKind.Unprocessable);
    public static readonly ErrorCode WaiverExceedsBalance = new("Contributions.WaiverExceedsBalance", ErrorKind.Unprocessable);
    public static readonly ErrorCode PaymentNotFound = new("Contributions.PaymentNotFound", ErrorKind.NotFound);
}
