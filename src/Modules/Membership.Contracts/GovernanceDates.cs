namespace CoopSante.Membership.Contracts;

/// <summary>A coop's governance calendar on a given day, for Compliance's indicators.</summary>
/// <param name="LastFiscalYearEnd">End of the last fiscal year that has ended (bylaws in force).</param>
/// <param name="AgmDeadline">Latest date of the AGM for that fiscal year: six months after its end (Cooperatives Act, s. 76).</param>
/// <param name="LastAgm">The latest annual meeting held or convened on or before the day.</param>
/// <param name="NextAgm">The first annual meeting planned after the day.</param>
/// <param name="AnnualReportDeadline">Date by which the annual report of that fiscal year is due.</param>
/// <param name="Board">Directors elected at the last AGM, by member category.</param>
public sealed record GovernanceDates(
    Guid CoopId, DateOnly LastFiscalYearEnd, DateOnly AgmDeadline, DateOnly? LastAgm, DateOnly? NextAgm,
    DateOnly AnnualReportDeadline, int BoardSize, IReadOnlyList<BoardSeats> Board);

public sealed record BoardSeats(MembershipCategory Category, int Directors);

/// <summary>AGM and annual-report dates and board composition of a coop. Implemented by the Membership module.</summary>
public interface IGovernanceCalendar
{
    /// <summary>The coop's calendar as seen on <paramref name="day"/>, or null when the coop has no bylaws yet.</summary>
    Task<GovernanceDates?> DatesAsync(Guid coopId, DateOnly day, CancellationToken ct);
}
