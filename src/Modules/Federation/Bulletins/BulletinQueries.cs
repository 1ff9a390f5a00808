using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Bulletins;

internal static class BulletinQueries
{
    private static BulletinAttachmentDto Dto(BulletinAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Length);

    /// <summary>The federation's bulletins, newest first, with how many addressed coops have read each.</summary>
    public static async Task<Page<FederationBulletinDto>> FederationListAsync(FederationDbContext db, PageRequest request, CancellationToken ct)
    {
        var page = await db.Bulletins.AsNoTracking().Include(b => b.Targets).Include(b => b.Attachments).AsSplitQuery()
            .OrderByDescending(b => b.PublishedAt).ThenBy(b => b.Id).ToPageAsync(request, ct);
        var coops = await BulletinAddressing.ActiveCoopsAsync(db, ct);
        var ids = page.Items.Select(b => b.Id).ToList();
        // Across coops on purpose: the federation sees which coops read, never who.
        var reads = await db.BulletinReads.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.BulletinId))
            .Select(r => new { r.BulletinId, r.CoopId }).Distinct().ToListAsync(ct);
        return page.Map(b =>
        {
            var addressed = coops.Where(c => BulletinAddressing.Addresses(b, c.Id, c.Region)).Select(c => c.Id).ToHashSet();
            return ToFederationDto(b, addressed.Count, reads.Count(r => r.BulletinId == b.Id && addressed.Contains(r.CoopId)));
        });
    }

    public static FederationBulletinDto ToFederationDto(Bulletin b, int addressed, int read) => new(b.Id, b.TitleFr, b.TitleEn, b.BodyFr, b.BodyEn, b.Audience.ToString(),
        b.Targets.Where(t => t.RegionCode is not null).Select(t => t.RegionCode!).Order(StringComparer.Ordinal).ToList(),
        b.Targets.Where(t => t.CoopId is not null).Select(t => t.CoopId!.Value).ToList(),
        b.Attachments.Select(Dto).ToList(), b.PublishedAt, b.PublishedByName, b.WithdrawnAt is not null, addressed, read, b.Version);

    /// <summary>Each coop a bulletin addresses, with how many of its people read it and when it was first read; unread coops first.</summary>
    public static async Task<Page<CoopReadDto>> ReadsAsync(FederationDbContext db, Guid bulletinId, PageRequest request, CancellationToken ct)
    {
        var bulletin = await BulletinCommands.LoadAsync(db, bulletinId, ct);
        var reads = await db.BulletinReads.IgnoreQueryFilters().AsNoTracking().Where(r => r.BulletinId == bulletinId)
            .GroupBy(r => r.CoopId).Select(g => new { CoopId = g.Key, Readers = g.Count(), First = g.Min(r => r.ReadAt) }).ToListAsync(ct);
        var rows = (await BulletinAddressing.ActiveCoopsAsync(db, ct)).Where(c => BulletinAddressing.Addresses(bulletin, c.Id, c.Region))
            .Select(c =>
            {
                var read = reads.FirstOrDefault(r => r.CoopId == c.Id);
                return new CoopReadDto(c.Id, c.Name, c.Region, read?.Readers ?? 0, read?.First);
            })
            .OrderBy(r => r.Readers > 0).ThenBy(r => r.CoopName, StringComparer.CurrentCulture).ToList();
        return new Page<CoopReadDto>(rows.Skip(request.Skip).Take(request.PageSize).ToList(), rows.Count, request.Page, request.PageSize);
    }

    /// <summary>The bulletins addressed to a coop, newest first, in the reader's language, with their read state.</summary>
    public static async Task<Page<CoopBulletinDto>> CoopListAsync(FederationDbContext db, Guid coopId, Guid? userId, bool english, bool unreadOnly, PageRequest request, CancellationToken ct)
    {
        var query = await BulletinAddressing.AddressedToAsync(db, coopId, ct);
        var reads = db.BulletinReads.IgnoreQueryFilters().Where(r => r.CoopId == coopId);
        if (unreadOnly) query = query.Where(b => !reads.Any(r => r.BulletinId == b.Id && r.UserId == userId));
        var page = await query.Include(b => b.Attachments).OrderByDescending(b => b.PublishedAt).ThenBy(b => b.Id).ToPageAsync(request, ct);
        var ids = page.Items.Select(b => b.Id).ToList();
        var counts = await reads.Where(r => ids.Contains(r.BulletinId)).GroupBy(r => r.BulletinId)
            .Select(g => new { BulletinId = g.Key, Readers = g.Count(), Mine = g.Any(r => r.UserId == userId) }).ToListAsync(ct);
        return page.Map(b =>
        {
            var c = counts.FirstOrDefault(x => x.BulletinId == b.Id);
            return new CoopBulletinDto(b.Id, b.Title(english), RichText.ToHtml(b.Body(english)), b.PublishedAt, b.Attachments.Select(Dto).ToList(), c?.Mine ?? false, c?.Readers ?? 0);
        });
    }

    public static async Task<CoopBulletinDto> CoopGetAsync(FederationDbContext db, Guid coopId, Guid? userId, Guid bulletinId, bool english, CancellationToken ct)
    {
        var b = await (await BulletinAddressing.AddressedToAsync(db, coopId, ct)).Include(x => x.Attachments).FirstOrDefaultAsync(x => x.Id == bulletinId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        var reads = db.BulletinReads.IgnoreQueryFilters().Where(r => r.CoopId == coopId && r.BulletinId == bulletinId);
        return new CoopBulletinDto(b.Id, b.Title(english), RichText.ToHtml(b.Body(english)), b.PublishedAt, b.Attachments.Select(Dto).ToList(),
            await reads.AnyAsync(r => r.UserId == userId, ct), await reads.CountAsync(ct));
    }

    /// <summary>An attachment of a bulletin addressed to the coop; anything else is not found.</summary>
    public static async Task<BulletinAttachment> CoopAttachmentAsync(FederationDbContext db, Guid coopId, Guid bulletinId, Guid attachmentId, CancellationToken ct)
    {
        var addressed = await BulletinAddressing.AddressedToAsync(db, coopId, ct);
        return await db.Set<BulletinAttachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.BulletinId == bulletinId && addressed.Any(b => b.Id == bulletinId), ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
    }
}
