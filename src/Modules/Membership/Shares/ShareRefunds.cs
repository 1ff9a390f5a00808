using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Shares;

/// <summary>
/// A refund of shares needs a board resolution, cannot exceed what the member paid, and cannot bring the coop's
/// paid share capital under the by-law minimum (the solvency rule of s. 38).
/// </summary>
internal static class ShareRefunds
{
    public static IReadOnlyList<Failure> WhyRefundIsRefused(decimal amount, string? resolutionNumber, decimal memberPaid, decimal coopPaidCapital, decimal minimumShareCapital)
    {
        var failures = new List<Failure>();
        if (string.IsNullOrWhiteSpace(resolutionNumber)) failures.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        if (amount <= 0) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        else if (amount > memberPaid) failures.Add(MembershipErrors.RefundExceedsPaid.At("amount"));
        else if (coopPaidCapital - amount < minimumShareCapital) failures.Add(MembershipErrors.RefundEndangersSolvency.At("amount"));
        return failures;
    }

    public static bool RefundIsAllowed(decimal amount, string? resolutionNumber, decimal memberPaid, decimal coopPaidCapital, decimal minimumShareCapital) =>
        WhyRefundIsRefused(amount, resolutionNumber, memberPaid, coopPaidCapital, minimumShareCapital).Count == 0;
}
