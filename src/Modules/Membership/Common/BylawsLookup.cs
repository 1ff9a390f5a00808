using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Common;

internal static class BylawsLookup
{
    /// <summary>The version in force on <paramref name="day"/>; before the first version, the first one.</summary>
    public static async Task<BylawsVersion?> InForceAsync(this IQueryable<BylawsVersion> bylaws, DateOnly day, CancellationToken ct)
    {
        var query = bylaws.AsNoTracking().Include(b => b.Categories);
        return await query.Where(b => b.EffectiveFrom <= day).OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.RecordedAt).FirstOrDefaultAsync(ct)
            ?? await query.OrderBy(b => b.EffectiveFrom).FirstOrDefaultAsync(ct);
    }
}
