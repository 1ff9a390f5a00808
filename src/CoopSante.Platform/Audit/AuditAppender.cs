using System.Data.Common;
using System.Globalization;
using System.Text;
using CoopSante.Platform.Data;

namespace CoopSante.Platform.Audit;

/// <summary>
/// Links stamped rows into their chains and writes them on a connection inside a transaction that the caller commits:
/// the in-transaction path (<see cref="AuditTrail"/>) and the batching writer (<see cref="AuditBatchWriter"/>) share it.
/// A constant number of round trips whatever the number of rows and chains: the heads of every chain touched are
/// locked by one SELECT (in chain order, so that two writers cannot deadlock), the rows go in multi-row INSERTs and the
/// heads move forward in one UPDATE.
/// </summary>
internal static class AuditAppender
{
    /// <summary>Rows per INSERT: 18 parameters a row stays far below both databases' parameter limits.</summary>
    internal const int RowsPerInsert = 1000;

    /// <summary>The longest value each stored text column takes (PlatformDbContext); longer values are refused before they reach a batch.</summary>
    internal const int MaxName = 200, MaxTarget = 100, MaxPurpose = 1000, MaxIp = 64;

    /// <param name="rows">Stamped rows (<see cref="AuditEvent.Chain"/> set); positions, hashes and (on SQLite) sequences are filled in here.</param>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEvent> rows, AuditChain chain, bool postgres, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var keys = rows.Select(r => r.Chain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!postgres) keys.Add(AuditTrail.SqliteCounter);
        var heads = await LockHeadsAsync(connection, transaction, keys, postgres, ct);
        foreach (var row in rows)
        {
            var (last, previous) = heads[row.Chain];
            row.ChainSequence = last + 1;
            row.PreviousHash = previous;
            row.Hash = chain.Compute(row);
            heads[row.Chain] = (row.ChainSequence, row.Hash);
        }
        if (!postgres)
        {
            var global = heads[AuditTrail.SqliteCounter].Last;
            foreach (var r in rows) r.Sequence = ++global;
            heads[AuditTrail.SqliteCounter] = (global, "");
        }
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows.Count - start);
            // PostgreSQL: the last INSERT and the heads' UPDATE go in one command (one round trip).
            await InsertAsync(connection, transaction, rows, start, count, postgres, postgres && start + count == rows.Count ? heads : null, ct);
        }
        if (!postgres) await MoveHeadsAsync(connection, transaction, heads, ct);
    }

    /// <summary>
    /// Locks the heads of <paramref name="keys"/> until the transaction ends and returns their last position and hash. A
    /// chain without a head (a new coop, or the log as it was before chains) gets one from its newest row: positions
    /// continue from the head afterwards, never from the rows, so removed rows are never renumbered.
    /// </summary>
    private static async Task<Dictionary<string, (long Last, string Hash)>> LockHeadsAsync(DbConnection connection, DbTransaction transaction,
        List<string> keys, bool postgres, CancellationToken ct)
    {
        var result = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var missing = keys.Where(k => !result.ContainsKey(k)).ToList();
            if (missing.Count == 0) return result;
            await using (var read = Command(connection, transaction, ""))
            {
                if (postgres)
                {
                    read.CommandText = "SELECT chain, last_sequence, last_hash FROM platform.audit_chain_heads WHERE chain = ANY(@chains) ORDER BY chain FOR UPDATE";
                    Add(read, "chains", missing.ToArray());
                }
                else
                {
                    read.CommandText = "SELECT chain, last_sequence, last_hash FROM audit_chain_heads WHERE chain IN (" +
                        string.Join(", ", missing.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@c{i}"))) + ")";
                    for (var i = 0; i < missing.Count; i++) Add(read, string.Create(CultureInfo.InvariantCulture, $"c{i}"), missing[i]);
                }
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            }
            foreach (var key in keys.Where(k => !result.ContainsKey(k))) await SeedHeadAsync(connection, transaction, key, postgres, ct);
        }
        if (keys.FirstOrDefault(k => !result.ContainsKey(k)) is { } lost)
            throw new InvalidOperationException($"The head of audit chain '{lost}' could not be read.");
        return result;
    }

    private static async Task SeedHeadAsync(DbConnection connection, DbTransaction transaction, string chainKey, bool postgres, CancellationToken ct)
    {
        var heads = postgres ? "platform.audit_chain_heads" : "audit_chain_heads";
        var events = postgres ? "platform.audit_events" : "audit_events";
        var newest = chainKey == AuditTrail.SqliteCounter
            ? $"SELECT sequence AS position, '' AS hash FROM {events} ORDER BY sequence DESC LIMIT 1"
            : $"SELECT CASE WHEN chain_sequence = 0 THEN sequence ELSE chain_sequence END AS position, hash FROM {events} WHERE chain = @chain ORDER BY chain_sequence DESC, sequence DESC LIMIT 1";
        await using var seed = Command(connection, transaction,
            $"INSERT INTO {heads} (chain, last_sequence, last_hash) " +
            $"SELECT @chain, COALESCE((SELECT position FROM ({newest}) n), 0), COALESCE((SELECT hash FROM ({newest}) n), '') " +
            "WHERE 1 = 1 ON CONFLICT (chain) DO NOTHING"); // the WHERE keeps SQLite from reading ON as a join
        Add(seed, "chain", chainKey);
        await seed.ExecuteNonQueryAsync(ct);
    }

    private const string PostgresMoveHeads =
        "UPDATE platform.audit_chain_heads h SET last_sequence = v.last, last_hash = v.hash " +
        "FROM unnest(@chains, @lasts, @hashes) AS v(chain, last, hash) WHERE h.chain = v.chain AND h.last_sequence <> v.last";

    private static void AddHeads(DbCommand cmd, Dictionary<string, (long Last, string Hash)> heads)
    {
        Add(cmd, "chains", heads.Keys.ToArray());
        Add(cmd, "lasts", heads.Values.Select(h => h.Last).ToArray());
        Add(cmd, "hashes", heads.Values.Select(h => h.Hash).ToArray());
    }

    private static async Task MoveHeadsAsync(DbConnection connection, DbTransaction transaction, Dictionary<string, (long Last, string Hash)> heads, CancellationToken ct)
    {
        foreach (var (key, (last, hash)) in heads)
        {
            await using var cmd = Command(connection, transaction, "UPDATE audit_chain_heads SET last_sequence = @last, last_hash = @hash WHERE chain = @chain AND last_sequence <> @last");
            Add(cmd, "last", last);
            Add(cmd, "hash", hash);
            Add(cmd, "chain", key);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static readonly string[] Columns =
    [
        "chain", "chain_sequence", "occurred_at", "type", "actor_user_id", "actor_api_key_id", "actor_name", "actor_roles", "coop_id",
        "target_type", "target_id", "patient_id", "purpose", "ip_address", "details", "previous_hash", "hash",
    ];

    /// <summary>Rows [start, start+count) in one multi-row INSERT. PostgreSQL numbers them from its sequence (never reused).</summary>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEvent> rows, int start, int count, bool postgres,
        Dictionary<string, (long Last, string Hash)>? thenMoveHeads, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction, "");
        var sql = new StringBuilder(postgres ? "INSERT INTO platform.audit_events (sequence, " : "INSERT INTO audit_events (sequence, ");
        sql.Append(string.Join(", ", Columns)).Append(") VALUES ");
        for (var i = 0; i < count; i++)
        {
            var e = rows[start + i];
            if (i > 0) sql.Append(", ");
            sql.Append('(');
            if (postgres) sql.Append("nextval('").Append(AuditChainSql.PostgresSequenceName).Append("')");
            else { sql.Append("@sequence").Append(i); Add(cmd, string.Create(CultureInfo.InvariantCulture, $"sequence{i}"), e.Sequence); }
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
        if (thenMoveHeads is not null)
        {
            sql.Append("; ").Append(PostgresMoveHeads);
            AddHeads(cmd, thenMoveHeads);
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

    /// <summary>Refuses a row that the database would refuse, before it can sink a batch that holds other callers' rows.</summary>
    public static void CheckFits(AuditEvent e)
    {
        static void Fits(string? value, int max, string field)
        {
            if (value is not null && value.Length > max)
                throw new ArgumentException($"The audit field {field} holds {value.Length} characters; at most {max} are stored.", field);
        }
        Fits(e.ActorName, MaxName, nameof(e.ActorName));
        Fits(e.ActorRoles, MaxName, nameof(e.ActorRoles));
        Fits(e.TargetType, MaxTarget, nameof(e.TargetType));
        Fits(e.TargetId, MaxTarget, nameof(e.TargetId));
        Fits(e.Purpose, MaxPurpose, nameof(e.Purpose));
        Fits(e.IpAddress, MaxIp, nameof(e.IpAddress));
    }
}
