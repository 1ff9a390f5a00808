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
