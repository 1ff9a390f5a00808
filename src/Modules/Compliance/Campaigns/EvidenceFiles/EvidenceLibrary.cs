using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.EvidenceFiles;

internal sealed record EvidenceDetails(string? Title, DateOnly? AttestsOn, DateOnly? ExpiresOn);

/// <summary>
/// A coop's library of evidence files, reusable across campaigns. The content goes through the platform's file store,
/// which checks the type on the content (a renamed program is refused), the size, and keeps the SHA-256.
/// </summary>
internal sealed class EvidenceLibrary(ComplianceDbContext db, IFileStore files, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>PDF, images and office documents, at most 20 MiB.</summary>
    public static readonly FileUse Use = new("compliance-evidence", 20 * FileUse.MiB,
        new HashSet<string>(FileTypes.Images.Concat([FileTypes.Pdf, FileTypes.Docx, FileTypes.Xlsx, FileTypes.Pptx, FileTypes.Odt, FileTypes.Ods, FileTypes.Odp]), StringComparer.Ordinal));

    public const int TitleMax = 200;

    /// <summary>Checked before a byte of content is stored.</summary>
    public List<Failure> Validate(EvidenceDetails details)
    {
        var failures = new List<Failure>();
        var title = details.Title?.Trim() ?? "";
        if (title.Length is 0 or > TitleMax || InputGuards.HasForbiddenControlCharacters(title)) failures.Add(CampaignErrors.EvidenceTitleRequired.At("title"));
        var today = clock.Today();
        if (details.AttestsOn is not { } attests || attests > today || attests < today.AddYears(-30)
            || (details.ExpiresOn is { } expires && (expires <= attests || expires > today.AddYears(30))))
            failures.Add(CampaignErrors.EvidenceDatesInvalid.At("attestsOn"));
        return failures;
    }

    public async Task<EvidenceView> AddAsync(Guid coopId, EvidenceDetails details, string fileName, Stream content, CancellationToken ct)
    {
        DomainException.ThrowIfAny(Validate(details));
        var stored = await files.SaveAsync(coopId, Use, fileName, content, ct);
        var evidence = new Evidence
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, FileId = stored.Id, Title = details.Title!.Trim(), FileName = stored.FileName, ContentType = stored.ContentType,
            Length = stored.Length, Sha256 = stored.Sha256, AttestsOn = details.AttestsOn!.Value, ExpiresOn = details.ExpiresOn, UploadedAt = stored.UploadedAt,
        };
        db.Add(evidence);
        try
        {
            await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.EvidenceAdded, "Evidence", evidence.Id.ToString(), coopId,
                new { evidence.Sha256, evidence.ContentType, evidence.Length, evidence.AttestsOn, evidence.ExpiresOn }), ct);
        }
        catch
        {
            // The file alone would be an orphan nobody sees: take it back.
            await files.DeleteAsync(coopId, stored.Id, CancellationToken.None);
            throw;
        }
        return EvidenceView.Of(evidence, clock.Today());
    }

    public async Task<Page<EvidenceView>> ListAsync(Guid coopId, PageRequest page, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await db.Set<Evidence>().AsNoTracking().Where(e => e.CoopId == coopId)
            .OrderByDescending(e => e.UploadedAt).ThenBy(e => e.Id).ToPageAsync(page, ct);
        return rows.Map(e => EvidenceView.Of(e, today));
    }

    public async Task<(StoredFile File, Stream Content)> OpenAsync(Guid coopId, Guid evidenceId, CancellationToken ct)
    {
        var fileId = await db.Set<Evidence>().AsNoTracking().Where(e => e.Id == evidenceId && e.CoopId == coopId).Select(e => (Guid?)e.FileId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(CampaignErrors.EvidenceNotFound);
        return await files.OpenAsync(coopId, fileId, ct) ?? throw new DomainException(CampaignErrors.EvidenceNotFound);
    }
}
