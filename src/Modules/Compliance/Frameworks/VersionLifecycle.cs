using CoopSante.Compliance.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Frameworks;

/// <summary>
/// A version's life: draft → in consultation → published → retired. A consultation can send the draft back for edits;
/// the federation may publish a draft directly (an official text imported as is). Publishing retires the framework's
/// previously published version and refuses a version without recommendations or with an empty section.
/// </summary>
internal static class VersionLifecycle
{
    public static bool CanMove(FrameworkVersionStatus from, FrameworkVersionStatus to) => (from, to) switch
    {
        (FrameworkVersionStatus.Draft, FrameworkVersionStatus.InConsultation) => true,
        (FrameworkVersionStatus.Draft, FrameworkVersionStatus.Published) => true,
        (FrameworkVersionStatus.InConsultation, FrameworkVersionStatus.Draft) => true,
        (FrameworkVersionStatus.InConsultation, FrameworkVersionStatus.Published) => true,
        (FrameworkVersionStatus.Published, FrameworkVersionStatus.Retired) => true,
        _ => false,
    };

    /// <summary>The failures that keep a version's content from being published (empty sections, no recommendation).</summary>
    public static IEnumerable<Failure> PublishingFailures(IReadOnlyList<Section> sections, IReadOnlyCollection<Recommendation> recommendations)
    {
        if (sections.Count == 0 || recommendations.Count == 0) yield return ComplianceErrors.VersionEmpty;
        var used = recommendations.Select(r => r.SectionId).ToHashSet();
        foreach (var s in sections.Where(s => !used.Contains(s.Id)).OrderBy(s => s.Order))
            yield return ComplianceErrors.SectionEmpty.At("sections", s.TitleFr);
    }

    public static async Task<FrameworkVersion> ChangeStatusAsync(FrameworkWork w, Guid versionId, StatusInput input, CancellationToken ct)
    {
        var version = await FrameworkEditing.LoadAsync(w.Db, versionId, ct);
        if (string.IsNullOrWhiteSpace(input.Status)) throw new DomainException(PlatformErrors.Required.At("status"));
        if (input.Status.Any(char.IsDigit) || !Enum.TryParse<FrameworkVersionStatus>(input.Status.Trim(), true, out var to) || !Enum.IsDefined(to))
            throw new DomainException(PlatformErrors.InvalidValue.At("status"));
        var from = version.Status;
        if (!CanMove(from, to)) throw new DomainException(ComplianceErrors.StatusChangeRefused.At("status", from, to));
        var today = w.Clock.Today();
        var audits = new List<AuditEntry>();
        if (to == FrameworkVersionStatus.Published)
        {
            var sections = await w.Db.Sections.AsNoTracking().Where(s => s.VersionId == versionId).ToListAsync(ct);
            var recommendations = await w.Db.Recommendations.AsNoTracking().Where(r => r.VersionId == versionId).ToListAsync(ct);
            DomainException.ThrowIfAny(PublishingFailures(sections, recommendations).ToList());
            version.PublishedOn = today;
            foreach (var previous in await w.Db.FrameworkVersions.Where(v => v.FrameworkId == version.FrameworkId && v.Status == FrameworkVersionStatus.Published).ToListAsync(ct))
            {
                previous.Status = FrameworkVersionStatus.Retired;
                previous.RetiredOn = today;
                audits.Add(Entry(previous, FrameworkVersionStatus.Published));
            }
        }
        if (to == FrameworkVersionStatus.Retired) version.RetiredOn = today;
        version.Status = to;
        audits.Add(Entry(version, from));
        await w.Db.SaveChangesAndAuditAsync(w.Audit, audits, ct);
        return version;
    }

    private static AuditEntry Entry(FrameworkVersion v, FrameworkVersionStatus from) =>
        new(AuditEventType.FrameworkVersionStatusChanged, nameof(FrameworkVersion), v.Id.ToString(), Details: new { from = from.ToString(), to = v.Status.ToString(), v.Number });
}
