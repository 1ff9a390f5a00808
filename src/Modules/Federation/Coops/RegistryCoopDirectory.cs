using CoopSante.Federation.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary>Coop names for the platform's top bar and admin pages, from the registry (replaces the platform's fallback).</summary>
internal sealed class RegistryCoopDirectory(IDbContextFactory<FederationDbContext> contexts) : ICoopDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> coopIds, CancellationToken ct = default)
    {
        if (coopIds.Count == 0) return new Dictionary<Guid, string>();
        var ids = coopIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Coops.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    public async Task<IReadOnlyList<CoopName>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Coops.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return rows.Select(r => new CoopName(r.Id, r.Name)).ToList();
    }
}
