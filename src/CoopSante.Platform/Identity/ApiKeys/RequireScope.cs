using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Identity.ApiKeys;

/// <summary>Endpoint metadata: the API-key scope a machine client needs to call this endpoint.</summary>
public sealed record RequiredScope(string Scope);

public static class ScopeRequirements
{
    /// <summary>
    /// Lets API keys holding <paramref name="scope"/> call the endpoint (people are not affected). Coop routes refuse
    /// API keys on endpoints that do not declare a scope.
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // Checked when the endpoint is built: the scope must be the platform's or a registered module's.
            if (endpoint.ApplicationServices.GetService<ApiScopeCatalog>() is { } catalog && !catalog.Contains(scope))
                throw new InvalidOperationException($"Unknown scope {scope} on {endpoint.DisplayName}.");
        });
        builder.WithMetadata(new RequiredScope(scope));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (user.ApiKeyId is not null && !user.Scopes.Contains(scope))
                return Problems.Result(context.HttpContext, Identity.IdentityErrors.ScopeRequired);
            return await next(context);
        });
        return builder;
    }
}
