using System.Globalization;
using System.Text.Json;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Files;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Backup;

/// <summary>
/// The SQLite default's online backup (ADR 0021): <c>VACUUM INTO</c> a new folder named after the UTC time, with the file
/// store's files and the audit checkpoint beside it, checked, then the old ones pruned (<see cref="BackupRetention"/>). Audited.
/// A folder is complete once it has its final name (it is built under <c>.partial</c>); restore with <c>scripts/restore.sh sqlite</c>.
/// </summary>
internal sealed partial class SqliteBackupJob(DatabaseOptions database, BackupOptions options, IFileContentStore files, AuditCheckpoint checkpoint,
    PlatformDbContext db, IAuditTrail audit, TimeProvider clock, ILogger<SqliteBackupJob> logger) : IRecurringJob
{
    public const string Key = "platform.backup";
    public const string NameFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    public const string DatabaseFile = "coopsante.db";
    public const string FilesFolder = "files";
    public const string CheckpointFile = "audit-checkpoint.json";
    private const string Partial = ".partial";

    public static AuditEventType Completed => (AuditEventType)950;
    public static AuditEventType Failed => (AuditEventType)951;

    public static IReadOnlyList<AuditEventTypeInfo> AuditTypes { get; } =
        [new(Completed, "BackupCompleted", typeof(BackupText)), new(Failed, "BackupFailed", typeof(BackupText))];

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var root = options.Path!;
        var name = clock.GetUtcNow().ToString(NameFormat, CultureInfo.InvariantCulture);
        var work = Path.Combine(root, name + Partial);
        try
        {
            Directory.CreateDirectory(root);
            foreach (var stale in Directory.EnumerateDirectories(root, "*" + Partial)) Directory.Delete(stale, recursive: true);
            Directory.CreateDirectory(work);

            // The checkpoint first: it only moves forward, so the copy never claims more than the database copy holds.
            if (checkpoint.FilePath is { } cp && File.Exists(cp)) File.Copy(cp, Path.Combine(work, CheckpointFile));
            var dbFile = Path.Combine(work, DatabaseFile);
            await VacuumIntoAsync(dbFile, ct);
            var (count, bytes) = CopyFiles(Path.Combine(work, FilesFolder), ct);
            var size = new FileInfo(dbFile).Length;
            await File.WriteAllTextAsync(Path.Combine(work, "manifest.json"), JsonSerializer.Serialize(new
            {
                format = "coopsante-sqlite-backup/1", createdAt = clock.GetUtcNow(), databaseBytes = size, files = count, filesBytes = bytes,
            }), ct);
            Directory.Move(work, Path.Combine(root, name));

            var pruned = Prune(root);
            await audit.WriteAsync(db, [new AuditEntry(Completed, "Backup", name, Details: new { databaseBytes = size, files = count, filesBytes = bytes, pruned })], ct);
            LogBackup(logger, name, size, count, pruned);
            return string.Create(CultureInfo.InvariantCulture, $"{name}: {size / 1024.0 / 1024.0:F1} MB, {count} files, {pruned} pruned");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TryDelete(work);
            await audit.WriteAsync(db, [new AuditEntry(Failed, "Backup", name, Details: new { error = e.GetType().Name })], CancellationToken.None);
            throw;
        }
    }

    private async Task VacuumIntoAsync(string target, CancellationToken ct)
    {
        // A read transaction on the live file: writers go on (WAL); the copy is consistent, compact and checked before it counts.
        await using (var source = new SqliteConnection(database.ConnectionString))
        {
            await source.OpenAsync(ct);
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            await vacuum.ExecuteNonQueryAsync(ct);
        }
        var copy = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var check = new SqliteConnection(copy);
        await check.OpenAsync(ct);
        await using var command = check.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var result = (string?)await command.ExecuteScalarAsync(ct);
        if (!string.Equals(result, "ok", StringComparison.Ordinal)) throw new InvalidDataException("The backup copy failed its integrity check.");
    }

    /// <summary>Copies the stored files (never the upload staging folder). Files are never changed once stored, so a copy taken after the database copy holds every file it references.</summary>
    private (int Count, long Bytes) CopyFiles(string target, CancellationToken ct)
    {
        Directory.CreateDirectory(target);
        if (files is not DiskFileContentStore disk || !Directory.Exists(disk.Root)) return (0, 0);
        var (count, bytes) = (0, 0L);
        foreach (var coop in Directory.EnumerateDirectories(disk.Root))
        {
            if (Path.GetFileName(coop).StartsWith('.')) continue;
            foreach (var file in Directory.EnumerateFiles(coop, "*", SearchOption.AllDirectories))
            {
                ct.ThrowIfCancellationRequested();
                var to = Path.Combine(target, Path.GetRelativePath(disk.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                try
                {
                    File.Copy(file, to);
                }
                catch (FileNotFoundException)
                {
                    continue; // deleted while we copied: its row is gone from a later state, not from this copy's
                }
                count++;
                bytes += new FileInfo(to).Length;
            }
        }
        return (count, bytes);
    }

    private int Prune(string root)
    {
        var backups = new Dictionary<DateTimeOffset, string>();
        foreach (var dir in Directory.EnumerateDirectories(root))
        {
            if (DateTimeOffset.TryParseExact(Path.GetFileName(dir), NameFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                backups[at] = dir;
        }
        var keep = BackupRetention.Keep(backups.Keys, options.KeepDaily, options.KeepWeekly, Localization.Formats.Quebec);
        var pruned = 0;
        foreach (var (at, dir) in backups)
        {
            if (keep.Contains(at)) continue;
            Directory.Delete(dir, recursive: true);
            pruned++;
        }
        return pruned;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // left for the next run, which removes stale partial folders first
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup: {Name} written ({Bytes} bytes of database, {Files} files), {Pruned} old backups pruned")]
    private static partial void LogBackup(ILogger logger, string name, long bytes, int files, int pruned);
}

internal static class BackupSetup
{
    /// <summary>On the SQLite default, schedules the online backup (<c>Backup:*</c>); on PostgreSQL, pgBackRest does it (scripts/backup.sh).</summary>
    public static IServiceCollection AddSqliteBackup(this IServiceCollection services, IConfiguration config, DatabaseOptions database, IHostEnvironment env)
    {
        foreach (var type in SqliteBackupJob.AuditTypes) services.AddSingleton(type);
        if (database.Provider != DatabaseProvider.Sqlite) return services;
        var options = new BackupOptions();
        config.GetSection("Backup").Bind(options);
        if (!options.Enabled) return services;
        var dbFile = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        options.Path = string.IsNullOrWhiteSpace(options.Path)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dbFile)) ?? env.ContentRootPath, "backups")
            : Path.GetFullPath(options.Path, env.ContentRootPath);
        services.AddSingleton(options);
        services.AddRecurringJob<SqliteBackupJob>(SqliteBackupJob.Key, JobSchedule.At(options.Cron), typeof(BackupText), "Job.Backup");
        return services;
    }
}
