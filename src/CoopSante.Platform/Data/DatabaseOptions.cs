namespace CoopSante.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database the host uses. SQLite (a file under data/) unless COOPSANTE_DB=postgres.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/coopsante.db";
    /// <summary>Apply pending migrations at start-up (default on; production may run them separately).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL: statements that every request runs (a read by id, its lookups) are prepared once per connection
    /// after their second use, saving the server a parse and a plan on each (ADR 0019). A connection string that sets
    /// <c>Max Auto Prepare</c> (or <c>No Reset On Close</c>) itself keeps its value.
    /// </summary>
    public static string WithReadPathDefaults(string connectionString)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // Multiplexing refuses every synchronous command, and some of the host's are (the Data Protection key ring's EF
        // store reads its keys synchronously): with it, sign-in answers 500. Npgsql 11 removes it. Refused at start-up
        // rather than failing on the first request (docs/performance.md measures it).
        if (csb.Multiplexing)
            throw new InvalidOperationException(
                "ConnectionStrings__Postgres sets Multiplexing=true, which this host does not support (synchronous commands, such as the Data Protection key ring's, fail with it). Remove it; see docs/operations.md.");
        if (csb.MaxAutoPrepare == 0 && !connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            csb.MaxAutoPrepare = 100;
            csb.AutoPrepareMinUsages = 2;
        }
        // A pooled connection is handed back as it is, without the reset that Npgsql otherwise sends with the next
        // command of every open (RESET ALL, DISCARD ...: more server time than a read by id, on every EF query). Safe
        // because nothing here leaves session state behind (ADR 0027: SET LOCAL and transaction-scoped locks only).
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) csb.NoResetOnClose = true;
        return csb.ConnectionString;
    }
}
