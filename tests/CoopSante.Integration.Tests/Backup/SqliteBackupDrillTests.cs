using CoopSante.Platform.Backup;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Backup;

/// <summary>The SQLite default's backup (ADR 0021): the job's copy, restored by scripts/restore.sh, is the database and files it copied.</summary>
public sealed class SqliteBackupDrillTests
{
    [Fact]
    public async Task The_scheduled_backup_of_the_demo_restores_into_a_fresh_folder_where_every_table_counts_the_same_the_files_open_and_the_audit_chain_verifies()
    {
        var root = Directory.CreateTempSubdirectory("coopsante-backup-drill-");
        try
        {
            var live = Path.Combine(root.FullName, "live");
            var backups = Path.Combine(root.FullName, "backups");
            string backup;
            (Guid Coop, Guid Id, string Sha256) file;
            SortedDictionary<string, long> expected;
            await using (var host = Drill.Host(Path.Combine(live, "coopsante.db"), null, Path.Combine(live, "files"), Path.Combine(live, "audit-checkpoint.json"), demo: true,
                ("Backup:Path", backups), ("Backup:KeepDaily", "7")))
            {
                _ = host.Server; // migrated and seeded with the demo federation
                file = await Drill.StoreFileAsync(host.Services, DemoIds.Contrecoeur);
                Assert.True((await Drill.VerifyAsync(host.Services)).Intact); // and writes the checkpoint
                expected = await Drill.CountSqliteAsync(Path.Combine(live, "coopsante.db")); // online: the host goes on running

                await using var scope = host.Services.CreateAsyncScope();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var summary = await scope.ServiceProvider.GetRequiredService<SqliteBackupJob>().RunAsync(default);
                Drill.Report($"SQLite backup of the demo: {watch.ElapsedMilliseconds} ms ({summary})");
                backup = Assert.Single(Directory.GetDirectories(backups));
                Assert.StartsWith(Path.GetFileName(backup), summary, StringComparison.Ordinal);
                var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                Assert.Equal(1, await platform.AuditEvents.CountAsync(e => e.Type == SqliteBackupJob.Completed && e.TargetId == Path.GetFileName(backup)));
            }
            SqliteConnection.ClearAllPools();
            Assert.True(expected.Count > 30 && expected.Values.Sum() > 500, "the demo was not seeded");

            var restored = Path.Combine(root.FullName, "restored");
            var restoring = System.Diagnostics.Stopwatch.StartNew();
            await Drill.ScriptAsync("restore.sh", "sqlite", backup, restored);
            Drill.Report($"SQLite restore of the demo: {restoring.ElapsedMilliseconds} ms");
            var actual = await Drill.CountSqliteAsync(Path.Combine(restored, "coopsante.db"));
            var differing = expected.Keys.Union(actual.Keys).Where(t => expected.GetValueOrDefault(t, -1) != actual.GetValueOrDefault(t, -1))
                .Select(t => $"{t}: {expected.GetValueOrDefault(t, -1)} live, {actual.GetValueOrDefault(t, -1)} restored").ToList();
            Assert.True(differing.Count == 0, string.Join("; ", differing));

            await using var again = Drill.Host(Path.Combine(restored, "coopsante.db"), null, Path.Combine(restored, "files"), Path.Combine(restored, "audit-checkpoint.json"), demo: false,
                ("Backup:Enabled", "false"));
            await Drill.AssertRestoredAsync(again, file, restoring, "SQLite");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }
}
