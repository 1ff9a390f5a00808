using CoopSante.Compliance.Campaigns.Indicators;
using CoopSante.Membership.Contracts;

namespace CoopSante.Tests.Compliance;

public class IndicatorRulesTests
{
    private static readonly DateOnly YearEnd = new(2026, 3, 31), Deadline = new(2026, 9, 30);

    private static GovernanceDates Dates(DateOnly? last = null, DateOnly? next = null, int supporting = 0, int users = 6, int boardSize = 9) =>
        new(Guid.NewGuid(), YearEnd, Deadline, last, next, Deadline.AddDays(30), boardSize,
            [new BoardSeats(MembershipCategory.User, users), new BoardSeats(MembershipCategory.Supporting, supporting)]);

    [Fact]
    public void An_agm_held_within_six_months_of_the_year_end_passes() =>
        Assert.Equal(IndicatorState.Pass, IndicatorRules.AgmWithinSixMonths(Dates(last: new DateOnly(2026, 6, 10)), new DateOnly(2026, 7, 1)).Item1);

    [Fact]
    public void An_agm_planned_by_the_deadline_passes_until_the_deadline() =>
        Assert.Equal(IndicatorState.Pass, IndicatorRules.AgmWithinSixMonths(Dates(next: new DateOnly(2026, 9, 15)), new DateOnly(2026, 7, 1)).Item1);

    [Fact]
    public void No_agm_by_the_deadline_alerts()
    {
        Assert.Equal(IndicatorState.Fail, IndicatorRules.AgmWithinSixMonths(Dates(last: new DateOnly(2025, 6, 1)), new DateOnly(2026, 10, 1)).Item1);
        Assert.Equal(IndicatorState.Fail, IndicatorRules.AgmWithinSixMonths(Dates(next: new DateOnly(2026, 11, 1)), new DateOnly(2026, 7, 1)).Item1);
    }

    [Fact]
    public void A_coop_without_bylaws_is_not_available_never_a_pass() =>
        Assert.Equal(IndicatorState.Unavailable, IndicatorRules.AgmWithinSixMonths(null, new DateOnly(2026, 7, 1)).Item1);

    [Fact]
    public void Supporting_members_may_hold_one_third_of_the_seats_and_no_more()
    {
        Assert.Equal(IndicatorState.Pass, IndicatorRules.SupportingAtMostOneThird(Dates(supporting: 3, users: 6)).Item1);
        Assert.Equal(IndicatorState.Fail, IndicatorRules.SupportingAtMostOneThird(Dates(supporting: 4, users: 5)).Item1);
        Assert.Equal(IndicatorState.Unavailable, IndicatorRules.SupportingAtMostOneThird(Dates(supporting: 0, users: 0)).Item1);
    }

    [Fact]
    public void Privacy_indicators_are_not_available_without_the_registers_and_alert_on_a_stale_review()
    {
        var today = new DateOnly(2026, 12, 6);
        Assert.Equal(IndicatorState.Unavailable, IndicatorRules.PrivacyOfficer(new PrivacyFacts(null, null)).Item1);
        Assert.Equal(IndicatorState.Unavailable, IndicatorRules.IncidentRegisterReviewed(new PrivacyFacts(null, null), today).Item1);
        Assert.Equal(IndicatorState.Pass, IndicatorRules.IncidentRegisterReviewed(new PrivacyFacts(true, today.AddMonths(-11)), today).Item1);
        Assert.Equal(IndicatorState.Fail, IndicatorRules.IncidentRegisterReviewed(new PrivacyFacts(true, today.AddMonths(-13)), today).Item1);
        Assert.Equal(IndicatorState.Fail, IndicatorRules.IncidentRegisterReviewed(new PrivacyFacts(true, null), today).Item1);
    }
    private static GovernanceDates Report(DateOnly? sentOn, int fiscalYear = 2026) =>
        Dates(last: new DateOnly(2026, 6, 10)) with { AnnualReportDeadline = new DateOnly(2026, 7, 10), FiscalYear = fiscalYear, AnnualReportSentOn = sentOn };

    [Fact]
    public void An_annual_report_sent_within_30_days_of_the_agm_passes_and_one_sent_later_alerts()
    {
        Assert.Equal((IndicatorState.Pass, "Campaign.Indicator.ReportSent"), IndicatorRules.AnnualReportSent(Report(new DateOnly(2026, 7, 10)), new DateOnly(2026, 8, 1)));
        Assert.Equal((IndicatorState.Fail, "Campaign.Indicator.ReportSentLate"), IndicatorRules.AnnualReportSent(Report(new DateOnly(2026, 7, 11)), new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void An_annual_report_not_sent_is_pending_until_its_deadline_then_alerts_never_a_pass()
    {
        Assert.Equal(IndicatorState.Pending, IndicatorRules.AnnualReportSent(Report(null), new DateOnly(2026, 7, 10)).Item1);
        Assert.Equal((IndicatorState.Fail, "Campaign.Indicator.ReportMissing"), IndicatorRules.AnnualReportSent(Report(null), new DateOnly(2026, 7, 11)));
    }

    [Fact]
    public void The_annual_report_indicator_is_not_available_only_when_its_source_is_absent()
    {
        Assert.Equal((IndicatorState.Unavailable, "Campaign.Indicator.NoBylaws"), IndicatorRules.AnnualReportSent(null, new DateOnly(2026, 8, 1)));
        // A calendar that does not carry the sending (fiscal year unset) says nothing about it, even with a date.
        Assert.Equal((IndicatorState.Unavailable, "Campaign.Indicator.ReportUnknown"), IndicatorRules.AnnualReportSent(Report(new DateOnly(2026, 7, 1), fiscalYear: 0), new DateOnly(2026, 8, 1)));
    }
}
