using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Library;

internal static class LibraryQueries
{
    private static LibraryVersionDto Dto(LibraryDocumentVersion v) => new(v.Id, v.Number, v.FileName, v.ContentType, v.Length, v.Note, v.UploadedAt, v.UploadedByName);

    private static List<LibraryVersionDto> Newest(IEnumerable<LibraryDocumentVersion> versions) => versions.OrderByDescending(v => v.Number).Select(Dto).ToList();

    /// <summary>The versions as the screens link them, under <paramref name="documentUrl"/>.</summary>
    public static IReadOnlyList<(string Url, int Number, string FileName, long Length, string? Note, DateTimeOffset UploadedAt)> Links(
        IEnumerable<LibraryVersionDto> versions, string documentUrl) =>
        versions.Select(v => ($"{documentUrl}/versions/{v.Id}/file", v.Number, v.FileName, v.Length, v.Note, v.UploadedAt)).ToList();

    /// <summary>Every document of the library (withdrawn ones too), most recently changed first, filtered by words and category.</summary>
    public static async Task<Page<FederationLibraryDocumentDto>> FederationListAsync(FederationDbContext db, string? q, string? category, PageRequest request, CancellationToken ct) =>
        (await LibrarySearch.Filter(db.LibraryDocuments.AsNoTracking(), q, category).Include(d => d.Targets).Include(d => d.Versions).AsSplitQuery()
            .OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id).ToPageAsync(request, ct)).Map(ToFederationDto);

    public static FederationLibraryDocumentDto ToFederationDto(LibraryDocument d) => new(d.Id, d.TitleFr, d.TitleEn, d.DescriptionFr, d.DescriptionEn,
        d.Category.ToString(), d.Audience.ToString(),
        d.Targets.Where(t => t.RegionCode is not null).Select(t => t.RegionCode!).Order(StringComparer.Ordinal).ToList(),
        d.Targets.Where(t => t.CoopId is not null).Select(t => t.CoopId!.Value).ToList(),
        Newest(d.Versions), d.UpdatedAt, d.WithdrawnAt is not null, d.Version);

    /// <summary>The documents addressed to a coop, in the reader's language, filtered by words and category, by title.</summary>
    public static async Task<Page<CoopLibraryDocumentDto>> CoopListAsync(FederationDbContext db, Guid coopId, bool english, string? q, string? category, PageRequest request, CancellationToken ct)
    {
        var query = LibrarySearch.Filter(await LibraryAddressing.AddressedToAsync(db, coopId, ct), q, category).Include(d => d.Versions);
        var ordered = english ? query.OrderBy(d => d.TitleEn).ThenBy(d => d.Id) : query.OrderBy(d => d.TitleFr).ThenBy(d => d.Id);
        return (await ordered.AsSplitQuery().ToPageAsync(request, ct)).Map(d => ToCoopDto(d, english));
    }

    public static async Task<CoopLibraryDocumentDto> CoopGetAsync(FederationDbContext db, Guid coopId, Guid documentId, bool english, CancellationToken ct) =>
        ToCoopDto(await (await LibraryAddressing.AddressedToAsync(db, coopId, ct)).Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == documentId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound), english);

    private static CoopLibraryDocumentDto ToCoopDto(LibraryDocument d, bool english) =>
        new(d.Id, d.Title(english), d.Description(english), d.Category.ToString(), d.UpdatedAt, Newest(d.Versions));

    /// <summary>A version of a document addressed to the coop; anything else (another coop's, withdrawn, unknown) is not found.</summary>
    public static async Task<LibraryDocumentVersion> CoopVersionAsync(FederationDbContext db, Guid coopId, Guid documentId, Guid versionId, CancellationToken ct)
    {
        var addressed = await LibraryAddressing.AddressedToAsync(db, coopId, ct);
        return await db.Set<LibraryDocumentVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.Id == versionId && v.DocumentId == documentId && addressed.Any(d => d.Id == documentId), ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
    }

    public static async Task<LibraryDocumentVersion> FederationVersionAsync(FederationDbContext db, Guid documentId, Guid versionId, CancellationToken ct) =>
        await db.Set<LibraryDocumentVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId && v.DocumentId == documentId, ct)
        ?? throw new DomainException(PlatformErrors.NotFound);
}
