using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Common;

/// <summary>
/// Per-coop sequences (member numbers, receipts). Call inside the transaction that uses the numbers: the row
/// update locks the counter until commit, so numbers are never given twice, and a rolled-back number is not kept.
/// </summary>
internal static class Counters
{
    /// <summary>Reserves <paramref name="count"/> consecutive numbers and returns the first.</summary>
    public static async Task<int> ReserveAsync(MembershipDbContext db, Guid coopId, string name, int count, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Counters are reserved inside a transaction.");
        var updated = await db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == coopId && c.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + count), ct);
        if (updated == 0)
        {
            db.Counters.Add(new MembershipCounter { CoopId = coopId, Name = name, Value = count });
            return 1;
        }
        var value = await db.Counters.IgnoreQueryFilters().AsNoTracking().Where(c => c.CoopId == coopId && c.Name == name).Select(c => c.Value).SingleAsync(ct);
        return value - count + 1;
    }
}
