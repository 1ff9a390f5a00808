using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Library;

/// <summary>Which library documents a coop may see: in force, with a file, and addressed to every coop, to its region or to it.</summary>
internal static class LibraryAddressing
{
    /// <summary>The coop's region; an unknown coop answers not found.</summary>
    public static async Task<string> RegionOfAsync(FederationDbContext db, Guid coopId, CancellationToken ct) =>
        await db.Coops.AsNoTracking().Where(c => c.Id == coopId).Select(c => c.RegionCode).FirstOrDefaultAsync(ct)
        ?? throw new DomainException(PlatformErrors.NotFound);

    public static async Task<IQueryable<LibraryDocument>> AddressedToAsync(FederationDbContext db, Guid coopId, CancellationToken ct)
    {
        var region = await RegionOfAsync(db, coopId, ct);
        return db.LibraryDocuments.AsNoTracking().Where(d => d.WithdrawnAt == null && d.CurrentVersion > 0 && (d.Audience == BulletinAudience.AllCoops
            || d.Targets.Any(t => t.RegionCode == region || t.CoopId == coopId)));
    }
}
