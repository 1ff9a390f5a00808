using CoopSante.Federation.Contracts;
using CoopSante.Federation.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary>
/// The registry as other modules see it (<see cref="ICoopRegistry"/>) and, for the platform's top bar and admin
/// pages, the coops' names (<see cref="ICoopDirectory"/>, replacing the platform's fallback): one class, one query
/// shape, two ports (ADR 0011).
/// </summary>
internal sealed class CoopRegistry(IDbContextFactory<FederationDbContext> contexts) : ICoopRegistry, ICoopDirectory
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

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> coopIds, CancellationToken ct = default)
    {
        if (coopIds.Count == 0) return new Dictionary<Guid, string>();
        var ids = coopIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Coops.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    public async Task<IReadOnlyList<CoopName>> AllAsync(CancellationToken ct = default) =>
        (await ListAsync(ct)).Select(c => new CoopName(c.Id, c.Name)).ToList();
}
