using System.Text.RegularExpressions;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Services;

internal sealed record HealthServiceInput(string? Code, string? NameFr, string? NameEn);

internal sealed record HealthServiceDto(string Code, string NameFr, string NameEn);

/// <summary>The federation's managed list of services: federation admins add to it.</summary>
internal static partial class HealthServiceCommands
{
    public static async Task<HealthService> AddAsync(FederationDbContext db, IAuditTrail audit, HealthServiceInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0) failures.Add(PlatformErrors.Required.At("code"));
        else if (!CodePattern().IsMatch(code)) failures.Add(FederationErrors.ServiceCodeInvalid.At("code"));
        Name(failures, input.NameFr, "nameFr");
        Name(failures, input.NameEn, "nameEn");
        DomainException.ThrowIfAny(failures);
        if (await db.HealthServices.AnyAsync(s => s.Code == code, ct)) throw new DomainException(FederationErrors.ServiceCodeTaken.At("code"));
        var order = (await db.HealthServices.MaxAsync(s => (int?)s.SortOrder, ct) ?? 0) + 10;
        var service = new HealthService { Code = code, NameFr = input.NameFr!.Trim(), NameEn = input.NameEn!.Trim(), SortOrder = order };
        db.HealthServices.Add(service);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.HealthServiceAdded, nameof(HealthService), code, Details: new { service.NameFr, service.NameEn }), ct);
        return service;
    }

    private static void Name(List<Failure> failures, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) failures.Add(PlatformErrors.Required.At(field));
        else if (value.Trim().Length > HealthService.NameMax) failures.Add(PlatformErrors.TooLong.At(field, HealthService.NameMax));
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex CodePattern();
}

internal static class ServicesApi
{
    public static IEndpointRouteBuilder MapServicesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/federation/services").WithTags("Federation").ProducesSignedInProblems();
        group.MapGet("/", List).RequireAuthorization(Policies.IsFederationStaff).WithSummary("The managed list of services, in both languages.");
        group.MapPost("/", Add).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Adds a service to the list.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<HealthServiceDto>>> List(FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<HealthServiceDto>>((await Coops.CoopQueries.ServiceListAsync(db, ct)).Select(s => new HealthServiceDto(s.Code, s.NameFr, s.NameEn)).ToList());

    private static async Task<Created<HealthServiceDto>> Add(HealthServiceInput input, FederationDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var s = await HealthServiceCommands.AddAsync(db, audit, input, ct);
        return TypedResults.Created($"/api/v1/federation/services/{s.Code}", new HealthServiceDto(s.Code, s.NameFr, s.NameEn));
    }
}
