using CoopSante.Federation.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Partnerships;

/// <summary>
/// Which agreements a coop reads (ADR 0042): those it is a party to, and the regional agreements (no coop party) of its
/// region; never a draft, never another coop's agreement. Its documents follow the agreement: a coop that cannot read an
/// agreement cannot learn that its documents exist.
/// </summary>
internal static class AgreementVisibility
{
    public static async Task<IQueryable<Agreement>> VisibleToAsync(FederationDbContext db, Guid coopId, CancellationToken ct)
    {
        var region = await db.Coops.AsNoTracking().Where(c => c.Id == coopId).Select(c => c.RegionCode).FirstOrDefaultAsync(ct);
        return db.Set<Agreement>().AsNoTracking().Where(a => a.Status != AgreementStatus.Draft
            && (a.Coops.Any(c => c.CoopId == coopId) || (region != null && a.RegionCode == region && !a.Coops.Any())));
    }
}
