using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Security.Rules;

/// <summary>
/// Evaluates every <see cref="CoopRule"/> against the coop of the resource: the route's <c>{coopId}</c> when the
/// resource is a request that has one, the coop id itself when a page passes it as the resource
/// (<c>AuthorizeAsync(user, coopId, policy)</c>), otherwise the caller's active coop (pages). Refusals carry a
/// <see cref="CoopAccessDenied"/> that <see cref="CoopProblemResultHandler"/> turns into problem details.
/// </summary>
internal sealed class CoopRuleHandler(CurrentUser user, IDbContextFactory<PlatformDbContext> dbs) : AuthorizationHandler<CoopRule>
{
    public const string RouteKey = "coopId";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CoopRule requirement)
    {
        if (!user.IsAuthenticated && context.User.Identity?.IsAuthenticated == true) user.Set(context.User); // a circuit before its first page
        var http = context.Resource as HttpContext;
        var fromRoute = http?.GetRouteValue(RouteKey);
        Guid? coopId = context.Resource is Guid given ? given
            : fromRoute is null ? user.ActiveCoopId
            : Guid.TryParse(fromRoute.ToString(), out var id) ? id : null;
        if (coopId is not { } coop)
        {
            context.Fail(new CoopAccessDenied(this, PlatformErrors.NotFound));
            return;
        }
        var assigned = user.HasRole(Role.FederationAuditor) && user.UserId is { } auditor
            && await IsAssignedAsync(auditor, coop, http?.RequestAborted ?? default);
        var scope = http?.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>()?.Scope;
        if (CoopAccessDecision.Decide(user, coop, requirement, assigned, scope) is { } error)
        {
            context.Fail(new CoopAccessDenied(this, error));
            return;
        }
        if (fromRoute is not null) user.ActIn(coop);
        context.Succeed(requirement);
    }

    private async Task<bool> IsAssignedAsync(Guid auditor, Guid coop, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.AuditorAssignments.AnyAsync(a => a.AuditorId == auditor && a.CoopId == coop, ct);
    }
}
