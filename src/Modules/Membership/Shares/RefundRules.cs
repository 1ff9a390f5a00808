using CoopSante.Membership.Common;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Shares;

/// <summary>
/// When shares may be refunded, by s. 38 of the Cooperatives Act. It replaces the old "paid capital minus the refund
/// stays above a by-law minimum", which the Act does not contain.
/// </summary>
internal static class RefundRules
{
    /// <summary>Membership ends by resignation, exclusion or death (ss. 51, 57, 58); a suspended member is still a member.</summary>
    public static bool MembershipHasEnded(MemberStatus status) => status is MemberStatus.Resigned or MemberStatus.Excluded or MemberStatus.Deceased;

    /// <summary>
    /// s. 38 (qualifying shares): refunded only once membership ends; while it lasts, only what the member paid above the
    /// qualifying amount of their category. Less what is already queued or approved for them.
    /// </summary>
    public static decimal RefundableAmount(MemberStatus status, decimal paid, decimal qualifyingAmount, decimal alreadyRequested) =>
        Math.Max(0m, (MembershipHasEnded(status) ? paid : paid - qualifyingAmount) - alreadyRequested);

    /// <summary>Why a refund request cannot join the queue (s. 38: qualifying shares stay while membership lasts).</summary>
    public static IReadOnlyList<Failure> WhyRequestIsRefused(decimal amount, MemberStatus status, decimal paid, decimal qualifyingAmount, decimal alreadyRequested)
    {
        var failures = new List<Failure>();
        if (!PaymentInput.IsAmount(amount)) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        else if (amount > paid - alreadyRequested) failures.Add(MembershipErrors.RefundExceedsPaid.At("amount"));
        else if (amount > RefundableAmount(status, paid, qualifyingAmount, alreadyRequested))
            failures.Add(MembershipErrors.QualifyingSharesRefundedOnlyWhenMembershipEnds.At("amount"));
        if (status is MemberStatus.Applicant or MemberStatus.Refused && paid <= 0) failures.Add(MembershipErrors.MemberNotActive.At("memberId"));
        return failures;
    }

    /// <summary>
    /// Why a request to refund preferred shares cannot join the queue. Preferred shares are not tied to the end of membership
    /// (the by-laws' conditions apply, and the board's batch decision carries the same s. 38 assessment); only what is paid
    /// on them and not already queued may be asked for.
    /// </summary>
    public static IReadOnlyList<Failure> WhyPreferredRequestIsRefused(decimal amount, MemberStatus status, decimal preferredPaid, decimal alreadyRequested)
    {
        var failures = new List<Failure>();
        if (!PaymentInput.IsAmount(amount)) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        else if (amount > preferredPaid - alreadyRequested) failures.Add(MembershipErrors.RefundExceedsPaid.At("amount"));
        if (status is MemberStatus.Applicant or MemberStatus.Refused) failures.Add(MembershipErrors.MemberNotActive.At("memberId"));
        return failures;
    }

    /// <summary>
    /// s. 38: the board may refund only if the coop is not insolvent and would not become so, if it judges the refunds
    /// would not harm the coop's financial stability, and if they would not keep it from meeting its commitments to
    /// those who fund it. Each is the board's recorded judgment; any "no" defers the batch.
    /// </summary>
    public static bool BoardMayRefund(bool solvent, bool stabilityPreserved, bool funderCommitmentsMet) =>
        solvent && stabilityPreserved && funderCommitmentsMet;

    /// <summary>The ground recorded with a request: the estate when the member died, else whether membership ended.</summary>
    public static RefundGround GroundFor(MemberStatus status, ShareClass shareClass = ShareClass.Qualifying) => status switch
    {
        MemberStatus.Deceased => RefundGround.Estate,
        _ when shareClass == ShareClass.Preferred => RefundGround.PreferredShares,
        MemberStatus.Resigned or MemberStatus.Excluded => RefundGround.MembershipEnded,
        _ => RefundGround.AboveQualifying,
    };
}
