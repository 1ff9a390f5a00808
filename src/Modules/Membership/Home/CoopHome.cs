using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Home;

/// <summary>What a coop manager's day starts with: members, applications waiting for the board, the next meeting, the law's deadlines, shares and contributions still owed.</summary>
internal sealed record CoopHome(int ActiveMembers, int PendingApplications, NextMeeting? Meeting, Deadline? Agm, Deadline? AnnualReport, int MembersOwing, decimal AmountOwed);

internal sealed record NextMeeting(Guid Id, MeetingKind Kind, MeetingStatus Status, DateOnly Date, TimeOnly StartTime, string Place);

/// <summary>A legal deadline: <see cref="MetOn"/> when done, else overdue when <see cref="Due"/> has passed.</summary>
internal sealed record Deadline(DateOnly Due, DateOnly? MetOn)
{
    public bool IsOverdue(DateOnly today) => MetOn is null && Due < today;
}

internal static class CoopHomeQuery
{
    /// <summary>Reads the active coop's figures (the context's query filters scope every read to it).</summary>
    public static async Task<CoopHome> ReadAsync(MembershipDbContext db, Guid coopId, DateOnly today, CancellationToken ct)
    {
        var active = await db.Members.CountAsync(m => m.Status == MemberStatus.Active, ct);
        var pending = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Pending, ct);
        var meeting = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Date >= today && (m.Status == MeetingStatus.Draft || m.Status == MeetingStatus.Convened))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new NextMeeting(m.Id, m.Kind, m.Status, m.Date, m.StartTime, m.Place)).FirstOrDefaultAsync(ct);
        // Unpaid shares and annual contributions, counted as the amounts-owed list counts them; never tied to care.
        var (membersOwing, amountOwed) = await Shares.AmountsOwed.TotalsAsync(db, ct);
        var calendar = await new GovernanceCalendar(db).DatesAsync(coopId, today, ct);
        Deadline? agm = null, report = null;
        if (calendar is not null)
        {
            var held = calendar.LastAgm is { } last && last > calendar.LastFiscalYearEnd ? last : (DateOnly?)null;
            agm = new Deadline(calendar.AgmDeadline, held);
            report = new Deadline(calendar.AnnualReportDeadline, calendar.AnnualReportSentOn); // a report sent is met, never overdue
        }
        return new CoopHome(active, pending, meeting, agm, report, membersOwing, amountOwed);
    }
}
