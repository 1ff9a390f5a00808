using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Demo;
using Npgsql;

namespace CoopSante.Integration.Tests.Backup;

/// <summary>
/// The PostgreSQL path's backup (ADR 0021): pgBackRest with continuous archiving on a cluster of the drill's own, the file
/// store beside it. The disk is lost after a backup; a restore to a point in time brings back exactly that moment.
/// </summary>
public sealed class PgBackRestDrillTests
{
    [Fact]
    public async Task After_losing_the_disk_a_point_in_time_restore_of_the_demo_counts_every_table_the_same_opens_the_files_and_verifies_the_audit_chain()
    {
        if (!File.Exists("/usr/bin/pgbackrest") || !Directory.Exists("/usr/lib/postgresql"))
        {
            if (TestDatabase.Required) throw new InvalidOperationException("pgbackrest or PostgreSQL is not installed: run scripts/test.sh.");
            Assert.Skip("pgbackrest or PostgreSQL is not installed: run scripts/test.sh.");
        }
        var exports = (await Drill.ScriptAsync("pg-archive.sh", "start")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l["export ".Length..].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1].Trim('\''), StringComparer.Ordinal);
        var dir = exports["COOPSANTE_ARCHIVE_DIR"];
        var conf = exports["COOPSANTE_BACKUP_CONF"];
        try
        {
            var server = exports["COOPSANTE_ARCHIVE_PG"];
            await ExecuteAsync(server, "CREATE DATABASE coopsante");
            var db = new NpgsqlConnectionStringBuilder(server) { Database = "coopsante" }.ConnectionString;
            var (files, checkpoint) = (Path.Combine(dir, "files"), Path.Combine(dir, "audit-checkpoint.json"));

            (Guid Coop, Guid Id, string Sha256) file;
            await using (var host = Drill.Host(null, db, files, checkpoint, demo: true))
            {
                _ = host.Server; // migrated and seeded with the demo federation
                file = await Drill.StoreFileAsync(host.Services, DemoIds.Contrecoeur);
                Assert.True((await Drill.VerifyAsync(host.Services)).Intact); // and writes the checkpoint
            }
            NpgsqlConnection.ClearAllPools();
            var expected = await Drill.CountPostgresAsync(db);
            Assert.True(expected["membership.members"] > 100, "the demo register was not seeded");

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var label = (await Drill.ScriptAsync("backup.sh", "-c", conf, "full")).Trim().Split('\n')[^1].Split(' ')[1]; // "backup <label> done"
            Drill.Report($"pgBackRest full backup of the demo ({expected.Values.Sum()} rows): {watch.ElapsedMilliseconds} ms");
            // pgBackRest picks the backup set whose stop time, in whole seconds, is strictly before the target: a target in
            // the second the backup ended finds none (error 075). The moment to go back to is therefore a second later.
            await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken);
            // The moment to go back to, then a change after it that the restore must not bring back.
            var target = (string)(await ScalarAsync(db, "SELECT now()::text"))!;
            await ExecuteAsync(db, "CREATE TABLE public.after_the_target AS SELECT 1 AS x");
            await Drill.ScriptAsync("backup.sh", "-c", conf, "check"); // its WAL reached the repository

            await Drill.ScriptAsync("pg-archive.sh", "lose-data", dir);
            Assert.False(Directory.Exists(files));
            var restoring = System.Diagnostics.Stopwatch.StartNew();
            await Drill.ScriptAsync("restore.sh", "-c", conf, "pg", "--target", target);
            Drill.Report($"pgBackRest point-in-time restore of the demo, recovered and promoted: {restoring.ElapsedMilliseconds} ms");
            NpgsqlConnection.ClearAllPools();
            Assert.Null(await ScalarAsync(db, "SELECT to_regclass('public.after_the_target')::text"));
            Assert.Equal(expected, await Drill.CountPostgresAsync(db));

            // The checkpoint saved with the backup vouches for the restored chains.
            File.Copy(Path.Combine(dir, "repo", "files", "checkpoints", label + ".json"), checkpoint, overwrite: true);
            await using var again = Drill.Host(null, db, files, checkpoint, demo: false);
            await Drill.AssertRestoredAsync(again, file, restoring, "pgBackRest");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Drill.ScriptAsync("pg-archive.sh", "stop", dir);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
