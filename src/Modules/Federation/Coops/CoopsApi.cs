using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Security.AuditorAssignments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Coops;

/// <summary>The registry for federation staff: everyone on staff reads, federation admins change.</summary>
internal static class CoopsApi
{
    public static IEndpointRouteBuilder MapCoopsApi(this IEndpointRouteBuilder app)
    {
        // The registry as a whole is federation staff's; one coop's record follows the coop rules (an auditor reads only assigned coops).
        var registry = app.MapGroup("/api/v1/federation/coops").WithTags("Federation").ProducesSignedInProblems();
        var staff = registry.MapGroup("").RequireAuthorization(Policies.IsFederationStaff);
        var admin = registry.MapGroup("").RequireAuthorization(Policies.IsFederationAdmin);
        var read = registry.MapGroup("/{coopId:guid}").RequireAuthorization(FederationPolicies.CanReadCoopRecord);
        var manage = registry.MapGroup("/{coopId:guid}").RequireAuthorization(FederationPolicies.CanManageCoopRecord);
        staff.MapGet("/", List).WithSummary("Pages through the registry (an auditor's assigned coops only), with text search and filters by region, status and service.");
        admin.MapPost("/", Create).ProducesConflict().WithSummary("Adds a coop to the registry.");
        read.MapGet("", Get).WithSummary("One coop of the registry.");
        read.MapGet("/history", History).WithSummary("Pages through a coop's change history: who, when, which fields from what to what.");
        manage.MapPut("", Update).ProducesConflict().WithSummary("Changes a coop's registry data; `version` must be the one read (409 otherwise).");
        manage.MapPost("/status", ChangeStatus).ProducesConflict().WithSummary("Changes a coop's status (InCreation, Active, Closed).");
        return app;
    }

    private static async Task<Ok<Page<CoopListItem>>> List(FederationDbContext db, AuditorAssignmentService assignments, CancellationToken ct,
        string? q = null, string? region = null, string? status = null, string? service = null, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        var visible = await assignments.VisibleCoopsAsync(ct);
        return TypedResults.Ok(await CoopQueries.ListAsync(db, new CoopFilter(q, region, status, service, visible), request, ct));
    }

    private static async Task<Ok<CoopDto>> Get(Guid coopId, FederationDbContext db, CancellationToken ct)
    {
        var coop = await CoopCommands.LoadAsync(db, coopId, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(db, ct)));
    }

    private static async Task<Created<CoopDto>> Create(CoopInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.CreateAsync(p.Work, input, ct);
        return TypedResults.Created($"/api/v1/federation/coops/{coop.Id}", CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<CoopDto>> Update(Guid coopId, CoopInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.UpdateAsync(p.Work, coopId, input, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<CoopDto>> ChangeStatus(Guid coopId, StatusChangeInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.ChangeStatusAsync(p.Work, coopId, input, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<Page<CoopChangeDto>>> History(Guid coopId, FederationDbContext db, CancellationToken ct, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        return TypedResults.Ok(await CoopQueries.HistoryAsync(db, coopId, request, ct));
    }
}

/// <summary>The services a registry change needs, bound by the endpoint ([AsParameters]).</summary>
internal sealed record CoopWorkParameters(FederationDbContext Db, CoopSante.Platform.Audit.IAuditTrail Audit, CoopSante.Platform.Tenancy.ICurrentUser User, TimeProvider Clock)
{
    public CoopWork Work => new(Db, Audit, User, Clock);
}
