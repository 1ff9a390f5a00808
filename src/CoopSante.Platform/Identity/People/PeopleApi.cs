using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Identity.People;

internal static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/coops/{coopId:guid}").WithTags("People").RequireAuthorization(Policies.CanAdministerCoop)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/people", List).WithSummary("People who hold a role in the coop, with their roles (coop admins and federation admins).");
        group.MapDelete("/grants/{grantId:guid}", Revoke).WithSummary("Revokes a person's role in the coop.");
        return app;
    }

    private static async Task<Ok<Page<PersonGrantDto>>> List(Guid coopId, PeopleService people, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await people.ListAsync(coopId, PageRequest.From(page, pageSize), ct));

    private static async Task<NoContent> Revoke(Guid coopId, Guid grantId, PeopleService people, CancellationToken ct)
    {
        await people.RevokeAsync(coopId, grantId, ct);
        return TypedResults.NoContent();
    }
}
