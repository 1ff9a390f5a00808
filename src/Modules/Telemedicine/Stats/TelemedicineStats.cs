using CoopSante.Federation.Contracts;
using CoopSante.Membership.Contracts;
using CoopSante.Platform.Security;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Stats;

/// <summary>One coop's figures: counts only, never a person.</summary>
/// <remarks><see cref="MonthlyRevenue"/> is what the current month's invoices bill; <see cref="FailureRate"/> is returned debits per 100 invoices over the 12 months.</remarks>
internal sealed record CoopTelemedicineStats(Guid CoopId, string CoopName, int ActiveMembers, int Households, int People, decimal EnrolmentRate, int NewThisMonth, int CancelledThisMonth,
    decimal MonthlyRevenue = 0, decimal FailureRate = 0);

/// <summary>A month's counts: coverages started and ended, invoices issued, their amount (the recurring revenue) and how many debits came back.</summary>
internal sealed record MonthFigures(string Month, int New, int Cancelled, int Invoices = 0, decimal Revenue = 0, int Failed = 0, decimal FailureRate = 0);

internal sealed record TelemedicineStatsDto(IReadOnlyList<CoopTelemedicineStats> Coops, int Households, int People, decimal EnrolmentRate, IReadOnlyList<MonthFigures> Months,
    decimal MonthlyRevenue = 0, decimal FailureRate = 0);

/// <summary>
/// Enrolment rate per coop, households and people covered, new and cancelled per month. The federation sees every
/// participating coop's counts; a coop's staff see their own coop. Billing adds revenue and failure rate.
/// </summary>
internal static class TelemedicineStats
{
    public const int Months = 12;

    public static void Map(RouteGroupBuilder api, RouteGroupBuilder coop)
    {
        api.MapGet("/stats", Federation).RequireAuthorization(Policies.IsFederationStaff).WithSummary("Every participating coop's counts (aggregates only).");
        coop.MapGet("/stats", OfCoop).RequireAuthorization(TelemedicinePolicies.CanManageEnrolments).WithSummary("The coop's counts.");
    }

    private static async Task<Ok<TelemedicineStatsDto>> Federation(TelemedicineDbContext db, ICoopRegistry coops, IMemberCounts members, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ComputeAsync(db, coops, members, clock.Today(), null, ct));

    private static async Task<Ok<TelemedicineStatsDto>> OfCoop(Guid coopId, TelemedicineDbContext db, ICoopRegistry coops, IMemberCounts members, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ComputeAsync(db, coops, members, clock.Today(), coopId, ct));

    /// <summary>The figures on <paramref name="today"/>, for one coop or (null) every coop that takes or took part.</summary>
    public static async Task<TelemedicineStatsDto> ComputeAsync(TelemedicineDbContext db, ICoopRegistry registry, IMemberCounts members, DateOnly today, Guid? coopId, CancellationToken ct)
    {
        // Crosses coops on purpose: counts per coop, no person leaves this method.
        var enrolments = db.Enrolments.IgnoreQueryFilters().AsNoTracking();
        var people = db.CoveredPeople.IgnoreQueryFilters().AsNoTracking();
        if (coopId is { } only)
        {
            enrolments = enrolments.Where(e => e.CoopId == only);
            people = people.Where(p => p.CoopId == only);
        }
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var covering = enrolments.Where(e => e.CoverageStart <= today && (e.CoverageEnd == null || e.CoverageEnd >= today));
        var households = await covering.GroupBy(e => e.CoopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var covered = await people.Where(p => p.CoverageStart <= today && (p.CoverageEnd == null || p.CoverageEnd >= today))
            .GroupBy(p => p.CoopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var first = monthStart.AddMonths(-(Months - 1));
        // Grouped in the database: one row per coop and day (starts, ends) or coop and month (invoices), never one per enrolment.
        var starts = await enrolments.Where(e => e.CoverageStart >= first).GroupBy(e => new { e.CoopId, e.CoverageStart })
            .Select(g => new { g.Key.CoopId, g.Key.CoverageStart, Count = g.Count() }).ToListAsync(ct);
        var ends = await enrolments.Where(e => e.Status != EnrolmentStatus.Active && e.CoverageEnd >= first.AddDays(-1)).GroupBy(e => new { e.CoopId, e.CoverageEnd })
            .Select(g => new { g.Key.CoopId, End = g.Key.CoverageEnd!.Value, Count = g.Count() }).ToListAsync(ct);
        var billed = db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(i => i.Period >= first && i.Period <= monthStart);
        if (coopId is { } billedCoop) billed = billed.Where(i => i.CoopId == billedCoop);
        // A debit that came back counts as a failure even when the member paid at the counter afterwards.
        var invoices = await billed.GroupBy(i => new { i.CoopId, i.Period })
            .Select(g => new InvoiceCounts(g.Key.CoopId, g.Key.Period, g.Count(), g.Sum(i => i.Amount), g.Count(i => i.FailedAt != null))).ToListAsync(ct);
        var participating = await db.ParticipatingCoops.AsNoTracking().Select(p => p.CoopId).Distinct().ToListAsync(ct);
        var coopIds = participating.Union(households.Keys).Where(c => coopId is null || c == coopId).ToList();
        var names = (await registry.ListAsync(ct)).ToDictionary(c => c.Id, c => c.Name);
        var active = await members.ActiveByCoopAsync(ct);
        var rows = coopIds.Select(c =>
        {
            var h = households.GetValueOrDefault(c);
            var m = active.GetValueOrDefault(c);
            var mine = invoices.Where(i => i.CoopId == c).ToList();
            return new CoopTelemedicineStats(c, names.GetValueOrDefault(c, ""), m, h, covered.GetValueOrDefault(c), Rate(h, m),
                starts.Where(s => s.CoopId == c && s.CoverageStart >= monthStart && s.CoverageStart <= today).Sum(s => s.Count),
                ends.Where(e => e.CoopId == c && SameMonth(e.End.AddDays(1), today)).Sum(e => e.Count),
                mine.Where(i => i.Period == monthStart).Sum(i => i.Amount), FailureRate(mine.Sum(i => i.Failed), mine.Sum(i => i.Count)));
        }).OrderBy(r => r.CoopName, StringComparer.CurrentCulture).ToList();
        var shown = coopIds.ToHashSet();
        var months = Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(m =>
        {
            var month = invoices.Where(i => i.Period == m && shown.Contains(i.CoopId)).ToList();
            var count = month.Sum(i => i.Count);
            var failed = month.Sum(i => i.Failed);
            return new MonthFigures(
                m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                starts.Where(s => SameMonth(s.CoverageStart, m)).Sum(s => s.Count),
                // A coverage that ends on the last day of a month is counted in the month that follows, the first one not covered.
                ends.Where(e => SameMonth(e.End.AddDays(1), m)).Sum(e => e.Count),
                count, month.Sum(i => i.Amount), failed, FailureRate(failed, count));
        }).ToList();
        var totalHouseholds = rows.Sum(r => r.Households);
        return new TelemedicineStatsDto(rows, totalHouseholds, rows.Sum(r => r.People), Rate(totalHouseholds, rows.Sum(r => r.ActiveMembers)), months,
            rows.Sum(r => r.MonthlyRevenue), FailureRate(months.Sum(m => m.Failed), months.Sum(m => m.Invoices)));
    }

    private sealed record InvoiceCounts(Guid CoopId, DateOnly Period, int Count, decimal Amount, int Failed);

    /// <summary>Returned debits per 100 invoices, one decimal.</summary>
    public static decimal FailureRate(int failed, int invoices) => invoices == 0 ? 0 : decimal.Round(100m * failed / invoices, 1);

    private static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    /// <summary>Enrolled households per 100 active members, one decimal.</summary>
    public static decimal Rate(int households, int members) => members == 0 ? 0 : decimal.Round(100m * households / members, 1);
}
