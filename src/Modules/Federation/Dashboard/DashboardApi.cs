using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Dashboard;

internal static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/federation/dashboard", Get).WithTags("Federation").RequireAuthorization(Policies.IsFederationStaff).ProducesSignedInProblems()
            .WithSummary("Coops, members, clinicians and regions covered, in total and by region, as declared by the coops.");
        return app;
    }

    private static async Task<Ok<FederationDashboard>> Get(FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DashboardQuery.ComputeAsync(db, ct));
}
