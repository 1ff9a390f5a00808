namespace CoopSante.Compliance.Campaigns.Scoring;

/// <summary>One answered (or not) recommendation as the score sees it: its section, its criticality weight (1–3) and the answer.</summary>
internal readonly record struct ScoredItem(Guid SectionId, int Weight, Answer? Answer)
{
    /// <summary>An applicable item as scored: a carried-over answer the coop has not confirmed (status "to do") counts as unanswered.</summary>
    public static ScoredItem Of(AssessmentItem item) => new(item.SectionId, item.Weight, item.Status == ItemStatus.ToDo ? null : item.Answer);
}

/// <summary>A score in percent (0–100, one decimal) over the applicable, answered weight; null when nothing counts.</summary>
internal sealed record SectionScore(Guid SectionId, decimal? Percent, int CountedItems);

/// <summary>
/// The conformity score: each item earns its criticality weight times 1 (compliant), ½ (partially) or 0 (non-compliant);
/// "not applicable" leaves both the earned and the possible weight; an item not answered yet counts as possible and earns 0,
/// so that an unfinished assessment never looks better than it is.
/// </summary>
internal static class ConformityScore
{
    public static decimal Credit(Answer answer) => answer switch
    {
        Answer.Compliant => 1m,
        Answer.Partial => 0.5m,
        _ => 0m,
    };

    public static decimal? Percent(IEnumerable<ScoredItem> items)
    {
        int earnedTwice = 0, possible = 0;
        foreach (var item in items)
        {
            if (item.Answer == Answer.NotApplicable) continue;
            var weight = Math.Clamp(item.Weight, 1, 3);
            possible += weight;
            if (item.Answer is { } a) earnedTwice += (int)(2 * weight * Credit(a));
        }
        return FromTotals(earnedTwice, possible);
    }

    /// <summary>The percent from twice the earned weight (halves stay whole numbers, in memory and in SQL alike) and the possible weight.</summary>
    public static decimal? FromTotals(int earnedTwice, int possible) =>
        possible == 0 ? null : decimal.Round(earnedTwice * 50m / possible, 1, MidpointRounding.AwayFromZero);

    public static IReadOnlyList<SectionScore> BySection(IEnumerable<ScoredItem> items) =>
        items.GroupBy(i => i.SectionId)
            .Select(g => new SectionScore(g.Key, Percent(g), g.Count(i => i.Answer != Answer.NotApplicable)))
            .ToList();
}

/// <summary>The anonymized federation distribution of scores: shown only when enough coops answered that no one can be singled out.</summary>
internal sealed record Distribution(int Coops, decimal Q1, decimal Median, decimal Q3)
{
    public const int MinimumCoops = 5;

    /// <summary>Quartiles by linear interpolation between closest ranks; null below <see cref="MinimumCoops"/> scores.</summary>
    public static Distribution? Of(IEnumerable<decimal> scores)
    {
        var sorted = scores.Order().ToArray();
        if (sorted.Length < MinimumCoops) return null;
        return new Distribution(sorted.Length, Quantile(sorted, 0.25m), Quantile(sorted, 0.5m), Quantile(sorted, 0.75m));
    }

    internal static decimal Quantile(decimal[] sorted, decimal p)
    {
        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        var value = sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
        return decimal.Round(value, 1, MidpointRounding.AwayFromZero);
    }
}
