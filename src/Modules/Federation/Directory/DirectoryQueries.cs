using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Directory;

internal sealed record DirectoryItem(Guid Id, string Name, string City, RegionDto Region, IReadOnlyList<ServiceDto> Services);

internal sealed record DirectoryCoop(Guid Id, string Name, string Address, string City, string PostalCode, RegionDto Region,
    string? Phone, string? Email, string? Website, string? Description, OpeningHoursDto OpeningHours, IReadOnlyList<ServiceDto> Services);

/// <summary>The public directory: active coops only, public fields only.</summary>
internal static class DirectoryQueries
{
    public static async Task<Page<DirectoryItem>> SearchAsync(FederationDbContext db, string? q, string? region, string? service, PageRequest page, CancellationToken ct)
    {
        // A postal code or its forward sortation area ("J7Z 5T3", "j7z") is not a name: it lists every coop, those of that area first.
        var area = PostalArea.Of(q);
        var query = (await CoopQueries.FilterAsync(db, new CoopFilter(area is null ? q : null, region, null, service), ct)).Where(c => c.Status == CoopStatus.Active);
        var ordered = area is null ? query.OrderBy(c => c.RegionCode) : query.OrderBy(PostalArea.Nearness(area)).ThenBy(c => c.RegionCode);
        var rows = await ordered.ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.City, c.RegionCode, Services = c.Services.Select(s => s.ServiceCode).ToList() })
            .ToPageAsync(page, ct);
        var services = await CoopQueries.ServicesAsync(db, ct);
        return rows.Map(r => new DirectoryItem(r.Id, r.Name, r.City, CoopQueries.Region(r.RegionCode), CoopQueries.ServiceDtos(r.Services, services)));
    }

    public static async Task<DirectoryCoop> FindAsync(FederationDbContext db, Guid id, CancellationToken ct)
    {
        var c = await db.Coops.AsNoTracking().Include(x => x.Services).FirstOrDefaultAsync(x => x.Id == id && x.Status == CoopStatus.Active, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        var services = await CoopQueries.ServicesAsync(db, ct);
        return new DirectoryCoop(c.Id, c.Name, c.Address, c.City, c.PostalCode, CoopQueries.Region(c.RegionCode), c.Phone, c.Email, c.Website,
            c.Description, OpeningHoursDto.From(c.Hours), CoopQueries.ServiceDtos(c.Services.Select(s => s.ServiceCode), services));
    }

    public static async Task<IReadOnlyList<ServiceDto>> ServicesAsync(FederationDbContext db, CancellationToken ct) =>
        (await CoopQueries.ServiceListAsync(db, ct)).Select(s => new ServiceDto(s.Code, s.Name(CultureInfo.CurrentUICulture))).ToList();
}
