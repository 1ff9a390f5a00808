using CoopSante.Platform.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Security.AuditorAssignments;

/// <summary>Which coops each federation auditor works on: the federation admin assigns and unassigns.</summary>
internal static class AuditorAssignmentsApi
{
    public static IEndpointRouteBuilder MapAuditorAssignmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/federation/auditor-assignments").WithTags("People").RequireAuthorization(Policies.IsFederationAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List).WithSummary("Pages through auditor assignments, by auditor or by coop.");
        group.MapPost("/", Assign).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Assigns a federation auditor to a coop; the auditor then passes the coop rules that admit auditors there.");
        group.MapDelete("/{assignmentId:guid}", Unassign).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Ends an auditor's assignment to a coop.");
        return app;
    }

    private static async Task<Ok<Page<AuditorAssignmentDto>>> List(AuditorAssignmentService assignments, CancellationToken ct,
        Guid? auditorId = null, Guid? coopId = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await assignments.ListAsync(auditorId, coopId, PageRequest.From(page, pageSize), ct));

    private static async Task<Created<AuditorAssignmentDto>> Assign(AssignAuditorRequest request, AuditorAssignmentService assignments, CancellationToken ct)
    {
        var created = await assignments.AssignAsync(request, ct);
        return TypedResults.Created($"/api/v1/federation/auditor-assignments/{created.Id}", created);
    }

    private static async Task<NoContent> Unassign(Guid assignmentId, AuditorAssignmentService assignments, CancellationToken ct)
    {
        await assignments.UnassignAsync(assignmentId, ct);
        return TypedResults.NoContent();
    }
}
