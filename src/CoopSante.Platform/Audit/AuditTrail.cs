using System.Data;
using System.Data.Common;
using System.Globalization;
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
    /// <summary>SQLite has no sequences: the head row of this reserved chain numbers the rows of the whole log.</summary>
    internal const string SqliteCounter = "#";

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
                var roles = user.ActiveCoopId is { } active
                    ? string.Join(',', user.RolesIn(active).Concat(user.Grants.Where(g => g.CoopId is null).Select(g => g.Role)))
                    : string.Join(',', user.Grants.Where(g => g.CoopId is null).Select(g => g.Role));
                // Whole milliseconds: what both databases store exactly, so the hash recomputes.
                var utc = clock.GetUtcNow();
                var now = new DateTimeOffset(utc.UtcTicks - utc.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

                // One chain per coop: appends queue on the chain's head row only, so coops write in parallel.
                // Chains are locked in a fixed order, so that two writers touching the same chains cannot deadlock.
                var byChain = entries.GroupBy(e => ChainOf(e.CoopId ?? user.ActiveCoopId)).OrderBy(g => g.Key, StringComparer.Ordinal);
                foreach (var group in byChain)
                {
                    var (last, previous) = await LockHeadAsync(connection, transaction, group.Key, postgres, ct);
                    var rows = new List<AuditEvent>();
                    foreach (var entry in group)
                    {
                        var e = new AuditEvent
                        {
                            Chain = group.Key,
                            ChainSequence = ++last,
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
                        rows.Add(e);
                    }
                    if (!postgres)
                    {
                        var (global, _) = await LockHeadAsync(connection, transaction, SqliteCounter, postgres, ct);
                        foreach (var r in rows) r.Sequence = ++global;
                        await MoveHeadAsync(connection, transaction, SqliteCounter, global, "", postgres, ct);
                    }
                    await InsertAsync(connection, transaction, rows, postgres, ct);
                    await MoveHeadAsync(connection, transaction, group.Key, last, previous, postgres, ct);
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

    internal static string ChainOf(Guid? coopId) => coopId?.ToString("N") ?? "";

    /// <summary>
    /// Locks a chain's head row until the transaction ends and returns its last position and hash. A chain without a
    /// head (a new coop, or the log as it was before chains) gets one from its newest row: positions continue from
    /// the head afterwards, never from the rows, so removed rows are never renumbered.
    /// </summary>
    private static async Task<(long Last, string Hash)> LockHeadAsync(DbConnection connection, DbTransaction transaction, string chainKey, bool postgres, CancellationToken ct)
    {
        var heads = postgres ? "platform.audit_chain_heads" : "audit_chain_heads";
        var events = postgres ? "platform.audit_events" : "audit_events";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using (var read = Command(connection, transaction,
                $"SELECT last_sequence, last_hash FROM {heads} WHERE chain = @chain" + (postgres ? " FOR UPDATE" : "")))
            {
                Add(read, "chain", chainKey);
                await using var reader = await read.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct)) return (reader.GetInt64(0), reader.GetString(1));
            }
            var newest = chainKey == SqliteCounter
                ? $"SELECT sequence AS position, '' AS hash FROM {events} ORDER BY sequence DESC LIMIT 1"
                : $"SELECT CASE WHEN chain_sequence = 0 THEN sequence ELSE chain_sequence END AS position, hash FROM {events} WHERE chain = @chain ORDER BY chain_sequence DESC, sequence DESC LIMIT 1";
            await using var seed = Command(connection, transaction,
                $"INSERT INTO {heads} (chain, last_sequence, last_hash) " +
                $"SELECT @chain, COALESCE((SELECT position FROM ({newest}) n), 0), COALESCE((SELECT hash FROM ({newest}) n), '') " +
                "WHERE 1 = 1 ON CONFLICT (chain) DO NOTHING"); // the WHERE keeps SQLite from reading ON as a join
            Add(seed, "chain", chainKey);
            await seed.ExecuteNonQueryAsync(ct);
        }
        throw new InvalidOperationException($"The head of audit chain '{chainKey}' could not be read.");
    }

    private static async Task MoveHeadAsync(DbConnection connection, DbTransaction transaction, string chainKey, long last, string hash, bool postgres, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction,
            $"UPDATE {(postgres ? "platform.audit_chain_heads" : "audit_chain_heads")} SET last_sequence = @last, last_hash = @hash WHERE chain = @chain");
        Add(cmd, "last", last);
        Add(cmd, "hash", hash);
        Add(cmd, "chain", chainKey);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly string[] Columns =
    [
        "chain", "chain_sequence", "occurred_at", "type", "actor_user_id", "actor_api_key_id", "actor_name", "actor_roles", "coop_id",
        "target_type", "target_id", "patient_id", "purpose", "ip_address", "details", "previous_hash", "hash",
    ];

    /// <summary>All rows of one chain in one multi-row INSERT. PostgreSQL numbers them from its sequence (never reused).</summary>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, List<AuditEvent> rows, bool postgres, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction, "");
        var sql = new System.Text.StringBuilder(postgres ? "INSERT INTO platform.audit_events (sequence, " : "INSERT INTO audit_events (sequence, ");
        sql.Append(string.Join(", ", Columns)).Append(") VALUES ");
        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i];
            if (i > 0) sql.Append(", ");
            sql.Append('(');
            if (postgres) sql.Append("nextval('").Append(AuditChainSql.PostgresSequenceName).Append("')");
            else { sql.Append("@sequence").Append(i); Add(cmd, $"sequence{i}", e.Sequence); }
            object?[] values =
            [
                e.Chain, e.ChainSequence,
                // PostgreSQL stores timestamptz; SQLite the orderable binary form that ProviderConventions sets for EF.
                postgres ? e.OccurredAt : ProviderConventions.ToSqlite(e.OccurredAt),
                (int)e.Type, GuidValue(e.ActorUserId, postgres), GuidValue(e.ActorApiKeyId, postgres), e.ActorName, e.ActorRoles,
                GuidValue(e.CoopId, postgres), e.TargetType, e.TargetId, GuidValue(e.PatientId, postgres), e.Purpose, e.IpAddress, e.Details,
                e.PreviousHash, e.Hash,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"p{i}_{c}");
                sql.Append(", @").Append(name);
                Add(cmd, name, values[c]);
            }
            sql.Append(')');
        }
        cmd.CommandText = sql.ToString();
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
