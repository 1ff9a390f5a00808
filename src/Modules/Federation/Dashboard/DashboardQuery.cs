using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Dashboard;

internal sealed record RegionFigures(RegionDto Region, int Coops, int Members, int Physicians, int Nurses, int OtherProfessionals)
{
    public int Clinicians => Physicians + Nurses + OtherProfessionals;
}

/// <summary>The federation at a glance, from the counts coops declare to the registry (closed coops left out). Counts only, never people.</summary>
internal sealed record FederationDashboard(int Coops, int Members, int Physicians, int Nurses, int OtherProfessionals, int RegionsCovered,
    IReadOnlyList<RegionFigures> ByRegion)
{
    public int Clinicians => Physicians + Nurses + OtherProfessionals;
}

internal static class DashboardQuery
{
    public static async Task<FederationDashboard> ComputeAsync(FederationDbContext db, CancellationToken ct)
    {
        // Federation-wide on purpose: the registry is not coop-owned and these are aggregates.
        var rows = await db.Coops.AsNoTracking().Where(c => c.Status != CoopStatus.Closed)
            .GroupBy(c => c.RegionCode)
            .Select(g => new
            {
                Region = g.Key,
                Coops = g.Count(),
                Members = g.Sum(c => c.DeclaredMembers),
                Physicians = g.Sum(c => c.DeclaredPhysicians),
                Nurses = g.Sum(c => c.DeclaredNurses),
                Others = g.Sum(c => c.DeclaredOtherProfessionals),
            })
            .ToListAsync(ct);
        var byRegion = rows.OrderBy(r => r.Region, StringComparer.Ordinal)
            .Select(r => new RegionFigures(CoopQueries.Region(r.Region), r.Coops, r.Members, r.Physicians, r.Nurses, r.Others)).ToList();
        return new FederationDashboard(byRegion.Sum(r => r.Coops), byRegion.Sum(r => r.Members), byRegion.Sum(r => r.Physicians),
            byRegion.Sum(r => r.Nurses), byRegion.Sum(r => r.OtherProfessionals), byRegion.Count, byRegion);
    }
}
