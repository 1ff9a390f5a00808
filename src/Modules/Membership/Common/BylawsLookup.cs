using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Common;

internal static class BylawsLookup
{
    /// <summary>The version in force on <paramref name="day"/>; before the first version, the first one.</summary>
    public static async Task<BylawsVersion?> InForceAsync(this IQueryable<BylawsVersion> bylaws, DateOnly day, CancellationToken ct)
    {
        // One round trip: versions in force first (the latest, then the latest recorded), else the earliest to come.
        return await bylaws.AsNoTracking().Include(b => b.Categories)
            .OrderByDescending(b => b.EffectiveFrom <= day)
            .ThenByDescending(b => b.EffectiveFrom <= day ? b.EffectiveFrom : DateOnly.MinValue)
            .ThenBy(b => b.EffectiveFrom)
            .ThenByDescending(b => b.RecordedAt)
            .FirstOrDefaultAsync(ct);
    }
}
