using System.Text.Json;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoopSante.Platform.Audit;

/// <summary>Writes audit rows. Later modules log health-information access through the same service.</summary>
public interface IAuditTrail
{
    /// <summary>
    /// Appends entries on <paramref name="db"/>'s connection and inside its current transaction, so that the
    /// business change and its audit rows commit together. Starts and commits a transaction when there is none.
    /// </summary>
    Task WriteAsync(DbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default);
}

internal sealed class AuditTrail(ICurrentUser user, AuditChain chain, TimeProvider clock, DatabaseOptions dbOptions, AuditBatchWriter writer) : IAuditTrail
{
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);
    /// <summary>SQLite has no sequences: the head row of this reserved chain numbers the rows of the whole log.</summary>
    internal const string SqliteCounter = "#";

    public async Task WriteAsync(DbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return;
        var rows = Stamp(entries);
        // Nothing to be atomic with: the entries join the next batch of the single writer, and this call returns once it is durable.
        if (db.Database.CurrentTransaction is null) { await writer.AppendAsync(rows, ct); return; }

        var postgres = dbOptions.Provider == DatabaseProvider.Postgres;
        // SQLite: the caller's transaction (BEGIN IMMEDIATE) already holds the write lock; the gate keeps this process's own
        // writers in line behind it, in the same order as the batching writer (write lock, then gate), so neither waits on the other.
        if (!postgres) await SqliteGate.WaitAsync(ct);
        try
        {
            var transaction = db.Database.CurrentTransaction.GetDbTransaction();
            await AuditAppender.AppendAsync(db.Database.GetDbConnection(), transaction, rows, chain, postgres, ct);
            // Counted when the caller's transaction commits (AuditCommitCounter), never when it rolls back.
            AuditCommitCounter.Pending(transaction, rows.Count);
        }
        finally
        {
            if (!postgres) SqliteGate.Release();
        }
    }

    /// <summary>Held by the batching writer on SQLite, after its transaction has taken the write lock.</summary>
    internal static SemaphoreSlim SqliteWriters => SqliteGate;

    /// <summary>The rows for <paramref name="entries"/>: who, when, which chain; positions and hashes come when they are appended.</summary>
    internal List<AuditEvent> Stamp(IReadOnlyCollection<AuditEntry> entries)
    {
        var roles = user.ActiveCoopId is { } active
            ? string.Join(',', user.RolesIn(active).Concat(user.Grants.Where(g => g.CoopId is null).Select(g => g.Role)))
            : string.Join(',', user.Grants.Where(g => g.CoopId is null).Select(g => g.Role));
        // Whole milliseconds: what both databases store exactly, so the hash recomputes.
        var utc = clock.GetUtcNow();
        var now = new DateTimeOffset(utc.UtcTicks - utc.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var rows = new List<AuditEvent>(entries.Count);
        foreach (var entry in entries)
        {
            var coop = entry.CoopId ?? user.ActiveCoopId;
            var e = new AuditEvent
            {
                Chain = ChainOf(coop),
                OccurredAt = now,
                Type = entry.Type,
                ActorUserId = user.UserId,
                ActorApiKeyId = user.ApiKeyId,
                ActorName = user.DisplayName,
                ActorRoles = roles.Length == 0 ? null : roles,
                CoopId = coop,
                TargetType = entry.TargetType,
                TargetId = entry.TargetId,
                PatientId = entry.PatientId,
                Purpose = entry.Purpose,
                IpAddress = user.IpAddress,
                Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, JsonOptions),
            };
            AuditAppender.CheckFits(e);
            rows.Add(e);
        }
        return rows;
    }

    internal static string ChainOf(Guid? coopId) => coopId?.ToString("N") ?? "";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

public static class AuditTrailExtensions
{
    /// <summary>Saves the context's changes and appends the audit entries in one transaction.</summary>
    public static async Task SaveChangesAndAuditAsync(this DbContext db, IAuditTrail audit, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default)
    {
        var own = db.Database.CurrentTransaction is null;
        await using var tx = own ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(db, entries, ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    public static Task SaveChangesAndAuditAsync(this DbContext db, IAuditTrail audit, AuditEntry entry, CancellationToken ct = default) =>
        db.SaveChangesAndAuditAsync(audit, [entry], ct);
}
