using System.Data.Common;
using System.Runtime.CompilerServices;
using CoopSante.Platform.Observability;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopSante.Platform.Audit;

/// <summary>
/// Counts the audit rows appended inside a caller's transaction when, and only when, that transaction commits (a
/// rolled-back transaction wrote nothing). Registered on every module context (<see cref="Data.DbRegistration"/>).
/// </summary>
internal sealed class AuditCommitCounter(PlatformMetrics metrics) : DbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbTransaction, StrongBox<int>> Uncommitted = [];

    /// <summary>Notes <paramref name="count"/> rows written in <paramref name="transaction"/>, to be counted on its commit.</summary>
    public static void Pending(DbTransaction transaction, int count)
    {
        var box = Uncommitted.GetOrCreateValue(transaction);
        Interlocked.Add(ref box.Value, count);
    }

    // A provider may hand out the same transaction object again (Npgsql does, per connection): a new transaction starts uncounted,
    // even when the last one was disposed without a commit or a rollback event.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => Fresh(result);

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Fresh(result));

    private static DbTransaction Fresh(DbTransaction transaction)
    {
        Uncommitted.Remove(transaction);
        return transaction;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Count(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Uncommitted.Remove(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Uncommitted.Remove(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Count(DbTransaction transaction)
    {
        if (Uncommitted.TryGetValue(transaction, out var box) && Uncommitted.Remove(transaction)) metrics.AuditAppended(box.Value);
    }
}
