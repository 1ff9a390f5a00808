namespace CoopSante.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database the host uses. SQLite (a file under data/) unless COOPSANTE_DB=postgres.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/coopsante.db";
    /// <summary>Apply pending migrations at start-up (default on; production may run them separately).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
