using System.Reflection;

namespace CoopSante.Platform.Jobs;

/// <summary>
/// The Quartz job store's tables on PostgreSQL, in a schema of their own (<c>quartz</c>, prefix <c>qrtz_</c>). The DDL is the one the
/// Quartz package ships for its own provisioning (embedded <c>create_postgres.sql</c>), read from the referenced Quartz assembly so that it
/// always matches the store that reads it; the Platform migration runs <see cref="CreateStatements"/> (and <see cref="Drop"/> on down).
/// </summary>
public static class QuartzSchema
{
    public const string Schema = "quartz";
    public const string TablePrefix = Schema + ".qrtz_";
    private const string ResourceName = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static IReadOnlyList<string> CreateStatements()
    {
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The Quartz assembly no longer embeds {ResourceName}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd()
            .Replace("{0}", TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", "qrtz_", StringComparison.Ordinal);
        var statements = new List<string> { $"CREATE SCHEMA IF NOT EXISTS {Schema}" };
        foreach (var chunk in script.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n--;;\n"))
        {
            var sql = string.Join('\n', chunk.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (sql.Length > 0) statements.Add(sql);
        }
        return statements;
    }

    public const string Drop = $"DROP SCHEMA IF EXISTS {Schema} CASCADE";
}
