namespace CoopSante.Platform.Identity.ApiKeys;

/// <summary>What a machine client may be allowed to do. A fixed list: endpoints declare the scope they need.</summary>
public static class ApiScopes
{
    public const string DirectoryRead = "directory:read";
    public const string MembersRead = "members:read";
    public const string RosterRead = "roster:read";
    /// <summary>Operators' Prometheus scrape of /metrics (on a federation-level key only).</summary>
    public const string OpsMetrics = "ops:metrics";

    public static IReadOnlyList<string> All { get; } = [DirectoryRead, MembersRead, RosterRead, OpsMetrics];
}
