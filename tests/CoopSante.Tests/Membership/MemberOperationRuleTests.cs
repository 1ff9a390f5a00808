using CoopSante.Membership.Discipline;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Membership.Shares;
using CsCheck;

namespace CoopSante.Tests.Membership;

/// <summary>s. 38 of the Cooperatives Act: when shares may be refunded.</summary>
public sealed class RefundRuleTests
{
    [Fact]
    public void S38_an_active_members_qualifying_shares_are_not_refunded() =>
        Assert.Equal("Membership.QualifyingSharesRefundedOnlyWhenMembershipEnds",
            RefundRules.WhyRequestIsRefused(10m, MemberStatus.Active, paid: 50m, qualifyingAmount: 50m, alreadyRequested: 0m).Single().Error.Code);

    [Fact]
    public void S38_an_active_member_may_have_shares_above_the_qualifying_amount_refunded() =>
        Assert.Empty(RefundRules.WhyRequestIsRefused(30m, MemberStatus.Active, paid: 80m, qualifyingAmount: 50m, alreadyRequested: 0m));

    [Theory]
    [InlineData(nameof(MemberStatus.Resigned))]
    [InlineData(nameof(MemberStatus.Excluded))]
    [InlineData(nameof(MemberStatus.Deceased))]
    public void S38_qualifying_shares_are_refunded_once_membership_ends(string status) =>
        Assert.Empty(RefundRules.WhyRequestIsRefused(50m, Enum.Parse<MemberStatus>(status), paid: 50m, qualifyingAmount: 50m, alreadyRequested: 0m));

    [Fact]
    public void S38_a_suspended_member_is_still_a_member_and_keeps_their_qualifying_shares() =>
        Assert.Equal(0m, RefundRules.RefundableAmount(MemberStatus.Suspended, paid: 50m, qualifyingAmount: 50m, alreadyRequested: 0m));

    [Fact]
    public void S38_a_request_never_exceeds_what_was_paid_less_what_is_already_queued() =>
        Assert.Equal("Membership.RefundExceedsPaid", RefundRules.WhyRequestIsRefused(30m, MemberStatus.Resigned, 50m, 50m, alreadyRequested: 30m).Single().Error.Code);

    [Fact]
    public void S38_a_deceased_members_shares_go_to_the_estate() =>
        Assert.Equal(RefundGround.Estate, RefundRules.GroundFor(MemberStatus.Deceased));

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void S38_the_board_refunds_nothing_if_insolvent_or_harming_stability_or_funder_commitments(bool solvent, bool stable, bool funders) =>
        Assert.False(RefundRules.BoardMayRefund(solvent, stable, funders));

    [Fact]
    public void S38_the_board_may_refund_when_its_assessment_finds_all_three_conditions_met() =>
        Assert.True(RefundRules.BoardMayRefund(true, true, true));

    [Fact]
    public void S38_an_allowed_request_never_takes_qualifying_shares_while_membership_lasts() =>
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 500m]).Sample((amount, paid, qualifying) =>
            RefundRules.WhyRequestIsRefused(decimal.Round(amount, 2), MemberStatus.Active, paid, qualifying, 0m).Count > 0 || decimal.Round(amount, 2) <= paid - qualifying);
}

/// <summary>s. 58 of the Cooperatives Act: exclusion and suspension.</summary>
public sealed class Section58Tests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void S58_the_notice_names_its_grounds_and_a_meeting_after_it() =>
        Assert.Equal(["Platform.Required", "Membership.MeetingMustFollowNotice"],
            Section58.WhyNoticeIsRefused(" ", Today.AddDays(-5), Today.AddDays(-5), Today, MemberStatus.Active, Sanction.Exclusion).Select(f => f.Error.Code));

    [Fact]
    public void S58_a_suspension_applies_to_an_active_member_only() =>
        Assert.Equal("Membership.MemberNotActive", Section58.WhyNoticeIsRefused("x", Today.AddDays(-9), Today, Today, MemberStatus.Suspended, Sanction.Suspension).Single().Error.Code);

    [Theory]
    [InlineData(6, 4, true)]
    [InlineData(7, 5, true)]
    [InlineData(7, 4, false)]
    [InlineData(9, 6, true)]
    [InlineData(9, 5, false)]
    [InlineData(0, 0, false)]
    public void S58_the_decision_needs_two_thirds_of_the_directors_present(int present, int votesFor, bool upheld) =>
        Assert.Equal(upheld, Section58.TwoThirdsOfDirectorsPresent(present, votesFor));

    [Fact]
    public void S58_the_decision_cannot_come_before_the_announced_meeting() =>
        Assert.Equal("Membership.DecisionBeforeMeeting", Section58.WhyDecisionIsRefused(Today, Today.AddDays(-1), Today, 6, 5, "CA-1").Single().Error.Code);

    [Fact]
    public void S58_the_letter_with_reasons_goes_out_within_fifteen_days_of_the_decision()
    {
        var decided = Today.AddDays(-20);
        Assert.Empty(Section58.WhyLetterIsRefused(decided, decided.AddDays(15), decided.AddDays(15), Today, "motifs"));
        Assert.Equal("Membership.LetterLaterThanFifteenDays", Section58.WhyLetterIsRefused(decided, decided.AddDays(16), decided.AddDays(16), Today, "motifs").Single().Error.Code);
    }

    [Fact]
    public void S58_the_decision_takes_effect_on_the_letters_date_not_before() =>
        Assert.Equal("Membership.EffectBeforeLetter", Section58.WhyLetterIsRefused(Today.AddDays(-3), Today.AddDays(-1), Today.AddDays(-2), Today, "motifs").Single().Error.Code);
}

/// <summary>The by-laws' instalment schedule (s. 124: amounts owing): owing versus overdue.</summary>
public sealed class InstalmentTests
{
    private static readonly DateOnly Subscribed = new(2026, 1, 15);

    [Fact]
    public void Shares_payable_at_once_are_overdue_as_soon_as_unpaid() =>
        Assert.Equal(50m, Instalments.Overdue(50m, [new(Subscribed, 50m, 0)], Subscribed.AddDays(1)));

    [Fact]
    public void On_twelve_monthly_instalments_only_the_instalments_fallen_due_and_unpaid_are_overdue()
    {
        // 120 $ over 12 months; on 2026-04-20 four instalments (Jan, Feb, Mar, Apr 15) have fallen due: 40 $.
        var plan = new Instalments.Subscription(Subscribed, 120m, 12);
        Assert.Equal(40m, Instalments.DueBy(plan, new DateOnly(2026, 4, 20)));
        Assert.Equal(0m, Instalments.Overdue(owing: 80m, [plan], new DateOnly(2026, 4, 20)));
        Assert.Equal(10m, Instalments.Overdue(owing: 90m, [plan], new DateOnly(2026, 4, 20)));
        Assert.Equal(new DateOnly(2026, 5, 15), Instalments.NextDueOn([plan], new DateOnly(2026, 4, 20)));
    }

    [Fact]
    public void Overdue_never_exceeds_owing_nor_goes_below_zero() =>
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Int[0, 24], Gen.Int[0, 800], Gen.Decimal[0m, 1000m]).Sample((amount, months, days, owing) =>
        {
            var overdue = Instalments.Overdue(owing, [new(Subscribed, amount, months)], Subscribed.AddDays(days));
            return overdue >= 0 && overdue <= Math.Max(0m, owing);
        });
}

public sealed class StatusChangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(nameof(MemberStatus.Excluded))]
    [InlineData(nameof(MemberStatus.Suspended))]
    public void S58_exclusion_and_suspension_are_never_a_single_status_change(string to) =>
        Assert.Equal("Membership.ExclusionFollowsSection58", StatusChanges.WhyChangeIsRefused(MemberStatus.Active, Enum.Parse<MemberStatus>(to), Today, Today, "motif", "CA-1").Single().Error.Code);

    [Fact]
    public void Reinstatement_ends_a_suspension_by_board_resolution_only()
    {
        Assert.Empty(StatusChanges.WhyChangeIsRefused(MemberStatus.Suspended, MemberStatus.Active, Today, Today, "fin", "CA-9"));
        Assert.Equal(["Membership.ReinstatementOnlyFromSuspension", "Membership.ResolutionRequired"],
            StatusChanges.WhyChangeIsRefused(MemberStatus.Resigned, MemberStatus.Active, Today, Today, "retour", null).Select(f => f.Error.Code));
    }

    [Fact]
    public void A_deceased_member_receives_no_more_mailings() =>
        Assert.False(StatusChanges.ReceivesMailings(MemberStatus.Deceased));
}
