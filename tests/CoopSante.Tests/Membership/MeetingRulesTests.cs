using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;

namespace CoopSante.Tests.Membership;

public sealed class MeetingRulesTests
{
    [Fact]
    public void The_AGM_is_due_six_months_after_a_December_year_end()
    {
        var end = MeetingDeadlines.FiscalYearEnd(2025, 12, 31);
        Assert.Equal(new DateOnly(2026, 6, 30), MeetingDeadlines.AgmDeadline(end));
    }

    [Fact]
    public void The_AGM_deadline_of_a_March_year_end_falls_at_the_end_of_September()
    {
        Assert.Equal(new DateOnly(2026, 9, 30), MeetingDeadlines.AgmDeadline(MeetingDeadlines.FiscalYearEnd(2026, 3, 31)));
    }

    [Fact]
    public void A_February_29_year_end_falls_back_to_the_28th_in_common_years()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), MeetingDeadlines.FiscalYearEnd(2025, 2, 29));
        Assert.Equal(new DateOnly(2024, 2, 29), MeetingDeadlines.FiscalYearEnd(2024, 2, 29));
        Assert.Equal(new DateOnly(2025, 3, 1), MeetingDeadlines.FiscalYearStart(2026, 2, 29));
    }

    [Fact]
    public void The_annual_report_is_due_thirty_days_after_the_AGM()
    {
        Assert.Equal(new DateOnly(2026, 6, 14), MeetingDeadlines.AnnualReportDeadline(new DateOnly(2026, 5, 15)));
    }

    [Theory]
    [InlineData("2026-11-26", 12, 31, 2025)]
    [InlineData("2026-12-31", 12, 31, 2026)]
    [InlineData("2026-04-01", 3, 31, 2026)]
    [InlineData("2026-03-30", 3, 31, 2025)]
    public void The_last_ended_fiscal_year_is_the_one_whose_end_has_passed(string day, int month, int endDay, int expected)
    {
        Assert.Equal(expected, MeetingDeadlines.LastEndedFiscalYear(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), month, endDay));
    }

    [Fact]
    public void Notice_is_sufficient_on_exactly_the_minimum_number_of_days()
    {
        var today = new DateOnly(2026, 11, 26);
        Assert.True(MeetingNotice.NoticeIsSufficient(today, today.AddDays(10), 10));
        Assert.False(MeetingNotice.NoticeIsSufficient(today, today.AddDays(9), 10));
        Assert.False(MeetingNotice.NoticeIsSufficient(today, today, 1));
    }

    [Fact]
    public void Quorum_by_percentage_is_reached_when_the_count_at_the_door_reaches_it()
    {
        // 10 % of 95 voters: 9.5, rounded up to 10.
        Assert.Equal(10, AttendanceTally.Of(QuorumKind.Percentage, 10, 95, 0).Required);
        Assert.False(AttendanceTally.Of(QuorumKind.Percentage, 10, 95, 9).QuorumReached);
        Assert.True(AttendanceTally.Of(QuorumKind.Percentage, 10, 95, 10).QuorumReached);
    }

    [Fact]
    public void Quorum_by_number_ignores_the_number_of_voters()
    {
        var tally = AttendanceTally.Of(QuorumKind.Number, 25, 2000, 24);
        Assert.Equal(25, tally.Required);
        Assert.False(tally.QuorumReached);
        Assert.True(AttendanceTally.Of(QuorumKind.Number, 25, 2000, 25).QuorumReached);
    }

    [Fact]
    public void Supporting_members_cannot_hold_more_than_one_third_of_the_seats()
    {
        var refused = BoardElections.WhyElectionIsRefused(9, [(MemberCategory.User, 5), (MemberCategory.Supporting, 4)]);
        Assert.Contains(refused, f => f.Error == MeetingErrors.SupportingSeatsExceedOneThird);
        Assert.Empty(BoardElections.WhyElectionIsRefused(9, [(MemberCategory.User, 6), (MemberCategory.Supporting, 3)]));
    }

    [Fact]
    public void An_election_cannot_fill_more_seats_than_the_board_has()
    {
        var refused = BoardElections.WhyElectionIsRefused(7, [(MemberCategory.User, 5), (MemberCategory.Worker, 3)]);
        Assert.Contains(refused, f => f.Error == MeetingErrors.SeatsExceedBoardSize);
    }

    [Fact]
    public void The_candidates_with_the_most_votes_fill_the_seats()
    {
        var elected = BoardElections.Elected([("a", 10), ("b", 30), ("c", 20)], 2);
        Assert.NotNull(elected);
        Assert.Equal(["b", "c"], elected.Order());
    }

    [Fact]
    public void A_tie_for_the_last_seat_elects_no_one()
    {
        Assert.Null(BoardElections.Elected([("a", 10), ("b", 20), ("c", 10)], 2));
        Assert.NotNull(BoardElections.Elected([("a", 10), ("b", 10), ("c", 5)], 2));
    }

    [Fact]
    public void A_resolution_is_adopted_by_a_majority_of_votes_cast_and_abstentions_do_not_count()
    {
        Assert.True(ResolutionVote.IsAdopted(5, 4));
        Assert.False(ResolutionVote.IsAdopted(4, 4));
        Assert.False(ResolutionVote.IsAdopted(0, 0));
    }
}
