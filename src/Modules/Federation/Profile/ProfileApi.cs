using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Profile;

/// <summary>A coop's public profile, read and changed by that coop's own admin; another coop's id answers 404.</summary>
internal static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/coops/{coopId:guid}/profile").WithTags("Federation").RequireAuthorization(FederationPolicies.CanEditCoopProfile)
            .ProducesSignedInProblems();
        group.MapGet("/", Get).WithSummary("The coop's public fields (phone, e-mail, website, opening hours, services, description).");
        group.MapPut("/", Update).ProducesConflict().WithSummary("Changes the coop's public fields; `version` must be the one read (409 otherwise).");
        return app;
    }

    private static async Task<Ok<CoopProfileDto>> Get(Guid coopId, FederationDbContext db, ICurrentUser user, CancellationToken ct)
    {
        // The coop rule already checked the role; the registry is not coop-owned, so say it again where the row is read.
        if (!user.HasRole(Role.CoopAdmin, coopId)) throw new DomainException(PlatformErrors.NotFound);
        var coop = await CoopCommands.LoadAsync(db, coopId, ct);
        return TypedResults.Ok(CoopQueries.ToProfile(coop, await CoopQueries.ServicesAsync(db, ct)));
    }

    private static async Task<Ok<CoopProfileDto>> Update(Guid coopId, CoopProfileInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.UpdateProfileAsync(p.Work, coopId, input, ct);
        return TypedResults.Ok(CoopQueries.ToProfile(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }
}
