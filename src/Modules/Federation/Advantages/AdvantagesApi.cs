using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Federation.Library;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using CoopSante.Telemedicine.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Advantages;

/// <summary>The federation's catalogue of negotiated advantages: it manages them; a coop's people and members browse those in force for them.</summary>
internal static class AdvantagesApi
{
    public static IEndpointRouteBuilder MapAdvantagesApi(this IEndpointRouteBuilder app)
    {
        var federation = app.MapGroup("/api/v1/federation/advantages").WithTags("Advantages").ProducesSignedInProblems();
        federation.MapGet("", List).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Every advantage (upcoming, current, expired, withdrawn), the latest to start first.");
        federation.MapPost("", Create).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Offers an advantage: supplier, titles, descriptions, conditions and how to claim in French and English, validity dates, audience and beneficiaries.");
        federation.MapPut("/{advantageId:guid}", Update).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes an advantage (`version` as read). Audited.");
        federation.MapDelete("/{advantageId:guid}", Withdraw).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Withdraws an advantage (`version` as read): nobody sees it any more. Audited.");

        app.MapGroup("/api/v1/coops/{coopId:guid}/advantages").WithTags("Advantages").RequireAuthorization(LibraryPolicies.CanBrowseAdvantages).ProducesSignedInProblems()
            .MapGet("", CoopList)
            .WithSummary("The advantages in force today for the coop, in the caller's language: all of them for its staff, those for members for a member. The telemedicine offer only where the coop takes part in the program.");
        return app;
    }

    private static bool English => string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    private static async Task<Ok<Page<FederationAdvantageDto>>> List(FederationDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await AdvantageQueries.FederationListAsync(db, clock.Today(), PageRequest.From(page, pageSize), ct));

    private static async Task<Created<FederationAdvantageDto>> Create(AdvantageInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var advantage = await AdvantageCommands.CreateAsync(p.Work, input, ct);
        return TypedResults.Created($"/api/v1/federation/advantages/{advantage.Id}", AdvantageQueries.ToFederationDto(advantage, p.Clock.Today()));
    }

    private static async Task<Ok<FederationAdvantageDto>> Update(Guid advantageId, AdvantageInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(AdvantageQueries.ToFederationDto(await AdvantageCommands.UpdateAsync(p.Work, advantageId, input, ct), p.Clock.Today()));

    private static async Task<NoContent> Withdraw(Guid advantageId, int? version, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await AdvantageCommands.WithdrawAsync(p.Work, advantageId, version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<CoopAdvantageDto>>> CoopList(Guid coopId, FederationDbContext db, ITelemedicineParticipation telemedicine, ICurrentUser user,
        TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await AdvantageQueries.CoopListAsync(db, telemedicine, user, coopId, clock.Today(), English, PageRequest.From(page, pageSize), ct));
}
