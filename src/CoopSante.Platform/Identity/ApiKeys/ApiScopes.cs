namespace CoopSante.Platform.Identity.ApiKeys;

/// <summary>
/// The platform's own API-key scopes. Modules declare theirs through their <see cref="Modules.AppModule.ApiScopes"/>;
/// <see cref="ApiScopeCatalog"/> is the union, which key creation and <c>RequireScope</c> validate against.
/// </summary>
public static class ApiScopes
{
    /// <summary>Operators' Prometheus scrape of /metrics (on a federation-level key only).</summary>
    public const string OpsMetrics = "ops:metrics";

    public static IReadOnlyList<string> Platform { get; } = [OpsMetrics];
}

/// <summary>A scope a module declares (registered by <c>AddModules</c>).</summary>
public sealed record ApiScopeDeclaration(string Scope);

/// <summary>Every scope a key may hold: the platform's and those the modules declare.</summary>
public sealed class ApiScopeCatalog
{
    public ApiScopeCatalog(IEnumerable<ApiScopeDeclaration> declared)
    {
        var all = ApiScopes.Platform.Concat(declared.Select(d => d.Scope)).ToList();
        var duplicate = all.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"API scope {duplicate.Key} is declared twice.");
        All = [.. all.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> All { get; }

    public bool Contains(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
