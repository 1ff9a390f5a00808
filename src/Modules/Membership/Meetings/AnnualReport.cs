using CoopSante.Membership.Shares;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

internal sealed record CategoryCount(MemberCategory Category, int Members);

/// <summary>
/// The deadlines of a fiscal year's AGM and annual report, and the report's membership figures. The AGM date is the
/// AGM scheduled for that fiscal year, if any; until then the report deadline is counted from the AGM deadline.
/// </summary>
internal sealed record AnnualReportFigures(
    int FiscalYear, DateOnly YearStart, DateOnly YearEnd, DateOnly AgmDeadline, DateOnly? AgmDate, DateOnly AnnualReportDeadline,
    IReadOnlyList<CategoryCount> MembersByCategory, int Admissions, int Departures, decimal ShareCapital);

internal static class AnnualReport
{
    private static readonly MemberStatus[] Departed = [MemberStatus.Resigned, MemberStatus.Excluded, MemberStatus.Deceased];

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/annual-report", Get)
            .WithSummary("AGM and annual report deadlines of a fiscal year (default: the last one ended), with members by category at year end, admissions, departures and share capital.");
    }

    public static async Task<Ok<AnnualReportFigures>> Get(MembershipDbContext db, TimeProvider clock, CancellationToken ct, int? fiscalYear = null) =>
        TypedResults.Ok(await FiguresAsync(db, clock, fiscalYear, ct));

    public static async Task<AnnualReportFigures> FiguresAsync(MembershipDbContext db, TimeProvider clock, int? fiscalYear, CancellationToken ct)
    {
        var today = clock.Today();
        var bylaws = await db.Bylaws.InForceAsync(today, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var year = fiscalYear ?? MeetingDeadlines.LastEndedFiscalYear(today, bylaws.FiscalYearEndMonth, bylaws.FiscalYearEndDay);
        if (year < 1950 || year > today.Year + 1) throw new DomainException(MeetingErrors.FiscalYearInvalid.At("fiscalYear"));
        var yearBylaws = await db.Bylaws.InForceAsync(new DateOnly(year, 6, 30), ct) ?? bylaws;
        var end = MeetingDeadlines.FiscalYearEnd(year, yearBylaws.FiscalYearEndMonth, yearBylaws.FiscalYearEndDay);
        var start = MeetingDeadlines.FiscalYearStart(year, yearBylaws.FiscalYearEndMonth, yearBylaws.FiscalYearEndDay);

        var members = await db.Members.AsNoTracking().Where(m => m.AdmittedOn != null && m.AdmittedOn <= end)
            .Select(m => new
            {
                m.Category, m.Status, m.StatusSince,
                StatusThen = db.StatusChanges.Where(s => s.MemberId == m.Id && s.EffectiveOn <= end)
                    .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.RecordedAt).Select(s => (MemberStatus?)s.To).FirstOrDefault(),
            }).ToListAsync(ct);
        var byCategory = members.Where(m => (m.StatusThen ?? (m.StatusSince <= end ? m.Status : MemberStatus.Applicant)) == MemberStatus.Active)
            .GroupBy(m => m.Category).Select(g => new CategoryCount(g.Key, g.Count())).OrderBy(c => c.Category).ToList();
        var admissions = await db.Members.CountAsync(m => m.AdmittedOn >= start && m.AdmittedOn <= end, ct);
        var departures = await db.StatusChanges.CountAsync(s => Departed.Contains(s.To) && s.EffectiveOn >= start && s.EffectiveOn <= end, ct);
        var capital = (await db.ShareTransactions.Where(t => t.OccurredOn <= end).GroupBy(t => t.Kind)
            .Select(g => new { Kind = g.Key, Amount = g.Sum(t => t.Amount) }).ToListAsync(ct)).Sum(s => ShareLedger.PaidSign(s.Kind) * s.Amount);
        // A draft is not a meeting yet (not convened): the governance calendar and its deadline panel ignore drafts too.
        var agm = await db.Set<Meeting>().AsNoTracking().Where(m => m.Kind == MeetingKind.Annual && m.FiscalYear == year && m.Status != MeetingStatus.Draft).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
        var agmDeadline = MeetingDeadlines.AgmDeadline(end);
        return new AnnualReportFigures(year, start, end, agmDeadline, agm, MeetingDeadlines.AnnualReportDeadline(agm ?? agmDeadline),
            byCategory, admissions, departures, capital);
    }
}
