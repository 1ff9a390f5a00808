using CoopSante.Federation.Contracts;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.FederationView;

/// <summary>
/// <see cref="IMemberCounts"/>: active members counted per coop here, regions read from the federation's registry
/// through its contract (Membership never reads Federation's tables). The federation stats endpoint uses it too.
/// </summary>
internal sealed class MemberCounts(MembershipDbContext db, ICoopRegistry registry) : IMemberCounts
{
    public async Task<IReadOnlyList<RegionMemberCount>> ByRegionAsync(CancellationToken ct)
    {
        var perCoop = await ActiveByCoopAsync(ct);
        var regions = (await registry.ListAsync(ct)).ToDictionary(c => c.Id, c => c.RegionCode);
        return perCoop.GroupBy(c => regions.GetValueOrDefault(c.Key, ""))
            .Select(g => new RegionMemberCount(g.Key, g.Count(), g.Sum(c => c.Value)))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, int>> ActiveByCoopAsync(CancellationToken ct) =>
        await db.Members.IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active)
            .GroupBy(m => m.CoopId).Select(g => new { CoopId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.CoopId, x => x.Count, ct);

    /// <summary>The region of each coop the registry knows.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> RegionsAsync(CancellationToken ct) =>
        (await registry.ListAsync(ct)).ToDictionary(c => c.Id, c => c.RegionCode);
}
