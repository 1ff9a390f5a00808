using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Common;

internal static class Transactions
{
    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or nothing.</summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }
}
