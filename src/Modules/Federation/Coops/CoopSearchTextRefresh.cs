using CoopSante.Federation.Data;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Coops;

/// <summary>
/// Data migration, run at start-up after the module's schema migrations: recomputes each coop's stored search text
/// with the platform's normalizer where it differs. The directory used its own normalizer until ADR 0017 (apostrophes
/// split words: "l estrie"; now they join: "lestrie"). The registry holds hundreds of rows, so the check is cheap
/// and stays correct through any later change of the normal form.
/// </summary>
internal sealed class CoopSearchTextRefresh : IModuleDatabase
{
    public string Module => FederationDbContext.Module;

    public Type ContextType => typeof(FederationDbContext);

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken ct)
    {
        await using var db = await scopedServices.GetRequiredService<IDbContextFactory<FederationDbContext>>().CreateDbContextAsync(ct);
        var coops = await db.Coops.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.LegalName, c.City, c.SearchText }).ToListAsync(ct);
        foreach (var c in coops)
        {
            var fresh = Coop.SearchTextOf(c.Name, c.LegalName, c.City);
            if (!string.Equals(fresh, c.SearchText, StringComparison.Ordinal))
                await db.Coops.IgnoreQueryFilters().Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchText, fresh), ct);
        }
    }
}
