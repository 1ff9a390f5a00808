using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Scoring;

/// <summary>Weighted totals of one coop's section: twice the earned weight (a "partially" earns half) and the possible weight.</summary>
internal readonly record struct SectionTotals(Guid CoopId, Guid SectionId, int EarnedTwice, int Possible)
{
    public decimal? Percent => ConformityScore.FromTotals(EarnedTwice, Possible);
}

/// <summary>
/// The scores computed in the database: one grouped query over the assessment items, the same rule as <see cref="ConformityScore"/>
/// (a carried-over answer still "to do" counts as unanswered, as <see cref="ScoredItem.Of"/> says).
/// </summary>
internal static class ScoreTotals
{
    public static async Task<List<SectionTotals>> BySectionAsync(IQueryable<AssessmentItem> items, CancellationToken ct) =>
        await items.Where(i => i.Applicable && (i.Status == ItemStatus.ToDo || i.Answer == null || i.Answer != Answer.NotApplicable))
            .GroupBy(i => new { i.CoopId, i.SectionId })
            .Select(g => new SectionTotals(g.Key.CoopId, g.Key.SectionId,
                g.Sum(i => i.Status == ItemStatus.ToDo ? 0 : i.Answer == Answer.Compliant ? 2 * i.Weight : i.Answer == Answer.Partial ? i.Weight : 0),
                g.Sum(i => i.Weight)))
            .ToListAsync(ct);

    /// <summary>Each coop's overall percent from its section totals.</summary>
    public static Dictionary<Guid, decimal?> ByCoop(IEnumerable<SectionTotals> sections) =>
        sections.GroupBy(s => s.CoopId).ToDictionary(g => g.Key, g => ConformityScore.FromTotals(g.Sum(s => s.EarnedTwice), g.Sum(s => s.Possible)));
}
