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
internal sealed record CoopTelemedicineStats(Guid CoopId, string CoopName, int ActiveMembers, int Households, int People, decimal EnrolmentRate, int NewThisMonth, int CancelledThisMonth);

internal sealed record MonthFigures(string Month, int New, int Cancelled);

internal sealed record TelemedicineStatsDto(IReadOnlyList<CoopTelemedicineStats> Coops, int Households, int People, decimal EnrolmentRate, IReadOnlyList<MonthFigures> Months);

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
        var starts = await enrolments.Where(e => e.CoverageStart >= first).Select(e => new { e.CoopId, e.CoverageStart }).ToListAsync(ct);
        var ends = await enrolments.Where(e => e.Status != EnrolmentStatus.Active && e.CoverageEnd >= first.AddDays(-1)).Select(e => new { e.CoopId, End = e.CoverageEnd!.Value }).ToListAsync(ct);
        var participating = await db.ParticipatingCoops.AsNoTracking().Select(p => p.CoopId).Distinct().ToListAsync(ct);
        var coopIds = participating.Union(households.Keys).Where(c => coopId is null || c == coopId).ToList();
        var names = (await registry.ListAsync(ct)).ToDictionary(c => c.Id, c => c.Name);
        var active = await members.ActiveByCoopAsync(ct);
        var rows = coopIds.Select(c =>
        {
            var h = households.GetValueOrDefault(c);
            var m = active.GetValueOrDefault(c);
            return new CoopTelemedicineStats(c, names.GetValueOrDefault(c, ""), m, h, covered.GetValueOrDefault(c), Rate(h, m),
                starts.Count(s => s.CoopId == c && s.CoverageStart >= monthStart && s.CoverageStart <= today),
                ends.Count(e => e.CoopId == c && SameMonth(e.End.AddDays(1), today)));
        }).OrderBy(r => r.CoopName, StringComparer.CurrentCulture).ToList();
        var months = Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(m => new MonthFigures(
            m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            starts.Count(s => SameMonth(s.CoverageStart, m)),
            // A coverage that ends on the last day of a month is counted in the month that follows, the first one not covered.
            ends.Count(e => SameMonth(e.End.AddDays(1), m)))).ToList();
        var totalHouseholds = rows.Sum(r => r.Households);
        return new TelemedicineStatsDto(rows, totalHouseholds, rows.Sum(r => r.People), Rate(totalHouseholds, rows.Sum(r => r.ActiveMembers)), months);
    }

    private static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    /// <summary>Enrolled households per 100 active members, one decimal.</summary>
    public static decimal Rate(int households, int members) => members == 0 ? 0 : decimal.Round(100m * households / members, 1);
}
