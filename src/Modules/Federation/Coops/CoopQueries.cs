using System.Globalization;
using CoopSante.Federation.Data;
using CoopSante.Federation.Regions;
using CoopSante.Federation.Services;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;
using CoopSante.Platform.Text;

namespace CoopSante.Federation.Coops;

/// <summary>Filters of the federation's coop list (every coop, any status).</summary>
/// <param name="Only">When set, only these coops (a federation auditor's assigned coops).</param>
internal sealed record CoopFilter(string? Q = null, string? Region = null, string? Status = null, string? Service = null, IReadOnlyCollection<Guid>? Only = null);

/// <summary>Reads of the registry shared by the API and the screens.</summary>
internal static class CoopQueries
{
    public static async Task<IReadOnlyDictionary<string, HealthService>> ServicesAsync(FederationDbContext db, CancellationToken ct) =>
        (await db.HealthServices.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Code).ToListAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);

    public static async Task<IReadOnlyList<HealthService>> ServiceListAsync(FederationDbContext db, CancellationToken ct) =>
        await db.HealthServices.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Code).ToListAsync(ct);

    public static RegionDto Region(string code) => new(code, QuebecRegions.NameOf(code, CultureInfo.CurrentUICulture));

    public static IReadOnlyList<ServiceDto> ServiceDtos(IEnumerable<string> codes, IReadOnlyDictionary<string, HealthService> services) =>
        codes.Select(c => services.TryGetValue(c, out var s) ? s : new HealthService { Code = c, NameFr = c, NameEn = c })
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new ServiceDto(s.Code, s.Name(CultureInfo.CurrentUICulture))).ToList();

    public static CoopDto ToDto(Coop c, IReadOnlyDictionary<string, HealthService> services) => new(
        c.Id, c.Name, c.LegalName, c.Neq, c.Address, c.City, c.PostalCode, Region(c.RegionCode), c.Phone, c.Email, c.Website, c.Description,
        c.FoundedOn, c.FqcsMemberSince, c.Status.ToString(), OpeningHoursDto.From(c.Hours), ServiceDtos(c.Services.Select(s => s.ServiceCode), services),
        new DeclaredCountsDto(c.DeclaredMembers, c.DeclaredPhysicians, c.DeclaredNurses, c.DeclaredOtherProfessionals, c.CountsDeclaredOn, c.DeclaredPatients),
        c.CreatedAt, c.UpdatedAt, c.Version);

    public static CoopProfileDto ToProfile(Coop c, IReadOnlyDictionary<string, HealthService> services) => new(
        c.Id, c.Name, c.Phone, c.Email, c.Website, c.Description, OpeningHoursDto.From(c.Hours),
        ServiceDtos(c.Services.Select(s => s.ServiceCode), services), c.Version);

    /// <summary>Checks the filter values (unknown region, status or service → 400) and returns the filtered query.</summary>
    public static async Task<IQueryable<Coop>> FilterAsync(FederationDbContext db, CoopFilter filter, CancellationToken ct)
    {
        var failures = new List<Failure>();
        IQueryable<Coop> query = db.Coops.AsNoTracking();
        if (filter.Only is { } only) query = query.Where(c => only.Contains(c.Id));
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            if (QuebecRegions.Find(filter.Region) is { } region) query = query.Where(c => c.RegionCode == region.Code);
            else failures.Add(FederationErrors.RegionUnknown.At("region"));
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (CoopValidation.TryParseStatus(filter.Status, out var status)) query = query.Where(c => c.Status == status);
            else failures.Add(FederationErrors.StatusUnknown.At("status"));
        }
        if (!string.IsNullOrWhiteSpace(filter.Service))
        {
            var code = filter.Service.Trim();
            if (await db.HealthServices.AnyAsync(s => s.Code == code, ct)) query = query.Where(c => c.Services.Any(s => s.ServiceCode == code));
            else failures.Add(FederationErrors.ServiceUnknown.At("service"));
        }
        if (filter.Q is { Length: > 200 }) failures.Add(PlatformErrors.TooLong.At("q", 200));
        DomainException.ThrowIfAny(failures);
        // Place names as Québec writes them: "st-jerome" and "Saint-Jérôme" have one stored form (see SearchNormalizer.NormalizePlace).
        var q = SearchNormalizer.NormalizePlace(filter.Q);
        if (q.Length > 0)
        {
            var compact = SearchNormalizer.Normalize(filter.Q).Replace(" ", "", StringComparison.Ordinal);
            query = query.Where(c => c.SearchText.Contains(q) || c.Neq == compact);
        }
        return query;
    }

    public static async Task<Page<CoopListItem>> ListAsync(FederationDbContext db, CoopFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = await FilterAsync(db, filter, ct);
        var rows = await query.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.City, c.RegionCode, c.Status, c.Neq, c.DeclaredMembers, c.Version })
            .ToPageAsync(page, ct);
        return rows.Map(r => new CoopListItem(r.Id, r.Name, r.City, Region(r.RegionCode), r.Status.ToString(), r.Neq, r.DeclaredMembers, r.Version));
    }

    public static async Task<Page<CoopChangeDto>> HistoryAsync(FederationDbContext db, Guid coopId, PageRequest page, CancellationToken ct)
    {
        if (!await db.Coops.AnyAsync(c => c.Id == coopId, ct)) throw new DomainException(PlatformErrors.NotFound);
        var rows = await db.CoopChanges.AsNoTracking().Where(h => h.CoopId == coopId)
            .OrderByDescending(h => h.OccurredAt).ThenByDescending(h => h.Id).ToPageAsync(page, ct);
        return rows.Map(h => new CoopChangeDto(h.Id, h.OccurredAt, h.Kind.ToString(), h.ActorUserId, h.ActorName, CoopCommands.ReadChanges(h.Changes)));
    }
}
