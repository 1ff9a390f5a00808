using System.Diagnostics;
using System.Globalization;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Backup;

/// <summary>What the restore drills share: a host on given storage, row counts of every table, the scripts, a verify.</summary>
internal static class Drill
{
    public static readonly byte[] AuditKey = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];
    private static readonly string FieldKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 3))]);
    private static readonly string LookupKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 5))]);

    /// <summary>
    /// The host on SQLite (<paramref name="postgres"/> null) or PostgreSQL, with fixed audit and field keys (kept outside the
    /// backups, as in production), its file store and audit checkpoint where the drill says.
    /// </summary>
    public static WebApplicationFactory<Program> Host(string? sqliteFile, string? postgres, string filesPath, string checkpointPath, bool demo, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            if (postgres is not null)
            {
                b.UseSetting("COOPSANTE_DB", "postgres");
                b.UseSetting("ConnectionStrings:Postgres", postgres);
            }
            else
            {
                b.UseSetting("Database:Provider", "Sqlite");
                b.UseSetting("Database:ConnectionString", $"Data Source={sqliteFile}");
            }
            b.UseSetting("Audit:HmacKey", Convert.ToBase64String(AuditKey));
            b.UseSetting("Audit:CheckpointPath", checkpointPath);
            b.UseSetting("Encryption:Keys:k1", FieldKey);
            b.UseSetting("Encryption:ActiveKeyId", "k1");
            b.UseSetting("Encryption:LookupKey", LookupKey);
            b.UseSetting("Files:Path", filesPath);
            b.UseSetting("Demo:Enabled", demo ? "true" : "false");
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    /// <summary>Stores a file in a coop through the file store, as an upload does; returns its id and SHA-256.</summary>
    public static async Task<(Guid Coop, Guid Id, string Sha256)> StoreFileAsync(IServiceProvider services, Guid coop)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(coop);
        var content = "%PDF-1.4\n% restore drill\n"u8.ToArray().Concat(Enumerable.Range(0, 20_000).Select(i => (byte)('a' + i % 26))).ToArray();
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(coop, FileUse.Attachment, "preuve.pdf", new MemoryStream(content));
        return (coop, stored.Id, stored.Sha256);
    }

    /// <summary>The stored file opens with the content its row's SHA-256 names.</summary>
    public static async Task<string?> OpenedSha256Async(IServiceProvider services, Guid coop, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(coop);
        if (await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(coop, id) is not { } opened) return null;
        await using var stream = opened.Content;
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream));
    }

    /// <summary>The host starts on the restored storage, its audit chains verify, and the stored file opens with its SHA-256.</summary>
    public static async Task AssertRestoredAsync(WebApplicationFactory<Program> restored, (Guid Coop, Guid Id, string Sha256) file, Stopwatch since, string what)
    {
        _ = restored.Server;
        Report($"{what}: restore and host started on it: {since.ElapsedMilliseconds} ms");
        var verified = await VerifyAsync(restored.Services);
        Assert.True(verified.Intact, $"{verified.Reason} at {verified.BrokenAt} in '{verified.Chain}'");
        Assert.Equal(file.Sha256, await OpenedSha256Async(restored.Services, file.Coop, file.Id));
    }

    public static async Task<AuditApi.VerifyResult> VerifyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await AuditApi.VerifyChainAsync(sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<AuditChain>(), sp.GetRequiredService<AuditCheckpoint>(), default);
    }

    public static async Task<SortedDictionary<string, long>> CountSqliteAsync(string file)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = conn.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var count = conn.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        return counts;
    }

    public static async Task<SortedDictionary<string, long>> CountPostgresAsync(string connectionString)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", conn))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>A measured time, in the test's output (docs/operations.md quotes them).</summary>
    public static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoopSante.slnx"))) return dir.FullName;
        throw new InvalidOperationException("CoopSante.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs one of the repository's scripts; fails the test with its output when it fails.</summary>
    public static async Task<string> ScriptAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "scripts", script));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var (output, errors) = (await stdout, await stderr);
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{errors}");
        return output;
    }
}
