using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Observability;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopSante.Bench;

/// <summary>
/// Audit appends under Care's load (issue 21, ADR 0020): 32 concurrent writers each record one access-log read at a time
/// (<see cref="IAccessLog.RecordReadAsync"/>, awaited until durable) through the single batching writer, once all on one
/// coop's chain and once spread over 64 coops. Baseline in the same run: the same rows (hashes and all) inserted into a
/// copy of the table (same columns and indexes, no triggers) with plain multi-row INSERTs of 1,000 rows from one
/// connection, each statement its own transaction. The chains are verified after the runs.
/// </summary>
internal sealed class AuditBench(string server, int writers, int seconds, int rounds)
{
    private const int RowsPerInsert = 1000;
    private string _cs = "";

    public async Task RunAsync()
    {
        var name = await BenchSql.CreateDatabaseAsync(server, "audit");
        _cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        try
        {
            var db = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = _cs };
            var contexts = AccessLogRegistration.Contexts(db);
            await using (var platform = contexts()) await platform.Database.MigrateAsync();
            await ExecAsync("CREATE TABLE platform.audit_plain (LIKE platform.audit_events INCLUDING DEFAULTS INCLUDING INDEXES)");
            using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
            var chain = new AuditChain(new byte[32]);
            await using var writer = new AuditBatchWriter(contexts, DatabaseProvider.Postgres, chain,
                new PlatformMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), NullLogger<AuditBatchWriter>.Instance);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"audit bench: {writers} concurrent writers, one read recorded per call, {seconds} s per run; baseline: multi-row INSERTs of {RowsPerInsert:N0} rows of the same rows; {rounds} rounds, the first warms up"));
            var results = new Dictionary<int, List<(double Rate, double Plain, double PerBatch)>> { [1] = [], [64] = [] };
            for (var round = 0; round < rounds; round++)
            {
                foreach (var coops in new[] { 1, 64 })
                {
                    var before = await ScalarAsync("SELECT COALESCE(max(sequence), 0) FROM platform.audit_events");
                    var (events, elapsed, batches) = await AppendAsync(writer, chain, db, coops);
                    var rate = events / elapsed;
                    var (plainRows, plainElapsed) = await PlainInsertAsync(before);
                    var plain = plainRows / plainElapsed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  round {round + 1}, {(coops == 1 ? "one coop" : $"{coops} coops")}: audited {events:N0} events in {elapsed:F2} s = {rate:N0} events/s ({events / (double)batches:F1} events per batch); plain multi-row INSERT {plain:N0} rows/s; ratio {rate / plain:P0}"));
                    if (round > 0) results[coops].Add((rate, plain, events / (double)batches));
                }
            }
            foreach (var (coops, runs) in results)
            {
                static double Median(IEnumerable<double> xs) { var s = xs.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(coops == 1 ? "one coop" : $"{coops} coops")} median: audited {Median(runs.Select(r => r.Rate)):N0} events/s, plain {Median(runs.Select(r => r.Plain)):N0} rows/s, ratio {Median(runs.Select(r => r.Rate / r.Plain)):P0} (median of the rounds' ratios), {Median(runs.Select(r => r.PerBatch)):F1} events per batch"));
            }
            var verified = await VerifyAsync(contexts, chain);
            Console.WriteLine($"  chains verify after the runs: {verified}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await BenchSql.DropDatabaseAsync(server, name);
        }
    }

    /// <summary>32 writers, each recording one read and awaiting it before the next, for <c>seconds</c>.</summary>
    private async Task<(long Events, double Seconds, long Batches)> AppendAsync(AuditBatchWriter writer, AuditChain chain, DatabaseOptions db, int coops)
    {
        var coopIds = Enumerable.Range(0, coops).Select(_ => Guid.CreateVersion7()).ToArray();
        long events = 0;
        var batchesBefore = await ScalarAsync("SELECT count(DISTINCT xmin::text) FROM platform.audit_events");
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var user = new CurrentUser();
            var log = new AccessLog(new AuditTrail(user, chain, TimeProvider.System, db, writer), writer);
            var coop = coopIds[w % coops];
            var n = 0;
            while (stop.Elapsed < until)
            {
                var patient = Guid.CreateVersion7();
                await log.RecordReadAsync(coop, "Patient", patient.ToString(), patient, "Soins courants");
                n++;
            }
            Interlocked.Add(ref events, n);
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        var batches = await ScalarAsync("SELECT count(DISTINCT xmin::text) FROM platform.audit_events") - batchesBefore;
        return (events, elapsed, Math.Max(1, batches));
    }

    /// <summary>The rows just appended (the newest run), inserted again into the plain copy: multi-row INSERTs, one connection.</summary>
    private async Task<(long Rows, double Seconds)> PlainInsertAsync(long after)
    {
        await ExecAsync("TRUNCATE platform.audit_plain");
        var rows = new List<object?[]>();
        await using (var conn = new NpgsqlConnection(_cs))
        {
            await conn.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT * FROM platform.audit_events WHERE sequence > @after ORDER BY sequence", conn);
            read.Parameters.AddWithValue("after", after);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object?[reader.FieldCount];
                reader.GetValues(values!);
                rows.Add(values);
            }
        }
        var columns = await ColumnsAsync();
        await using var insert = new NpgsqlConnection(_cs);
        await insert.OpenAsync();
        var stop = Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows.Count - start);
            await using var cmd = new NpgsqlCommand("", insert);
            var sql = new StringBuilder("INSERT INTO platform.audit_plain (").Append(string.Join(", ", columns)).Append(") VALUES ");
            for (var i = 0; i < count; i++)
            {
                if (i > 0) sql.Append(", ");
                sql.Append('(');
                for (var c = 0; c < columns.Count; c++)
                {
                    var p = string.Create(CultureInfo.InvariantCulture, $"p{i}_{c}");
                    sql.Append(c > 0 ? ", @" : "@").Append(p);
                    cmd.Parameters.AddWithValue(p, rows[start + i][c] ?? DBNull.Value);
                }
                sql.Append(')');
            }
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync();
        }
        return (rows.Count, stop.Elapsed.TotalSeconds);
    }

    private async Task<List<string>> ColumnsAsync()
    {
        var columns = new List<string>();
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT * FROM platform.audit_events LIMIT 0", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        for (var i = 0; i < reader.FieldCount; i++) columns.Add(reader.GetName(i));
        return columns;
    }

    private static async Task<string> VerifyAsync(Func<DbContext> contexts, AuditChain chain)
    {
        await using var db = (PlatformDbContext)contexts();
        var result = await AuditApi.VerifyChainAsync(db, chain, new AuditCheckpoint(null, chain, NullLogger<AuditCheckpoint>.Instance), default);
        return result.Intact ? string.Create(CultureInfo.InvariantCulture, $"intact ({result.Checked:N0} rows)") : $"BROKEN: {result.Reason} at {result.BrokenAt} in '{result.Chain}'";
    }

    private async Task ExecAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        await new NpgsqlCommand(sql, conn).ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, conn).ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
