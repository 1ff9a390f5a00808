using CoopSante.Federation.Contracts;
using CoopSante.Federation.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary><see cref="ICoopLetterheads"/> from the registry: the coop's public identity, never a person's data.</summary>
internal sealed class CoopLetterheads(IDbContextFactory<FederationDbContext> contexts) : ICoopLetterheads
{
    public async Task<CoopLetterhead?> FindAsync(Guid coopId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Coops.AsNoTracking().Where(c => c.Id == coopId)
            .Select(c => new CoopLetterhead(c.Id, c.Name, c.LegalName, c.Address, c.City, c.PostalCode, c.Neq)).FirstOrDefaultAsync(ct);
    }
}
