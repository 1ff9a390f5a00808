using System.Globalization;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Roster;

internal sealed record RosterPerson(Guid PersonId, string FamilyName, string GivenName, DateOnly BirthDate, string? Email, string Language, Guid CoopId, DateOnly CoverageStart, DateOnly? CoverageEnd);

internal sealed record RosterPage(IReadOnlyList<RosterPerson> Items, int Total, int Page, int PageSize);

internal sealed record Eligibility(Guid PersonId, bool Eligible, Guid? CoopId, DateOnly? CoverageStart, DateOnly? CoverageEnd);

/// <summary>
/// The provider's side: the roster of covered people (never a health card number) and eligibility checks, for a machine client
/// whose key holds <see cref="TelemedicineScopes.Roster"/> (a program key sees every coop; a coop's key, that coop).
/// Every read is a communication of personal information: audited and written to each coop's register of communications.
/// </summary>
internal static class RosterApi
{
    public const string CsvType = "text/csv; charset=utf-8";

    public static void Map(RouteGroupBuilder api)
    {
        var provider = api.MapGroup("").RequireAuthorization(TelemedicinePolicies.CanReadRoster).AddEndpointFilter(NoStore);
        provider.MapGet("/roster", Roster).RequireScope(TelemedicineScopes.Roster)
            .WithSummary("Covered people (paged, or format=csv for the whole file); since= gives the people whose coverage changed after that instant.");
        provider.MapGet("/eligibility", CheckEligibility).RequireScope(TelemedicineScopes.Roster).WithSummary("Is this roster person covered today?");
    }

    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    /// <summary>The people the caller may see: the coop of a coop key, otherwise every coop; covered today or later, or changed since.</summary>
    internal static IQueryable<CoveredPerson> Visible(TelemedicineDbContext db, ICurrentUser user, DateOnly today, DateTimeOffset? since)
    {
        var q = db.CoveredPeople.IgnoreQueryFilters().AsNoTracking();
        if (user.ActiveCoopId is { } coop) q = q.Where(p => p.CoopId == coop);
        return since is { } s ? q.Where(p => p.UpdatedAt > s) : q.Where(p => p.CoverageEnd == null || p.CoverageEnd >= today);
    }

    private static async Task<IResult> Roster(HttpContext http, TelemedicineDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock,
        DateTimeOffset? since, string? format, int? page, int? pageSize, CancellationToken ct)
    {
        var csv = format?.ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => throw new DomainException(TelemedicineErrors.FormatUnknown.At("format")),
        };
        var request = PageRequest.From(page, pageSize);
        var today = clock.Today();
        var query = Visible(db, user, today, since).OrderBy(p => p.CoopId).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Select(p => new RosterPerson(p.PersonId, p.FamilyName, p.GivenName, p.BirthDate, p.Email, p.Language, p.CoopId, p.CoverageStart, p.CoverageEnd));
        if (csv)
        {
            var all = await query.ToListAsync(ct);
            await RecordAsync(db, user, audit, clock, "roster-csv", since, all, ct);
            return TypedResults.File(ToCsv(all), CsvType, $"roster-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv");
        }
        var result = await query.ToPageAsync(request, ct);
        await RecordAsync(db, user, audit, clock, "roster-json", since, result.Items, ct);
        return TypedResults.Ok(new RosterPage(result.Items, result.Total, result.PageNumber, result.PageSize));
    }

    private static async Task<Ok<Eligibility>> CheckEligibility(Guid? personId, TelemedicineDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        if (personId is not { } id || id == Guid.Empty) throw new DomainException(PlatformErrors.Required.At("personId"));
        var today = clock.Today();
        var q = db.CoveredPeople.IgnoreQueryFilters().AsNoTracking().Where(p => p.PersonId == id);
        if (user.ActiveCoopId is { } coop) q = q.Where(p => p.CoopId == coop);
        var rows = await q.OrderByDescending(p => p.CoverageStart).ToListAsync(ct);
        var covering = rows.FirstOrDefault(p => p.CoverageStart <= today && (p.CoverageEnd is null || p.CoverageEnd >= today));
        var latest = covering ?? rows.FirstOrDefault();
        if (latest is null) return TypedResults.Ok(new Eligibility(id, false, null, null, null));
        await RecordAsync(db, user, audit, clock, "eligibility", null,
            [new RosterPerson(latest.PersonId, latest.FamilyName, latest.GivenName, latest.BirthDate, latest.Email, latest.Language, latest.CoopId, latest.CoverageStart, latest.CoverageEnd)], ct);
        return TypedResults.Ok(new Eligibility(id, covering is not null, latest.CoopId, latest.CoverageStart, latest.CoverageEnd));
    }

    /// <summary>One row per coop whose people the response held, in its register of communications, and one audit entry per coop.</summary>
    private static async Task RecordAsync(TelemedicineDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock, string kind, DateTimeOffset? since,
        IReadOnlyList<RosterPerson> people, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var byCoop = people.GroupBy(p => p.CoopId).ToDictionary(g => g.Key, g => g.Select(p => p.PersonId).ToList());
        if (byCoop.Count == 0 && user.ActiveCoopId is { } own) byCoop[own] = [];
        var entries = new List<AuditEntry>();
        foreach (var (coopId, persons) in byCoop)
        {
            db.RosterReads.Add(new RosterRead { Id = Guid.CreateVersion7(), CoopId = coopId, ReadAt = now, ApiKeyId = user.ApiKeyId, ClientName = user.DisplayName ?? "",
                Kind = kind, Since = since, People = persons.Count });
            entries.Add(new AuditEntry(AuditEventType.TelemedicineRosterRead, "TelemedicineRoster", coopId.ToString(), coopId,
                new { kind, since, People = persons.Count, Persons = persons.Take(200).ToList() }));
        }
        if (entries.Count == 0) entries.Add(new AuditEntry(AuditEventType.TelemedicineRosterRead, "TelemedicineRoster", "", null, new { kind, since, People = 0 }));
        await db.SaveChangesAndAuditAsync(audit, entries, ct);
    }

    public static byte[] ToCsv(IReadOnlyList<RosterPerson> people)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions
        {
            WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture, Separator = ',', Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.Escape, InjectionEscape = '\'',
        }, leaveOpen: true))
        {
            csv.WriteRecord(["personId", "familyName", "givenName", "birthDate", "email", "language", "coopId", "coverageStart", "coverageEnd"]);
            foreach (var p in people)
                csv.WriteRecord([p.PersonId.ToString(), p.FamilyName, p.GivenName, Iso(p.BirthDate), p.Email ?? "", p.Language, p.CoopId.ToString(), Iso(p.CoverageStart),
                    p.CoverageEnd is { } end ? Iso(end) : ""]);
        }
        return buffer.ToArray();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
