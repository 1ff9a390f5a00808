using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Security.Rules;

/// <summary>An API request refused by a coop rule answers the rule's problem details (404, 403 with its code); anything else as usual.</summary>
internal sealed class CoopProblemResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && authorizeResult.AuthorizationFailure?.FailureReasons.OfType<CoopAccessDenied>().OrderBy(r => r.Precedence).FirstOrDefault() is { } denied)
        {
            await Problems.Result(context, denied.Error).ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
