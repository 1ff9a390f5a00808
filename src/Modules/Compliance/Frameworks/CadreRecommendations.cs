using CoopSante.Compliance.Contracts;
using CoopSante.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Frameworks;

/// <summary>The contract's implementation: the recommendations of published versions, newest version first for a repeated code.</summary>
internal sealed class CadreRecommendations(ComplianceDbContext db) : ICadreRecommendations
{
    public async Task<IReadOnlyList<CadreRecommendation>> PublishedAsync(CancellationToken ct = default) =>
        (await Query(null).ToListAsync(ct)).DistinctBy(r => r.Code).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    public async Task<CadreRecommendation?> FindAsync(string code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code) ? null : await Query(code.Trim()).FirstOrDefaultAsync(ct);

    private IQueryable<CadreRecommendation> Query(string? code) =>
        from r in db.Recommendations.AsNoTracking()
        join v in db.FrameworkVersions on r.VersionId equals v.Id
        join f in db.Frameworks on v.FrameworkId equals f.Id
        where v.Status == FrameworkVersionStatus.Published && (code == null || r.Code == code)
        orderby v.PublishedOn descending, v.Number descending
        select new CadreRecommendation(r.Code, r.TitleFr, r.TitleEn, f.Name, v.Number);
}
