using CoopSante.Federation.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Telemedicine.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Telemedicine.ProgramSettings;

/// <summary>The program's settings: read by anyone signed in (no personal data), changed by the federation.</summary>
internal static class ProgramApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var program = api.MapGroup("/program");
        program.MapGet("", Get).RequireAuthorization(Policies.IsSignedIn).WithSummary("The program: provider, price and fee in force, their schedule, taxes, family rule, grace period.");
        program.MapPut("", Update).RequireAuthorization(Policies.IsFederationAdmin).ProducesConflict().WithSummary("Changes the provider, the family rule and the grace period.");
        program.MapPost("/prices", SchedulePrice).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Schedules a price per household per month from a date.");
        program.MapPost("/provider-fees", ScheduleFee).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Schedules the provider's fee per household from a date.");
        program.MapPost("/taxes", AddTax).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Adds a tax on the monthly price, between two dates.");
        program.MapGet("/coops", Participations).RequireAuthorization(Policies.IsFederationStaff).WithSummary("The participating coops and their dates.");
        program.MapPost("/coops", AddParticipation).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Adds a coop to the program from a date.");
        program.MapPut("/coops/{id:guid}", UpdateParticipation).RequireAuthorization(Policies.IsFederationAdmin).ProducesConflict().WithSummary("Changes a coop's participation dates (an end date ends it).");
    }

    private static async Task<Ok<ProgramDto>> Get(TelemedicineDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ProgramSettingsCommands.GetAsync(db, clock.Today(), ct));

    private static async Task<Ok<ProgramDto>> Update(UpdateProgramRequest request, TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await ProgramSettingsCommands.UpdateAsync(db, audit, clock, request, ct);
        return TypedResults.Ok(await ProgramSettingsCommands.GetAsync(db, clock.Today(), ct));
    }

    private static async Task<Ok<ProgramDto>> SchedulePrice(DatedAmountRequest request, TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await ProgramSettingsCommands.SchedulePriceAsync(db, audit, clock, request, ct);
        return TypedResults.Ok(await ProgramSettingsCommands.GetAsync(db, clock.Today(), ct));
    }

    private static async Task<Ok<ProgramDto>> ScheduleFee(DatedAmountRequest request, TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await ProgramSettingsCommands.ScheduleProviderFeeAsync(db, audit, clock, request, ct);
        return TypedResults.Ok(await ProgramSettingsCommands.GetAsync(db, clock.Today(), ct));
    }

    private static async Task<Created<TaxDto>> AddTax(TaxRequest request, TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var tax = await ProgramSettingsCommands.AddTaxAsync(db, audit, clock, request, ct);
        return TypedResults.Created($"/api/v1/telemedicine/program/taxes/{tax.Id}", tax);
    }

    private static async Task<Ok<IReadOnlyList<ParticipationDto>>> Participations(TelemedicineDbContext db, ICoopRegistry coops, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ProgramSettingsCommands.ParticipationsAsync(db, coops, clock.Today(), ct));

    private static async Task<Created<ParticipationDto>> AddParticipation(ParticipationRequest request, TelemedicineDbContext db, IAuditTrail audit, ICoopRegistry coops, TimeProvider clock, CancellationToken ct)
    {
        var p = await ProgramSettingsCommands.SaveParticipationAsync(db, audit, coops, null, request, ct);
        var name = (await coops.FindAsync(p.CoopId, ct))?.Name ?? "";
        return TypedResults.Created($"/api/v1/telemedicine/program/coops/{p.Id}", new ParticipationDto(p.Id, p.CoopId, name, p.StartsOn, p.EndsOn, p.ParticipatesOn(clock.Today()), p.Version));
    }

    private static async Task<Ok<ParticipationDto>> UpdateParticipation(Guid id, ParticipationRequest request, TelemedicineDbContext db, IAuditTrail audit, ICoopRegistry coops, TimeProvider clock, CancellationToken ct)
    {
        var p = await ProgramSettingsCommands.SaveParticipationAsync(db, audit, coops, id, request, ct);
        var name = (await coops.FindAsync(p.CoopId, ct))?.Name ?? "";
        return TypedResults.Ok(new ParticipationDto(p.Id, p.CoopId, name, p.StartsOn, p.EndsOn, p.ParticipatesOn(clock.Today()), p.Version));
    }
}
