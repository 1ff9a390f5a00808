using CoopSante.Platform.Paging;
using CoopSante.Telemedicine.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Roster;

internal sealed record CommunicationDto(Guid Id, DateTimeOffset ReadAt, string ClientName, string Kind, DateTimeOffset? Since, int People);

/// <summary>The coop's register of communications to the provider (Law 25), for its person in charge of personal information.</summary>
internal static class CommunicationsApi
{
    public static void Map(RouteGroupBuilder coop) =>
        coop.MapGet("/communications", List).RequireAuthorization(TelemedicinePolicies.CanReadTelemedicineCommunications)
            .WithSummary("What was communicated to the provider: each roster read and eligibility check, newest first (paged).");

    public static Task<Page<CommunicationDto>> ListAsync(TelemedicineDbContext db, PageRequest page, CancellationToken ct) =>
        db.RosterReads.AsNoTracking().OrderByDescending(r => r.ReadAt).ThenBy(r => r.Id)
            .Select(r => new CommunicationDto(r.Id, r.ReadAt, r.ClientName, r.Kind, r.Since, r.People)).ToPageAsync(page, ct);

    private static async Task<Ok<Page<CommunicationDto>>> List(TelemedicineDbContext db, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, PageRequest.From(page, pageSize), ct));
}
