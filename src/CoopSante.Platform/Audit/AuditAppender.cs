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
        if (postgres)
        {
            await InsertPostgresAsync(connection, transaction, rows, heads, ct);
            return;
        }
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
            await InsertAsync(connection, transaction, rows, start, Math.Min(RowsPerInsert, rows.Count - start), ct);
        await MoveHeadsAsync(connection, transaction, heads, ct);
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

    /// <summary>
    /// PostgreSQL: every row of the batch in one INSERT from column arrays, and the heads' UPDATE, in one command (one
    /// round trip). The text never changes with the number of rows, so the server parses and plans it once per
    /// connection (auto-prepare) rather than once per batch; rows are numbered from the sequence (never reused) in
    /// the batch's order.
    /// </summary>
    private static async Task InsertPostgresAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEvent> rows,
        Dictionary<string, (long Last, string Hash)> heads, CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction, PostgresInsert);
        Add(cmd, "chain", rows.Select(e => e.Chain).ToArray());
        Add(cmd, "chain_sequence", rows.Select(e => e.ChainSequence).ToArray());
        Add(cmd, "occurred_at", rows.Select(e => e.OccurredAt).ToArray());
        Add(cmd, "type", rows.Select(e => (int)e.Type).ToArray());
        Add(cmd, "actor_user_id", rows.Select(e => e.ActorUserId).ToArray());
        Add(cmd, "actor_api_key_id", rows.Select(e => e.ActorApiKeyId).ToArray());
        Add(cmd, "actor_name", rows.Select(e => e.ActorName).ToArray());
        Add(cmd, "actor_roles", rows.Select(e => e.ActorRoles).ToArray());
        Add(cmd, "coop_id", rows.Select(e => e.CoopId).ToArray());
        Add(cmd, "target_type", rows.Select(e => e.TargetType).ToArray());
        Add(cmd, "target_id", rows.Select(e => e.TargetId).ToArray());
        Add(cmd, "patient_id", rows.Select(e => e.PatientId).ToArray());
        Add(cmd, "purpose", rows.Select(e => e.Purpose).ToArray());
        Add(cmd, "ip_address", rows.Select(e => e.IpAddress).ToArray());
        Add(cmd, "details", rows.Select(e => e.Details).ToArray());
        Add(cmd, "previous_hash", rows.Select(e => e.PreviousHash).ToArray());
        Add(cmd, "hash", rows.Select(e => e.Hash).ToArray());
        AddHeads(cmd, heads);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static readonly string PostgresInsert =
        "INSERT INTO platform.audit_events (sequence, " + string.Join(", ", Columns) + ") " +
        "SELECT nextval('" + AuditChainSql.PostgresSequenceName + "'), " + string.Join(", ", Columns.Select(c => "u." + c)) + " FROM unnest(" +
        "@chain::text[], @chain_sequence::bigint[], @occurred_at::timestamptz[], @type::integer[], @actor_user_id::uuid[], @actor_api_key_id::uuid[], " +
        "@actor_name::text[], @actor_roles::text[], @coop_id::uuid[], @target_type::text[], @target_id::text[], @patient_id::uuid[], @purpose::text[], " +
        "@ip_address::text[], @details::text[], @previous_hash::text[], @hash::text[]) WITH ORDINALITY AS u(" + string.Join(", ", Columns) + ", ord) " +
        "ORDER BY u.ord; " + PostgresMoveHeads;

    /// <summary>SQLite: rows [start, start+count) in one multi-row INSERT, numbered by the writer.</summary>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEvent> rows, int start, int count,
        CancellationToken ct)
    {
        await using var cmd = Command(connection, transaction, "");
        var sql = new StringBuilder("INSERT INTO audit_events (sequence, ");
        sql.Append(string.Join(", ", Columns)).Append(") VALUES ");
        for (var i = 0; i < count; i++)
        {
            var e = rows[start + i];
            if (i > 0) sql.Append(", ");
            sql.Append("(@sequence").Append(i);
            Add(cmd, string.Create(CultureInfo.InvariantCulture, $"sequence{i}"), e.Sequence);
            object?[] values =
            [
                // SQLite stores the orderable binary form that ProviderConventions sets for EF, and Guids as EF writes them.
                e.Chain, e.ChainSequence, ProviderConventions.ToSqlite(e.OccurredAt), (int)e.Type, GuidValue(e.ActorUserId), GuidValue(e.ActorApiKeyId),
                e.ActorName, e.ActorRoles, GuidValue(e.CoopId), e.TargetType, e.TargetId, GuidValue(e.PatientId), e.Purpose, e.IpAddress, e.Details,
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
    private static string? GuidValue(Guid? g) => g?.ToString().ToUpperInvariant();

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
