using System.Data;
using System.Data.Common;
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

internal sealed class AuditTrail(ICurrentUser user, AuditChain chain, TimeProvider clock, DatabaseOptions dbOptions, Observability.PlatformMetrics metrics) : IAuditTrail
{
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);
    private const long AdvisoryLockKey = 0x436F6F7041756474; // "CoopAudt"

    public async Task WriteAsync(DbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return;
        var ownTransaction = db.Database.CurrentTransaction is null;
        var postgres = dbOptions.Provider == DatabaseProvider.Postgres;
        if (!postgres) await SqliteGate.WaitAsync(ct);
        try
        {
            IDbContextTransaction? tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                var connection = db.Database.GetDbConnection();
                var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                var table = postgres ? "platform.audit_events" : "audit_events";
                if (postgres) await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);

                long last = 0;
                var previous = AuditChain.Genesis;
                await using (var read = Command(connection, transaction, $"SELECT sequence, hash FROM {table} ORDER BY sequence DESC LIMIT 1"))
                await using (var reader = await read.ExecuteReaderAsync(ct))
                {
                    if (await reader.ReadAsync(ct)) { last = reader.GetInt64(0); previous = reader.GetString(1); }
                }

                var roles = user.ActiveCoopId is { } active
                    ? string.Join(',', user.RolesIn(active).Concat(user.Grants.Where(g => g.CoopId is null).Select(g => g.Role)))
                    : string.Join(',', user.Grants.Where(g => g.CoopId is null).Select(g => g.Role));
                // Whole milliseconds: what both databases store exactly, so the hash recomputes.
                var utc = clock.GetUtcNow();
                var now = new DateTimeOffset(utc.UtcTicks - utc.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
                foreach (var entry in entries)
                {
                    var e = new AuditEvent
                    {
                        Sequence = ++last,
                        OccurredAt = now,
                        Type = entry.Type,
                        ActorUserId = user.UserId,
                        ActorApiKeyId = user.ApiKeyId,
                        ActorName = user.DisplayName,
                        ActorRoles = roles.Length == 0 ? null : roles,
                        CoopId = entry.CoopId ?? user.ActiveCoopId,
                        TargetType = entry.TargetType,
                        TargetId = entry.TargetId,
                        PatientId = entry.PatientId,
                        Purpose = entry.Purpose,
                        IpAddress = user.IpAddress,
                        Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, JsonOptions),
                        PreviousHash = previous,
                    };
                    e.Hash = chain.Compute(e);
                    previous = e.Hash;
                    await InsertAsync(connection, transaction, table, e, postgres, ct);
                }
                if (tx is not null) await tx.CommitAsync(ct);
                metrics.AuditAppended(entries.Count);
            }
            finally
            {
                if (tx is not null) await tx.DisposeAsync();
            }
        }
        finally
        {
            if (!postgres) SqliteGate.Release();
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, AuditEvent e, bool postgres, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction,
            $"INSERT INTO {table} (sequence, occurred_at, type, actor_user_id, actor_api_key_id, actor_name, actor_roles, coop_id, target_type, target_id, patient_id, purpose, ip_address, details, previous_hash, hash) " +
            "VALUES (@sequence, @occurred_at, @type, @actor_user_id, @actor_api_key_id, @actor_name, @actor_roles, @coop_id, @target_type, @target_id, @patient_id, @purpose, @ip_address, @details, @previous_hash, @hash)");
        Add(cmd, "sequence", e.Sequence);
        // PostgreSQL stores timestamptz; SQLite the orderable binary form that ProviderConventions sets for EF.
        Add(cmd, "occurred_at", postgres ? e.OccurredAt : ProviderConventions.ToSqlite(e.OccurredAt));
        Add(cmd, "type", (int)e.Type);
        Add(cmd, "actor_user_id", GuidValue(e.ActorUserId, postgres));
        Add(cmd, "actor_api_key_id", GuidValue(e.ActorApiKeyId, postgres));
        Add(cmd, "actor_name", e.ActorName);
        Add(cmd, "actor_roles", e.ActorRoles);
        Add(cmd, "coop_id", GuidValue(e.CoopId, postgres));
        Add(cmd, "target_type", e.TargetType);
        Add(cmd, "target_id", e.TargetId);
        Add(cmd, "patient_id", GuidValue(e.PatientId, postgres));
        Add(cmd, "purpose", e.Purpose);
        Add(cmd, "ip_address", e.IpAddress);
        Add(cmd, "details", e.Details);
        Add(cmd, "previous_hash", e.PreviousHash);
        Add(cmd, "hash", e.Hash);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // EF's SQLite provider stores Guids as upper-case text; match it so EF reads these rows back.
    private static object? GuidValue(Guid? g, bool postgres) => g is null ? null : postgres ? g.Value : g.Value.ToString().ToUpperInvariant();

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return cmd;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction, sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
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
