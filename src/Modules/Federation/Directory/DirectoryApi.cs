using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Federation.Regions;
using CoopSante.Platform;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Directory;

/// <summary>The public directory API: anonymous by design (it publishes what coops want the public to know), rate-limited.</summary>
internal static class DirectoryApi
{
    /// <summary>The public cache's tag of the directory's responses (ADR 0019).</summary>
    public const string CacheTag = "directory";

    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/directory").WithTags("Directory").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi).ProducesPublicProblems()
            .CachePublicly(CacheTag);
        group.MapGet("/coops", Search)
            .WithSummary("Active coops, by region then name; `q` ignores accents and case; filters by region code (01–17) and service code.");
        group.MapGet("/coops/{id:guid}", Get).WithSummary("An active coop's public page.");
        group.MapGet("/regions", Regions).WithSummary("Québec's 17 administrative regions.");
        group.MapGet("/services", Services).WithSummary("The services coops may offer.");
        return app;
    }

    private static async Task<Ok<Page<DirectoryItem>>> Search(FederationDbContext db, CancellationToken ct,
        string? q = null, string? region = null, string? service = null, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        return TypedResults.Ok(await DirectoryQueries.SearchAsync(db, q, region, service, request, ct));
    }

    private static async Task<Ok<DirectoryCoop>> Get(Guid id, FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DirectoryQueries.FindAsync(db, id, ct));

    private static Ok<IReadOnlyList<RegionDto>> Regions() =>
        TypedResults.Ok<IReadOnlyList<RegionDto>>(QuebecRegions.All.Select(r => CoopQueries.Region(r.Code)).ToList());

    private static async Task<Ok<IReadOnlyList<ServiceDto>>> Services(FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DirectoryQueries.ServicesAsync(db, ct));
}
