using System.Globalization;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopSante.Bench;

/// <summary>What the PostgreSQL harnesses share: a statement run on its own connection, and a platform context on the bench database.</summary>
internal static class BenchSql
{
    /// <summary>Runs one statement (set-up, baselines, VACUUM) with a long timeout: federation-scale set-ups take minutes.</summary>
    public static async Task ExecAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Creates a throwaway database named for the harness and the minute (<c>coopsante_bench_{what}_…</c>); returns its name.</summary>
    public static async Task<string> CreateDatabaseAsync(string server, string what)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"coopsante_bench_{what}_{DateTime.UtcNow:yyyyMMddHHmmss}");
        await ExecAsync(server, $"CREATE DATABASE {name}");
        return name;
    }

    public static Task DropDatabaseAsync(string server, string name) => ExecAsync(server, $"DROP DATABASE {name} WITH (FORCE)");

    /// <summary>The middle value of the rounds (the upper one of the two middles for an even count); NaN when there is none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    public static PostgresPlatformDbContext PlatformContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        DbRegistration.Configure(options, PlatformDbContext.Module, DatabaseProvider.Postgres, connectionString);
        return new PostgresPlatformDbContext(options.Options);
    }
}

/// <summary>An audit trail that writes nothing: the harnesses time the work, and leave its single audit row out.</summary>
internal sealed class NoAudit : IAuditTrail
{
    public Task WriteAsync(DbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default) => Task.CompletedTask;
}
