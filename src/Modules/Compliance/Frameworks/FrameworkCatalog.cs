using CoopSante.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Frameworks;

/// <summary>A section of a version, with its recommendations in order.</summary>
internal sealed record SectionContent(Section Section, IReadOnlyList<Recommendation> Recommendations);

/// <summary>A version's whole text: sections in order, each with its recommendations in order.</summary>
internal sealed record VersionContent(Framework Framework, FrameworkVersion Version, IReadOnlyList<SectionContent> Sections)
{
    public IEnumerable<Recommendation> Recommendations => Sections.SelectMany(s => s.Recommendations);
}

/// <summary>
/// Reads framework versions for the other features (campaigns and assessments read a published version through it).
/// Read-only, untracked: callers never change a version's text through it.
/// </summary>
internal sealed class FrameworkCatalog(ComplianceDbContext db)
{
    /// <summary>A version's text, whatever its status; null when it does not exist.</summary>
    public async Task<VersionContent?> ContentAsync(Guid versionId, CancellationToken ct = default)
    {
        var version = await db.FrameworkVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return null;
        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == version.FrameworkId, ct);
        var sections = await db.Sections.AsNoTracking().Where(s => s.VersionId == versionId).OrderBy(s => s.Order).ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.VersionId == versionId).ToListAsync(ct);
        var bySection = recommendations.ToLookup(r => r.SectionId);
        return new VersionContent(framework, version,
            sections.Select(s => new SectionContent(s, bySection[s.Id].OrderBy(r => r.Order).ThenBy(r => r.Code, StringComparer.Ordinal).ToList())).ToList());
    }

    /// <summary>A published version's recommendations with their sections; refuses a version that is not published (or retired).</summary>
    public async Task<VersionContent> PublishedAsync(Guid versionId, CancellationToken ct = default)
    {
        var content = await ContentAsync(versionId, ct) ?? throw new Platform.Errors.DomainException(Platform.Errors.PlatformErrors.NotFound);
        if (content.Version.Status is not (FrameworkVersionStatus.Published or FrameworkVersionStatus.Retired))
            throw new Platform.Errors.DomainException(ComplianceErrors.VersionNotPublished);
        return content;
    }

    /// <summary>Every published version (newest first), for choosing one when opening a campaign.</summary>
    public async Task<IReadOnlyList<(Framework Framework, FrameworkVersion Version)>> PublishedVersionsAsync(CancellationToken ct = default)
    {
        var rows = await (from v in db.FrameworkVersions.AsNoTracking()
                          join f in db.Frameworks.AsNoTracking() on v.FrameworkId equals f.Id
                          where v.Status == FrameworkVersionStatus.Published
                          select new { f, v }).ToListAsync(ct);
        return rows.OrderBy(r => r.f.Name, StringComparer.CurrentCulture).ThenByDescending(r => r.v.Number).Select(r => (r.f, r.v)).ToList();
    }
}
