using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Bulletins;

/// <summary>Publishing, attaching, withdrawing and reading bulletins: one method per action, called by the API and the screens.</summary>
internal static class BulletinCommands
{
    /// <summary>Attachments: documents and images up to 5 MiB, the type read from the content.</summary>
    public static readonly FileUse AttachmentUse = new("bulletin-attachment", 5 * FileUse.MiB, FileTypes.DocumentsAndImages);

    public static async Task<Bulletin> PublishAsync(CoopWork w, BulletinInput input, CancellationToken ct)
    {
        var ids = input.CoopIds ?? [];
        var known = (await w.Db.Coops.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var failures = BulletinValidation.Validate(input, known, out var audience);
        DomainException.ThrowIfAny(failures);

        var bulletin = new Bulletin
        {
            Id = Guid.CreateVersion7(),
            TitleFr = input.TitleFr!.Trim(),
            TitleEn = input.TitleEn!.Trim(),
            BodyFr = input.BodyFr!.Trim(),
            BodyEn = input.BodyEn!.Trim(),
            Audience = audience,
            PublishedAt = w.Clock.GetUtcNow(),
            PublishedBy = w.User.UserId,
            PublishedByName = w.User.DisplayName,
            Version = 1,
        };
        if (audience == BulletinAudience.Regions)
            bulletin.Targets = AudienceValidation.RegionCodes(input.Regions!)
                .Select(r => new BulletinTarget { Id = Guid.CreateVersion7(), BulletinId = bulletin.Id, RegionCode = r }).ToList();
        if (audience == BulletinAudience.Coops)
            bulletin.Targets = ids.Distinct().Select(c => new BulletinTarget { Id = Guid.CreateVersion7(), BulletinId = bulletin.Id, CoopId = c }).ToList();
        w.Db.Bulletins.Add(bulletin);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.BulletinPublished, nameof(Bulletin), bulletin.Id.ToString(), null,
            new { bulletin.Audience, Targets = bulletin.Targets.Count }), ct);
        return bulletin;
    }

    public static async Task<BulletinAttachment> AttachAsync(CoopWork w, IFileStore files, Guid bulletinId, string fileName, Stream content, CancellationToken ct)
    {
        var bulletin = await LoadAsync(w.Db, bulletinId, ct);
        if (bulletin.WithdrawnAt is not null) throw new DomainException(PlatformErrors.NotFound);
        if (bulletin.Attachments.Count >= Bulletin.AttachmentsMax) throw new DomainException(ServicesErrors.BulletinTooManyAttachments.At("file", Bulletin.AttachmentsMax));
        // The store checks size and type on the content and writes nothing when it refuses.
        var stored = await files.SaveAsync(FileOwners.Federation, AttachmentUse, fileName, content, ct);
        var attachment = new BulletinAttachment
        {
            Id = Guid.CreateVersion7(), BulletinId = bulletin.Id, FileId = stored.Id, FileName = stored.FileName, ContentType = stored.ContentType, Length = stored.Length,
        };
        w.Db.Add(attachment);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.BulletinAttachmentAdded, nameof(Bulletin), bulletin.Id.ToString(), null,
            new { stored.Id, stored.ContentType, stored.Length }), ct);
        return attachment;
    }

    public static async Task WithdrawAsync(CoopWork w, Guid bulletinId, int? version, CancellationToken ct)
    {
        if (version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        var bulletin = await LoadAsync(w.Db, bulletinId, ct);
        if (bulletin.WithdrawnAt is not null) return;
        if (bulletin.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(bulletin).Property(b => b.Version).OriginalValue = version.Value;
        bulletin.WithdrawnAt = w.Clock.GetUtcNow();
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.BulletinWithdrawn, nameof(Bulletin), bulletin.Id.ToString(), null, new { bulletin.TitleFr }), ct);
    }

    /// <summary>Marks a bulletin read by the caller in their coop; reading twice changes nothing. A bulletin not addressed to the coop is not found.</summary>
    public static async Task MarkReadAsync(CoopWork w, Guid coopId, Guid bulletinId, CancellationToken ct)
    {
        if (w.User.UserId is not { } userId) throw new DomainException(PlatformErrors.NotFound);
        var addressed = await BulletinAddressing.AddressedToAsync(w.Db, coopId, ct);
        if (!await addressed.AnyAsync(b => b.Id == bulletinId, ct)) throw new DomainException(PlatformErrors.NotFound);
        var reads = w.Db.BulletinReads.IgnoreQueryFilters();
        if (await reads.AnyAsync(r => r.CoopId == coopId && r.BulletinId == bulletinId && r.UserId == userId, ct)) return;
        w.Db.BulletinReads.Add(new BulletinRead { BulletinId = bulletinId, CoopId = coopId, UserId = userId, ReadAt = w.Clock.GetUtcNow() });
        try
        {
            await w.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks raced: the first one's row is the read; anything else is a real failure.
            w.Db.ChangeTracker.Clear();
            if (!await reads.AnyAsync(r => r.CoopId == coopId && r.BulletinId == bulletinId && r.UserId == userId, ct)) throw;
        }
    }

    public static async Task<Bulletin> LoadAsync(FederationDbContext db, Guid id, CancellationToken ct) =>
        await db.Bulletins.Include(b => b.Targets).Include(b => b.Attachments).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == id, ct)
        ?? throw new DomainException(PlatformErrors.NotFound);
}
