using CoopSante.Membership.Model;
using CoopSante.Membership.Shares;
using CsCheck;

namespace CoopSante.Tests.Membership;

/// <summary>Preferred shares: refundable on the by-laws' conditions while membership lasts (s. 38 still judged by the board), valued at their price.</summary>
public sealed class PreferredShareRuleTests
{
    [Fact]
    public void S38_an_active_members_paid_preferred_shares_may_be_asked_for_without_ending_membership() =>
        Assert.Empty(RefundRules.WhyPreferredRequestIsRefused(100m, MemberStatus.Active, preferredPaid: 200m, alreadyRequested: 0m));

    [Fact]
    public void S38_a_preferred_refund_never_exceeds_what_is_paid_and_not_already_queued() =>
        Assert.Equal("Membership.RefundExceedsPaid",
            RefundRules.WhyPreferredRequestIsRefused(150m, MemberStatus.Active, preferredPaid: 200m, alreadyRequested: 100m).Single().Error.Code);

    [Fact]
    public void S38_an_applicant_has_no_preferred_shares_to_refund() =>
        Assert.Equal("Membership.MemberNotActive",
            RefundRules.WhyPreferredRequestIsRefused(10m, MemberStatus.Applicant, preferredPaid: 50m, alreadyRequested: 0m).Single().Error.Code);

    [Fact]
    public void S38_a_deceased_members_preferred_shares_go_to_the_estate_others_on_the_bylaws_conditions()
    {
        Assert.Equal(RefundGround.Estate, RefundRules.GroundFor(MemberStatus.Deceased, ShareClass.Preferred));
        Assert.Equal(RefundGround.PreferredShares, RefundRules.GroundFor(MemberStatus.Active, ShareClass.Preferred));
        Assert.Equal(RefundGround.PreferredShares, RefundRules.GroundFor(MemberStatus.Resigned, ShareClass.Preferred));
        Assert.Equal(RefundGround.MembershipEnded, RefundRules.GroundFor(MemberStatus.Resigned));
    }

    [Fact]
    public void Preferred_shares_move_at_the_price_they_were_subscribed_at_and_the_last_ones_carry_what_is_left() =>
        Gen.Select(Gen.Int[1, 500], Gen.Int[1, 10_000], Gen.Int[1, 500]).Sample((held, cents, asked) =>
        {
            var holding = new ShareHolding(held, held * cents / 100m + 0.01m, 0m);
            var value = holding.ValueOf(Math.Min(asked, held));
            return value >= 0 && value <= holding.Subscribed && (asked < held || value == holding.Subscribed)
                && holding.ValueOf(Math.Min(asked, held)) + holding.ValueOf(held - Math.Min(asked, held)) <= holding.Subscribed;
        });
}
