using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.FederationView;

internal sealed record CategoryCount(Guid CoopId, string? Region, MemberCategory Category, MemberStatus Status, int Members);

internal sealed record MonthlyGrowth(Guid CoopId, int Year, int Month, int Admissions);

internal sealed record ShareCapital(Guid CoopId, int Members, decimal Subscribed, decimal Paid);

internal sealed record MembershipStats(IReadOnlyList<CategoryCount> MembersByCoopAndCategory, IReadOnlyList<MonthlyGrowth> GrowthPerMonth, IReadOnlyList<ShareCapital> ShareCapitalByCoop,
    IReadOnlyList<RegionMemberCount> ActiveMembersByRegion);

/// <summary>The federation sees aggregates of the registers, never a person: counts and sums only.</summary>
internal static class MembershipStatsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/federation/membership/stats", Get).RequireAuthorization(Policies.IsFederationStaff).ProducesSignedInProblems()
            .WithSummary("Members by coop, category and status, admissions per month and share capital by coop: counts and sums only.");
    }

    public static async Task<Ok<MembershipStats>> Get(MembershipDbContext db, MemberCounts counts, CancellationToken ct) => TypedResults.Ok(await CrossCoopAggregatesAsync(db, counts, ct));

    /// <summary>
    /// The one place where the register is read across coops (<c>IgnoreQueryFilters</c>): it selects group keys, counts
    /// and sums, and no column that names a person. Regions come from the coop registry's contract.
    /// </summary>
    public static async Task<MembershipStats> CrossCoopAggregatesAsync(MembershipDbContext db, MemberCounts counts, CancellationToken ct)
    {
        var regions = await counts.RegionsAsync(ct);
        var allCoops = db.Members.IgnoreQueryFilters().AsNoTracking();
        var byCategory = await allCoops.GroupBy(m => new { m.CoopId, m.Category, m.Status })
            .Select(g => new { g.Key.CoopId, g.Key.Category, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var growth = await allCoops.Where(m => m.AdmittedOn != null).GroupBy(m => new { m.CoopId, m.AdmittedOn!.Value.Year, m.AdmittedOn!.Value.Month })
            .Select(g => new { g.Key.CoopId, g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var capital = await allCoops.Where(m => m.MemberNumber != null).GroupBy(m => m.CoopId)
            .Select(g => new { CoopId = g.Key, Count = g.Count(), Subscribed = g.Sum(m => m.SharesSubscribed), Paid = g.Sum(m => m.SharesPaid) }).ToListAsync(ct);
        return new MembershipStats(
            byCategory.OrderBy(x => x.CoopId).ThenBy(x => x.Category).ThenBy(x => x.Status).Select(x => new CategoryCount(x.CoopId, regions.GetValueOrDefault(x.CoopId), x.Category, x.Status, x.Count)).ToList(),
            growth.OrderBy(x => x.CoopId).ThenBy(x => x.Year).ThenBy(x => x.Month).Select(x => new MonthlyGrowth(x.CoopId, x.Year, x.Month, x.Count)).ToList(),
            capital.OrderBy(x => x.CoopId).Select(x => new ShareCapital(x.CoopId, x.Count, x.Subscribed, x.Paid)).ToList(),
            await counts.ByRegionAsync(ct));
    }
}
