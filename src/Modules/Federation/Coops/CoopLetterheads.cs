using CoopSante.Federation.Contracts;
using CoopSante.Federation.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary><see cref="ICoopLetterheads"/>: the registry's name, address and NEQ of a coop.</summary>
internal sealed class CoopLetterheads(IDbContextFactory<FederationDbContext> contexts) : ICoopLetterheads
{
    public async Task<CoopLetterhead?> FindAsync(Guid coopId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Coops.AsNoTracking().Where(c => c.Id == coopId)
            .Select(c => new CoopLetterhead(c.Id, c.Name, c.Address, c.City, c.PostalCode, c.Neq)).FirstOrDefaultAsync(ct);
    }
}
