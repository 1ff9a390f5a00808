using CoopSante.Federation.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
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
        var group = app.MapGroup("/api/v1/federation/coops").WithTags("Federation");
        group.MapGet("/", List).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Pages through the registry, with text search and filters by region, status and service.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.IsFederationStaff).WithSummary("One coop of the registry.");
        group.MapPost("/", Create).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Adds a coop to the registry.");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes a coop's registry data; `version` must be the one read (409 otherwise).");
        group.MapPost("/{id:guid}/status", ChangeStatus).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes a coop's status (InCreation, Active, Closed).");
        group.MapGet("/{id:guid}/history", History).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Pages through a coop's change history: who, when, which fields from what to what.");
        return app;
    }

    private static async Task<Ok<Page<CoopListItem>>> List(FederationDbContext db, CancellationToken ct,
        string? q = null, string? region = null, string? status = null, string? service = null, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        return TypedResults.Ok(await CoopQueries.ListAsync(db, new CoopFilter(q, region, status, service), request, ct));
    }

    private static async Task<Ok<CoopDto>> Get(Guid id, FederationDbContext db, CancellationToken ct)
    {
        var coop = await CoopCommands.LoadAsync(db, id, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(db, ct)));
    }

    private static async Task<Created<CoopDto>> Create(CoopInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.CreateAsync(p.Work, input, ct);
        return TypedResults.Created($"/api/v1/federation/coops/{coop.Id}", CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<CoopDto>> Update(Guid id, CoopInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.UpdateAsync(p.Work, id, input, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<CoopDto>> ChangeStatus(Guid id, StatusChangeInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var coop = await CoopCommands.ChangeStatusAsync(p.Work, id, input, ct);
        return TypedResults.Ok(CoopQueries.ToDto(coop, await CoopQueries.ServicesAsync(p.Db, ct)));
    }

    private static async Task<Ok<Page<CoopChangeDto>>> History(Guid id, FederationDbContext db, CancellationToken ct, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        return TypedResults.Ok(await CoopQueries.HistoryAsync(db, id, request, ct));
    }
}

/// <summary>The services a registry change needs, bound by the endpoint ([AsParameters]).</summary>
internal sealed record CoopWorkParameters(FederationDbContext Db, CoopSante.Platform.Audit.IAuditTrail Audit, CoopSante.Platform.Tenancy.ICurrentUser User, TimeProvider Clock)
{
    public CoopWork Work => new(Db, Audit, User, Clock);
}
