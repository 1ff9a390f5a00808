using System.Threading.Channels;
using CoopSante.Platform.Data;
using CoopSante.Platform.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Audit;

/// <summary>
/// The single audit writer of the process (ADR 0020): appends that need not be atomic with a business change (every
/// access-log read, sign-ins, verifications) queue here, and one loop writes whatever has queued in one transaction
/// (group commit): each chain's head row is locked and moved once per batch, the rows go in multi-row INSERTs, and every
/// caller's task completes when the batch that holds its rows has committed, or fails with it (nothing of a failed batch
/// is written). A batch holds at most <see cref="MaxRowsPerBatch"/> rows; while one commits, the next one fills.
/// </summary>
internal sealed partial class AuditBatchWriter(Func<DbContext> contexts, DatabaseProvider provider, AuditChain chain, PlatformMetrics metrics,
    ILogger<AuditBatchWriter> logger) : IAsyncDisposable
{
    internal const int MaxRowsPerBatch = 4000;

    internal sealed record Pending(IReadOnlyList<AuditEvent> Rows, TaskCompletionSource Done);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _loop;

    /// <summary>
    /// Queues stamped rows and returns when they are durable. Cancelling stops the wait, not the write: rows already
    /// queued are written with their batch.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<AuditEvent> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return Task.CompletedTask;
        foreach (var row in rows) AuditAppender.CheckFits(row);
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(AuditBatchWriter), "The audit writer has stopped.");
        EnsureStarted();
        return ct.CanBeCanceled ? pending.Done.Task.WaitAsync(ct) : pending.Done.Task;
    }

    private void EnsureStarted()
    {
        if (_loop is not null) return;
        lock (_startLock) _loop ??= Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>();
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            var rows = 0;
            while (rows < MaxRowsPerBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
                rows += next.Rows.Count;
            }
            await FlushAsync(batch);
        }
    }

    /// <summary>Writes one batch in one transaction and completes its callers: all succeed on commit, all fail otherwise.</summary>
    internal async Task FlushAsync(IReadOnlyList<Pending> batch)
    {
        if (batch.Count == 0) return;
        var rows = batch.SelectMany(p => p.Rows).ToList();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(rows);
                    break;
                }
                // A deadlock with an in-transaction writer that locked its chains out of order: nothing was written, and
                // positions and hashes are worked out again from the heads, so the batch is simply tried again.
                catch (System.Data.Common.DbException e) when (e.SqlState is "40P01" or "40001" && attempt < 3)
                {
                    LogRetried(logger, e.SqlState!);
                }
            }
        }
        catch (Exception e)
        {
            LogBatchFailed(logger, batch.Count, rows.Count, e.GetType().Name);
            foreach (var row in rows) { row.ChainSequence = 0; row.Hash = ""; row.PreviousHash = ""; }
            foreach (var p in batch) p.Done.TrySetException(e);
            return;
        }
        metrics.AuditAppended(rows.Count);
        foreach (var p in batch) p.Done.TrySetResult();
    }

    private async Task WriteAsync(List<AuditEvent> rows)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        await using var db = contexts();
        await using var tx = await db.Database.BeginTransactionAsync(); // SQLite: BEGIN IMMEDIATE, the write lock first
        if (!postgres) await AuditTrail.SqliteWriters.WaitAsync();
        try
        {
            await AuditAppender.AppendAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), rows, chain, postgres, CancellationToken.None);
            await tx.CommitAsync();
        }
        finally
        {
            if (!postgres) AuditTrail.SqliteWriters.Release();
        }
    }

    /// <summary>Stops taking appends and writes what has queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        Task? loop;
        lock (_startLock) loop = _loop;
        if (loop is not null) await loop;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An audit batch was rolled back ({SqlState}) and is tried again")]
    private static partial void LogRetried(ILogger logger, string sqlState);

    [LoggerMessage(Level = LogLevel.Error, Message = "An audit batch of {Callers} callers and {Rows} rows failed and was not written ({ExceptionType})")]
    private static partial void LogBatchFailed(ILogger logger, int callers, int rows, string exceptionType);
}
