using CoopSante.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Frameworks;

internal static class FrameworkQueries
{
    /// <summary>Every framework with its versions (newest first) and their recommendation counts; examples after the real ones.</summary>
    public static async Task<IReadOnlyList<FrameworkListItem>> ListAsync(ComplianceDbContext db, CancellationToken ct)
    {
        var frameworks = await db.Frameworks.AsNoTracking().ToListAsync(ct);
        var versions = await db.FrameworkVersions.AsNoTracking()
            .Select(v => new { v.FrameworkId, v.Id, v.Number, v.Status, v.PublishedOn, Count = db.Recommendations.Count(r => r.VersionId == v.Id) })
            .ToListAsync(ct);
        var byFramework = versions.ToLookup(v => v.FrameworkId);
        return frameworks
            .OrderBy(f => f.IsExample).ThenBy(f => f.Name, StringComparer.CurrentCulture)
            .Select(f => new FrameworkListItem(f.Id, f.Name, f.IsExample,
                byFramework[f.Id].OrderByDescending(v => v.Number).Select(v => new VersionListItem(v.Id, v.Number, v.Status.ToString(), v.Count, v.PublishedOn)).ToList()))
            .ToList();
    }
}
