using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Common;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>
/// <see cref="IGovernanceCalendar"/> for Compliance: the deadlines of <see cref="MeetingDeadlines"/> for the last ended
/// fiscal year, the annual meetings around the day, and the directors elected at the last one.
/// </summary>
internal sealed class GovernanceCalendar(MembershipDbContext db) : IGovernanceCalendar
{
    public async Task<GovernanceDates?> DatesAsync(Guid coopId, DateOnly day, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == coopId).InForceAsync(day, ct);
        if (bylaws is null) return null;
        var year = MeetingDeadlines.LastEndedFiscalYear(day, bylaws.FiscalYearEndMonth, bylaws.FiscalYearEndDay);
        var yearEnd = MeetingDeadlines.FiscalYearEnd(year, bylaws.FiscalYearEndMonth, bylaws.FiscalYearEndDay);
        var annual = db.Set<Meeting>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == coopId && m.Kind == MeetingKind.Annual && m.Status != MeetingStatus.Draft);
        var last = await annual.Where(m => m.Date <= day).OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Date }).FirstOrDefaultAsync(ct);
        var next = await annual.Where(m => m.Date > day).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
        var thatYearsAgm = await annual.Where(m => m.FiscalYear == year).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
        var board = new List<BoardSeats>();
        if (last is not null)
        {
            var seated = await db.Set<BoardElection>().IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.CoopId == coopId && e.MeetingId == last.Id)
                .SelectMany(e => e.Candidates.Where(c => c.Elected).Select(c => e.Category)).ToListAsync(ct);
            board = seated.GroupBy(c => c).OrderBy(g => g.Key).Select(g => new BoardSeats((MembershipCategory)g.Key, g.Count())).ToList();
        }
        var agmDeadline = MeetingDeadlines.AgmDeadline(yearEnd);
        var filing = await db.Set<AnnualReportFiling>().IgnoreQueryFilters().AsNoTracking().Where(f => f.CoopId == coopId && f.FiscalYear == year)
            .Select(f => new { f.ApprovedOn, f.SentOn, Attested = f.SecondDirectorId != null }).FirstOrDefaultAsync(ct);
        var inOffice = await db.Set<Governance.Director>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.CoopId == coopId && d.TermStart <= day && day < d.TermEnd && (d.LeftOn == null || day < d.LeftOn))
            .GroupBy(d => d.Category).Select(g => new { Category = g.Key, Seats = g.Count() }).ToListAsync(ct);
        return new GovernanceDates(coopId, yearEnd, agmDeadline, last?.Date, next,
            MeetingDeadlines.AnnualReportDeadline(thatYearsAgm ?? agmDeadline), bylaws.BoardSize,
            board, year, filing?.SentOn, filing?.ApprovedOn, filing?.Attested ?? false,
            inOffice.OrderBy(s => s.Category).Select(s => new BoardSeats((MembershipCategory)s.Category, s.Seats)).ToList());
    }
}
