using CoopSante.Federation.Data;
using CoopSante.Platform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary>The registry as other modules see it (<see cref="ICoopRegistry"/>).</summary>
internal sealed class CoopRegistry(IDbContextFactory<FederationDbContext> contexts) : ICoopRegistry
{
    public async Task<CoopSummary?> FindAsync(Guid coopId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var c = await db.Coops.AsNoTracking().Where(x => x.Id == coopId).Select(x => new { x.Id, x.Name, x.RegionCode, x.Status }).FirstOrDefaultAsync(ct);
        return c is null ? null : new CoopSummary(c.Id, c.Name, c.RegionCode, c.Status.ToString());
    }

    public async Task<IReadOnlyList<CoopSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Coops.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Id, x.Name, x.RegionCode, x.Status }).ToListAsync(ct);
        return rows.Select(c => new CoopSummary(c.Id, c.Name, c.RegionCode, c.Status.ToString())).ToList();
    }
}
