namespace CoopSante.Membership.Contracts;

/// <summary>A coop's governance calendar on a given day, for Compliance's indicators.</summary>
/// <param name="LastFiscalYearEnd">End of the last fiscal year that has ended (bylaws in force).</param>
/// <param name="AgmDeadline">Latest date of the AGM for that fiscal year: six months after its end (Cooperatives Act, s. 76).</param>
/// <param name="LastAgm">The latest annual meeting held or convened on or before the day.</param>
/// <param name="NextAgm">The first annual meeting planned after the day.</param>
/// <param name="AnnualReportDeadline">Date by which the annual report of that fiscal year is due.</param>
/// <param name="Board">Directors elected at the last AGM, by member category.</param>
/// <param name="FiscalYear">The last ended fiscal year (the calendar year in which it ends), whose annual report is the one due.</param>
/// <param name="AnnualReportSentOn">The day that fiscal year's annual report was sent to the minister (s. 134), or null while it has not been.</param>
/// <param name="AnnualReportApprovedOn">The day the board approved it (s. 133), or null.</param>
/// <param name="AnnualReportAttested">True once two directors have attested it (s. 133).</param>
/// <param name="BoardInOffice">
/// The whole board in office on the day, by the category each seat represents, from the register of directors (s. 124),
/// staggered terms included; the one-third rule for supporting members is counted over it.
/// </param>
public sealed record GovernanceDates(
    Guid CoopId, DateOnly LastFiscalYearEnd, DateOnly AgmDeadline, DateOnly? LastAgm, DateOnly? NextAgm,
    DateOnly AnnualReportDeadline, int BoardSize, IReadOnlyList<BoardSeats> Board,
    int FiscalYear = 0, DateOnly? AnnualReportSentOn = null, DateOnly? AnnualReportApprovedOn = null, bool AnnualReportAttested = false,
    IReadOnlyList<BoardSeats>? BoardInOffice = null);

public sealed record BoardSeats(MembershipCategory Category, int Directors);

/// <summary>AGM and annual-report dates and board composition of a coop. Implemented by the Membership module.</summary>
public interface IGovernanceCalendar
{
    /// <summary>The coop's calendar as seen on <paramref name="day"/>, or null when the coop has no bylaws yet.</summary>
    Task<GovernanceDates?> DatesAsync(Guid coopId, DateOnly day, CancellationToken ct);
}
