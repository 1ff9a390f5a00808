using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Bulletins;

/// <summary>Who a bulletin is for: every coop, the coops of some regions (their region today), or chosen coops.</summary>
internal static class BulletinAddressing
{
    /// <summary>The bulletins in force addressed to this coop; an unknown coop answers not found.</summary>
    public static async Task<IQueryable<Bulletin>> AddressedToAsync(FederationDbContext db, Guid coopId, CancellationToken ct)
    {
        var region = await db.Coops.AsNoTracking().Where(c => c.Id == coopId).Select(c => c.RegionCode).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        return db.Bulletins.AsNoTracking().Where(b => b.WithdrawnAt == null && (b.Audience == BulletinAudience.AllCoops
            || b.Targets.Any(t => t.RegionCode == region || t.CoopId == coopId)));
    }

    /// <summary>Does this bulletin go to a coop of this id and region?</summary>
    public static bool Addresses(Bulletin b, Guid coopId, string region) =>
        b.Audience == BulletinAudience.AllCoops || b.Targets.Any(t => t.RegionCode == region || t.CoopId == coopId);

    /// <summary>The active coops (id, name, region), for counting and listing who a bulletin reaches.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name, string Region)>> ActiveCoopsAsync(FederationDbContext db, CancellationToken ct) =>
        (await db.Coops.AsNoTracking().Where(c => c.Status == CoopStatus.Active).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.RegionCode }).ToListAsync(ct))
        .Select(c => (c.Id, c.Name, c.RegionCode)).ToList();
}
