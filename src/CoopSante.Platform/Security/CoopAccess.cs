using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Security;

/// <summary>
/// Guards routes under <c>/coops/{coopId}</c>: the caller must hold one of the given roles in that coop
/// (health-data roles only after a two-factor sign-in), or the coop is answered as not found — another coop's
/// id never reveals that it exists. On success the request acts in that coop, so the EF query filters apply to it.
/// </summary>
public static class CoopAccess
{
    public static TBuilder RequireCoopRole<TBuilder>(this TBuilder builder, params Role[] roles) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(Policies.IsSignedIn);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Guid.TryParse(http.GetRouteValue("coopId")?.ToString(), out var coopId))
                return Problems.Result(http, PlatformErrors.NotFound);
            var user = http.RequestServices.GetRequiredService<CurrentUser>();
            var held = user.RolesIn(coopId);
            if (!held.Any(roles.Contains))
                return Problems.Result(http, held.Count == 0 ? PlatformErrors.NotFound : PlatformErrors.Forbidden);
            // A machine client reaches only endpoints that declare the scope it needs (RequireScope).
            if (user.ApiKeyId is not null && http.GetEndpoint()?.Metadata.GetMetadata<Identity.ApiKeys.RequiredScope>() is null)
                return Problems.Result(http, Identity.IdentityErrors.ScopeRequired);
            if (user.ApiKeyId is null && !held.Any(r => roles.Contains(r) && (!r.ReadsHealthData() || user.HasTwoFactor)))
                return Problems.Result(http, PlatformErrors.TwoFactorRequired);
            user.ActIn(coopId);
            return await next(context);
        });
        return builder;
    }
}
