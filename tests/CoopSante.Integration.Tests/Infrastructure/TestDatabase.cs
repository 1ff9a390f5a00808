using Npgsql;

namespace CoopSante.Integration.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database per test assembly run, on the throwaway cluster that scripts/test.sh starts
/// (COOPSANTE_TEST_PG). Without it the tests are skipped locally and fail under CI=true.
/// </summary>
public static class TestDatabase
{
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("COOPSANTE_TEST_PG");

    /// <summary>CI is set (to anything but <c>false</c> or <c>0</c>: CI services set <c>true</c>, <c>1</c> or a name): what a test needs must be there.</summary>
    public static bool Required => RequiredBy(Environment.GetEnvironmentVariable("CI"));

    public static bool RequiredBy(string? ci) => ci is { Length: > 0 }
        && !string.Equals(ci.Trim(), "false", StringComparison.OrdinalIgnoreCase) && !string.Equals(ci.Trim(), "0", StringComparison.Ordinal);

    public static async Task<string> CreateAsync(string prefix)
    {
        var server = ServerConnectionString;
        if (string.IsNullOrEmpty(server))
        {
            if (Required) throw new InvalidOperationException("COOPSANTE_TEST_PG is not set: run the tests with scripts/test.sh.");
            Assert.Skip("No PostgreSQL (COOPSANTE_TEST_PG): run scripts/test.sh.");
        }
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>Empties every table of the app's schemas (migration history kept), bypassing the audit log's append-only trigger.</summary>
    public static async Task ResetAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog','information_schema','quartz') AND tablename NOT LIKE '\_\_ef\_history%' AND tablename <> 'data_protection_keys'
            """, conn))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        if (tables.Count == 0) return;
        await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE", conn);
        await truncate.ExecuteNonQueryAsync();
    }
}
