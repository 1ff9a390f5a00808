using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Library;

/// <summary>Filing, changing, versioning and withdrawing library documents: one method per action, called by the API and the screens.</summary>
internal static class LibraryCommands
{
    /// <summary>Library files: documents (PDF, office, text) up to 20 MiB, the type read from the content, never a program.</summary>
    public static readonly FileUse DocumentUse = new("library-document", 20 * FileUse.MiB, FileTypes.Documents);

    public static async Task<LibraryDocument> CreateAsync(CoopWork w, LibraryDocumentInput input, CancellationToken ct)
    {
        var (category, audience) = await ValidateAsync(w.Db, input, ct);
        var now = w.Clock.GetUtcNow();
        var document = new LibraryDocument { Id = Guid.CreateVersion7(), CreatedAt = now, Version = 1 };
        Apply(document, input, category, audience, now);
        w.Db.LibraryDocuments.Add(document);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.LibraryDocumentCreated, nameof(LibraryDocument), document.Id.ToString(), null,
            new { document.Category, document.Audience, Targets = document.Targets.Count }), ct);
        return document;
    }

    public static async Task<LibraryDocument> UpdateAsync(CoopWork w, Guid documentId, LibraryDocumentInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw new DomainException(PlatformErrors.Required.At("version"));
        var document = await LoadAsync(w.Db, documentId, ct);
        if (document.WithdrawnAt is not null) throw new DomainException(PlatformErrors.NotFound);
        var (category, audience) = await ValidateAsync(w.Db, input, ct);
        if (document.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(document).Property(d => d.Version).OriginalValue = version;
        w.Db.RemoveRange(document.Targets);
        Apply(document, input, category, audience, w.Clock.GetUtcNow());
        w.Db.AddRange(document.Targets); // new rows with their ids set: without this EF would take them for existing ones to update
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.LibraryDocumentUpdated, nameof(LibraryDocument), document.Id.ToString(), null,
            new { document.Category, document.Audience, Targets = document.Targets.Count }), ct);
        return document;
    }

    /// <summary>Adds a file as the document's next version; the older ones stay downloadable.</summary>
    public static async Task<LibraryDocumentVersion> AddVersionAsync(CoopWork w, IFileStore files, Guid documentId, string fileName, Stream content, string? note, CancellationToken ct)
    {
        var document = await LoadAsync(w.Db, documentId, ct);
        if (document.WithdrawnAt is not null) throw new DomainException(PlatformErrors.NotFound);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > LibraryDocumentVersion.NoteMax }) throw new DomainException(PlatformErrors.TooLong.At("note", LibraryDocumentVersion.NoteMax));
        // The store checks size and type on the content and writes nothing when it refuses.
        var stored = await files.SaveAsync(FileOwners.Federation, DocumentUse, fileName, content, ct);
        var now = w.Clock.GetUtcNow();
        var version = new LibraryDocumentVersion
        {
            Id = Guid.CreateVersion7(), DocumentId = document.Id, Number = document.CurrentVersion + 1, FileId = stored.Id, FileName = stored.FileName,
            ContentType = stored.ContentType, Length = stored.Length, Note = note, UploadedAt = now, UploadedByName = w.User.DisplayName,
        };
        w.Db.Add(version);
        // Bumping the document makes two uploads at once conflict (its version check) instead of both claiming the same number.
        document.CurrentVersion = version.Number;
        document.UpdatedAt = now;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.LibraryDocumentVersionAdded, nameof(LibraryDocument), document.Id.ToString(), null,
            new { version.Number, stored.Id, stored.ContentType, stored.Length }), ct);
        return version;
    }

    public static async Task WithdrawAsync(CoopWork w, Guid documentId, int? version, CancellationToken ct)
    {
        if (version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        var document = await LoadAsync(w.Db, documentId, ct);
        if (document.WithdrawnAt is not null) return;
        if (document.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(document).Property(d => d.Version).OriginalValue = version.Value;
        document.WithdrawnAt = w.Clock.GetUtcNow();
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.LibraryDocumentWithdrawn, nameof(LibraryDocument), document.Id.ToString(), null,
            new { document.TitleFr }), ct);
    }

    public static async Task<LibraryDocument> LoadAsync(FederationDbContext db, Guid id, CancellationToken ct) =>
        await db.LibraryDocuments.Include(d => d.Targets).Include(d => d.Versions).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new DomainException(PlatformErrors.NotFound);

    private static async Task<(LibraryCategory, BulletinAudience)> ValidateAsync(FederationDbContext db, LibraryDocumentInput input, CancellationToken ct)
    {
        var ids = input.CoopIds ?? [];
        var known = (await db.Coops.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        DomainException.ThrowIfAny(LibraryValidation.Validate(input, known, out var category, out var audience));
        return (category, audience);
    }

    private static void Apply(LibraryDocument d, LibraryDocumentInput input, LibraryCategory category, BulletinAudience audience, DateTimeOffset now)
    {
        d.TitleFr = input.TitleFr!.Trim();
        d.TitleEn = input.TitleEn!.Trim();
        d.DescriptionFr = input.DescriptionFr!.Trim();
        d.DescriptionEn = input.DescriptionEn!.Trim();
        d.Category = category;
        d.Audience = audience;
        d.UpdatedAt = now;
        d.Targets = audience switch
        {
            BulletinAudience.Regions => AudienceValidation.RegionCodes(input.Regions!).Select(r => new LibraryDocumentTarget { Id = Guid.CreateVersion7(), DocumentId = d.Id, RegionCode = r }).ToList(),
            BulletinAudience.Coops => input.CoopIds!.Distinct().Select(c => new LibraryDocumentTarget { Id = Guid.CreateVersion7(), DocumentId = d.Id, CoopId = c }).ToList(),
            _ => [],
        };
        d.SearchText = LibrarySearch.TextOf(d);
    }
}
