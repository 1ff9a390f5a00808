using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Identity.Invitations;

internal static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/invitations").WithTags("People");
        group.MapPost("/", Invite).RequireAuthorization(Policies.IsSignedIn).ProducesSignedInProblems()
            .WithSummary("Invites a person by e-mail to a role (federation admins: any role; coop admins: roles in their coop).");
        group.MapPost("/{token}/accept", Accept).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).ProducesPublicProblems()
            .WithSummary("Accepts an invitation: creates the account (name, password) or adds the role to the existing one.");
        return app;
    }

    private static async Task<Created<InvitationDto>> Invite(InviteRequest request, InvitationService invitations, HttpContext http, CancellationToken ct)
    {
        var baseUri = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        var dto = await invitations.InviteAsync(request, baseUri, ct);
        return TypedResults.Created($"/api/v1/invitations/{dto.Id}", dto);
    }

    private static async Task<Ok<AcceptedInvitation>> Accept(string token, AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.AcceptAsync(token, request, ct));
}
