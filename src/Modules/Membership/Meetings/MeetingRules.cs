using CoopSante.Membership.Model;

namespace CoopSante.Membership.Meetings;

/// <summary>The deadlines of the Cooperatives Act: the AGM within 6 months of the fiscal year end (s. 76), the annual report sent to the minister within 30 days after the AGM (s. 134; s. 132 lists its contents, s. 133 its approval and attestation).</summary>
internal static class MeetingDeadlines
{
    public const int AgmMonthsAfterYearEnd = 6;
    public const int AnnualReportDaysAfterAgm = 30;

    /// <summary>The end of fiscal year <paramref name="fiscalYear"/> (the calendar year in which it ends); 29 February falls back to the 28th.</summary>
    public static DateOnly FiscalYearEnd(int fiscalYear, int endMonth, int endDay) =>
        new(fiscalYear, endMonth, Math.Min(endDay, DateTime.DaysInMonth(fiscalYear, endMonth)));

    public static DateOnly FiscalYearStart(int fiscalYear, int endMonth, int endDay) =>
        FiscalYearEnd(fiscalYear - 1, endMonth, endDay).AddDays(1);

    /// <summary>The last fiscal year that has ended on or before <paramref name="day"/>.</summary>
    public static int LastEndedFiscalYear(DateOnly day, int endMonth, int endDay) =>
        FiscalYearEnd(day.Year, endMonth, endDay) <= day ? day.Year : day.Year - 1;

    public static DateOnly AgmDeadline(DateOnly fiscalYearEnd) => fiscalYearEnd.AddMonths(AgmMonthsAfterYearEnd);

    public static DateOnly AnnualReportDeadline(DateOnly agmDate) => agmDate.AddDays(AnnualReportDaysAfterAgm);
}

/// <summary>A meeting is convened at least the by-law minimum number of days ahead.</summary>
internal static class MeetingNotice
{
    public static int DaysOfNotice(DateOnly today, DateOnly meetingDate) => meetingDate.DayNumber - today.DayNumber;

    public static bool NoticeIsSufficient(DateOnly today, DateOnly meetingDate, int minimumNoticeDays) =>
        DaysOfNotice(today, meetingDate) >= minimumNoticeDays;
}

/// <summary>The running count at the door and whether the by-law quorum is reached.</summary>
internal sealed record AttendanceTally(int Present, int Voters, int Required, bool QuorumReached)
{
    public static AttendanceTally Of(QuorumKind kind, int value, int voters, int present) =>
        new(present, voters, Quorum.MembersRequired(kind, value, voters), Quorum.QuorumIsReached(kind, value, voters, present));
}

/// <summary>The count of an election: the candidates with the most votes fill the seats; a tie at the last seat needs another ballot.</summary>
internal static class BoardElections
{
    /// <summary>The elected candidates, or null when a tie decides the last seat.</summary>
    public static IReadOnlySet<T>? Elected<T>(IEnumerable<(T Candidate, int Votes)> results, int seats) where T : notnull
    {
        var ordered = results.OrderByDescending(r => r.Votes).ToList();
        if (ordered.Count <= seats) return ordered.Select(r => r.Candidate).ToHashSet();
        if (ordered[seats - 1].Votes == ordered[seats].Votes) return null;
        return ordered.Take(seats).Select(r => r.Candidate).ToHashSet();
    }

    /// <summary>The board's seats by category after this election, checked against the one-third rule and the board size.</summary>
    public static IReadOnlyList<Platform.Errors.Failure> WhyElectionIsRefused(int boardSize, IEnumerable<(MemberCategory Category, int Seats)> seatsByCategory)
    {
        var seated = seatsByCategory.SelectMany(s => Enumerable.Repeat(s.Category, s.Seats)).ToList();
        var failures = new List<Platform.Errors.Failure>();
        if (seated.Count > boardSize) failures.Add(MeetingErrors.SeatsExceedBoardSize.At("seats", boardSize));
        if (!BoardComposition.SupportingMembersHoldAtMostOneThird(boardSize, seated))
            failures.Add(MeetingErrors.SupportingSeatsExceedOneThird.At("seats", BoardComposition.MaxSupportingSeats(boardSize), boardSize));
        return failures;
    }
}

/// <summary>One member, one vote: a resolution is adopted when the votes for outnumber the votes against; abstentions are not votes cast.</summary>
internal static class ResolutionVote
{
    public static bool IsAdopted(int votesFor, int votesAgainst) => votesFor > votesAgainst;
}
