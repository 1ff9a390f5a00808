using System.Globalization;
using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Campaigns.Scoring;
using CoopSante.Compliance.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security.AuditorAssignments;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Results;

internal sealed record SectionColumn(Guid Id, string Title, int Order);

internal sealed record HeatMapRow(Guid CoopId, string CoopName, AssessmentStatus Status, decimal? Score, IReadOnlyList<decimal?> Sections);

/// <summary>Coops × sections of one campaign: a page of coops, the section columns in the framework's order.</summary>
internal sealed record HeatMap(Guid CampaignId, string CampaignName, IReadOnlyList<SectionColumn> Sections, Page<HeatMapRow> Coops);

internal sealed record SectionResult(Guid SectionId, string Title, decimal? Score, Distribution? Federation);

internal sealed record TrendPoint(Guid CampaignId, string CampaignName, DateTimeOffset OpenedAt, decimal? Score);

/// <summary>A coop's results beside the anonymized federation distribution (null below five coops that answered).</summary>
internal sealed record CoopResults(Guid CoopId, Guid CampaignId, string CampaignName, decimal? Score, Distribution? Federation, IReadOnlyList<SectionResult> Sections, IReadOnlyList<TrendPoint> Trend);

/// <summary>Conformity results: the federation heat map, a coop's score page, the trend across campaigns.</summary>
internal sealed class CampaignResults(ComplianceDbContext db, ICoopDirectory coops, AuditorAssignmentService assignments)
{
    /// <summary>Statuses whose answers count in the federation distribution (the coop has answered, at least once).</summary>
    private static readonly AssessmentStatus[] Answered = [AssessmentStatus.Submitted, AssessmentStatus.ChangesRequested, AssessmentStatus.Accepted, AssessmentStatus.Closed];

    public async Task<HeatMap> HeatMapAsync(Guid campaignId, PageRequest page, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new DomainException(CampaignErrors.CampaignNotFound);
        var visible = await assignments.VisibleCoopsAsync(ct);
        // Federation staff cross coops here on purpose: only scores leave, never an answer.
        var assessments = db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking().Where(a => a.CampaignId == campaignId);
        if (visible is not null) assessments = assessments.Where(a => visible.Contains(a.CoopId));
        var all = await assessments.Select(a => new { a.Id, a.CoopId, a.Status }).ToListAsync(ct);
        var names = await coops.NamesAsync(all.Select(a => a.CoopId).ToList(), ct);
        var ordered = all.OrderBy(a => names.GetValueOrDefault(a.CoopId, ""), StringComparer.Create(CultureInfo.GetCultureInfo("fr-CA"), true)).ThenBy(a => a.CoopId).ToList();
        var pageRows = ordered.Skip(page.Skip).Take(page.PageSize).ToList();
        var pageCoops = pageRows.Select(a => a.CoopId).ToList();
        var sections = await SectionsAsync(campaignId, ct);
        var totals = await ScoreTotals.BySectionAsync(ItemsOf(campaignId).Where(i => pageCoops.Contains(i.CoopId)), ct);
        var bySection = totals.ToDictionary(t => (t.CoopId, t.SectionId));
        var byCoop = ScoreTotals.ByCoop(totals);
        var rows = pageRows.Select(a => new HeatMapRow(a.CoopId, names.GetValueOrDefault(a.CoopId, ""), a.Status, byCoop.GetValueOrDefault(a.CoopId),
            sections.Select(s => bySection.TryGetValue((a.CoopId, s.Id), out var t) ? t.Percent : null).ToList())).ToList();
        return new HeatMap(campaign.Id, campaign.Name, sections, new Page<HeatMapRow>(rows, ordered.Count, page.Page, page.PageSize));
    }

    /// <summary>The coop's own score and sections; the federation's figures are quartiles of every coop that answered, never another coop's row.</summary>
    public async Task<CoopResults> CoopAsync(Guid coopId, Guid campaignId, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new DomainException(CampaignErrors.CampaignNotFound);
        if (!await db.Set<Assessment>().AnyAsync(a => a.CoopId == coopId && a.CampaignId == campaignId, ct)) throw new DomainException(CampaignErrors.AssessmentNotFound);
        var answeredCoops = db.Set<Assessment>().IgnoreQueryFilters().Where(a => a.CampaignId == campaignId && Answered.Contains(a.Status)).Select(a => a.CoopId);
        var totals = await ScoreTotals.BySectionAsync(ItemsOf(campaignId).Where(i => i.CoopId == coopId || answeredCoops.Contains(i.CoopId)), ct);
        var answeredSet = (await answeredCoops.ToListAsync(ct)).ToHashSet();
        var federation = totals.Where(t => answeredSet.Contains(t.CoopId)).ToList();
        var overall = ScoreTotals.ByCoop(federation);
        var own = totals.Where(t => t.CoopId == coopId).ToList();
        var sections = await SectionsAsync(campaignId, ct);
        var sectionResults = sections.Select(s => new SectionResult(s.Id, s.Title, own.FirstOrDefault(t => t.SectionId == s.Id).Percent,
            Distribution.Of(federation.Where(t => t.SectionId == s.Id && t.Percent is not null).Select(t => t.Percent!.Value)))).ToList();
        return new CoopResults(coopId, campaignId, campaign.Name, ScoreTotals.ByCoop(own).GetValueOrDefault(coopId),
            Distribution.Of(overall.Values.Where(v => v is not null).Select(v => v!.Value)), sectionResults, await TrendAsync(coopId, ct));
    }

    /// <summary>The coop's score in each campaign it took part in, oldest first.</summary>
    public async Task<List<TrendPoint>> TrendAsync(Guid coopId, CancellationToken ct)
    {
        var campaigns = await (from a in db.Set<Assessment>().AsNoTracking()
                               join c in db.Set<Campaign>().AsNoTracking() on a.CampaignId equals c.Id
                               where a.CoopId == coopId
                               orderby c.OpenedAt
                               select new { c.Id, c.Name, c.OpenedAt }).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var totals = await (from i in db.Set<AssessmentItem>().AsNoTracking()
                            join a in db.Set<Assessment>().AsNoTracking() on i.AssessmentId equals a.Id
                            where a.CoopId == coopId && ids.Contains(a.CampaignId) && i.Applicable && (i.Status == ItemStatus.ToDo || i.Answer == null || i.Answer != Answer.NotApplicable)
                            group i by a.CampaignId into g
                            select new { CampaignId = g.Key, Earned = g.Sum(i => i.Status == ItemStatus.ToDo ? 0 : i.Answer == Answer.Compliant ? 2 * i.Weight : i.Answer == Answer.Partial ? i.Weight : 0), Possible = g.Sum(i => i.Weight) })
            .ToDictionaryAsync(t => t.CampaignId, ct);
        return campaigns.Select(c => new TrendPoint(c.Id, c.Name, c.OpenedAt,
            totals.TryGetValue(c.Id, out var t) ? ConformityScore.FromTotals(t.Earned, t.Possible) : null)).ToList();
    }

    private IQueryable<AssessmentItem> ItemsOf(Guid campaignId) =>
        from i in db.Set<AssessmentItem>().IgnoreQueryFilters().AsNoTracking()
        join a in db.Set<Assessment>().IgnoreQueryFilters() on i.AssessmentId equals a.Id
        where a.CampaignId == campaignId
        select i;

    /// <summary>The campaign's sections in the framework's order (from the items' copies: the same for every coop).</summary>
    public async Task<List<SectionColumn>> SectionsAsync(Guid campaignId, CancellationToken ct)
    {
        var rows = await ItemsOf(campaignId).Select(i => new { i.SectionId, i.SectionTitleFr, i.SectionTitleEn, i.SectionOrder }).Distinct().ToListAsync(ct);
        var english = AssessmentViews.English;
        return rows.DistinctBy(r => r.SectionId).OrderBy(r => r.SectionOrder)
            .Select(r => new SectionColumn(r.SectionId, english && r.SectionTitleEn.Length > 0 ? r.SectionTitleEn : r.SectionTitleFr, r.SectionOrder)).ToList();
    }
}
