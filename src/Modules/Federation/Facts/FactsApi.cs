using System.Globalization;
using CoopSante.Federation.Data;
using CoopSante.Membership.Contracts;
using CoopSante.Platform;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Web;
using CoopSante.Telemedicine.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Facts;

/// <summary>The federation's published figures: public and anonymous (aggregates only), rate-limited like the directory.</summary>
internal static class FactsApi
{
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/federation/facts").WithTags("Federation").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi).ProducesPublicProblems();
        group.MapGet("", Get)
            .WithSummary("Coops, regions, members, clinicians, patient records and telemedicine coops today; `by=region` adds the same per region. Clinicians and records are declared by the coops.");
        group.MapGet("/sheet.pdf", Pdf).WithSummary("The one-page fact sheet as PDF; `culture=fr-CA` (default) or `culture=en-CA`.");
        group.MapGet("/sheet.xlsx", Xlsx).WithSummary("The fact sheet as XLSX (summary and regions); `culture=fr-CA` (default) or `culture=en-CA`.");
        return app;
    }

    /// <summary>What every endpoint of the feature needs.</summary>
    internal sealed record FactsServices(FederationDbContext Db, IMemberCounts Members, ITelemedicineParticipation Telemedicine, TimeProvider Clock)
    {
        public Task<FederationFacts> ComputeAsync(bool byRegion, CancellationToken ct) =>
            FactsQuery.ComputeAsync(Db, Members, Telemedicine, Clock, byRegion, CultureInfo.CurrentUICulture, ct);
    }

    private static async Task<Ok<FederationFacts>> Get([AsParameters] FactsServices services, CancellationToken ct, string? by = null)
    {
        var byRegion = by switch
        {
            null or "" => false,
            _ when string.Equals(by, "region", StringComparison.OrdinalIgnoreCase) => true,
            _ => throw new DomainException(ServicesErrors.FactsGroupingUnknown.At("by")),
        };
        return TypedResults.Ok(await services.ComputeAsync(byRegion, ct));
    }

    private static async Task<FileContentHttpResult> Pdf([AsParameters] FactsServices services, CancellationToken ct)
    {
        var facts = await services.ComputeAsync(true, ct);
        return TypedResults.File(FactSheet.Pdf(facts, CultureInfo.CurrentUICulture), FactSheet.PdfType, FileName(facts, "pdf"));
    }

    private static async Task<FileContentHttpResult> Xlsx([AsParameters] FactsServices services, CancellationToken ct)
    {
        var facts = await services.ComputeAsync(true, ct);
        return TypedResults.File(FactSheet.Xlsx(facts, CultureInfo.CurrentUICulture), FactSheet.XlsxType, FileName(facts, "xlsx"));
    }

    private static string FileName(FederationFacts facts, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"fqcs-{FactSheet.Word("Facts.FileName", CultureInfo.CurrentUICulture)}-{facts.AsOf:yyyy-MM-dd}.{extension}");
}
