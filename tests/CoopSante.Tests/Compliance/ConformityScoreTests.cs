using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Campaigns.Scoring;

namespace CoopSante.Tests.Compliance;

public class ConformityScoreTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid();

    [Fact]
    public void Each_item_earns_its_weight_times_one_half_or_nothing()
    {
        // 3×1 + 2×½ + 1×0 = 4 of 6
        var score = ConformityScore.Percent([new(A, 3, Answer.Compliant), new(A, 2, Answer.Partial), new(A, 1, Answer.NonCompliant)]);
        Assert.Equal(66.7m, score);
    }

    [Fact]
    public void Not_applicable_leaves_both_the_earned_and_the_possible_weight()
    {
        var without = ConformityScore.Percent([new(A, 2, Answer.Compliant), new(A, 2, Answer.NonCompliant)]);
        var with = ConformityScore.Percent([new(A, 2, Answer.Compliant), new(A, 2, Answer.NonCompliant), new(A, 3, Answer.NotApplicable)]);
        Assert.Equal(50m, without);
        Assert.Equal(without, with);
    }

    [Fact]
    public void A_carried_over_answer_still_to_do_scores_as_unanswered_until_the_coop_confirms_it()
    {
        AssessmentItem Item(Answer answer, ItemStatus status) => new() { SectionId = A, Weight = 2, Applicable = true, Answer = answer, Status = status, CarriedOver = true };
        Assert.Equal(0m, ConformityScore.Percent([ScoredItem.Of(Item(Answer.Compliant, ItemStatus.ToDo)), ScoredItem.Of(Item(Answer.NotApplicable, ItemStatus.ToDo))]));
        Assert.Equal(100m, ConformityScore.Percent([ScoredItem.Of(Item(Answer.Compliant, ItemStatus.Answered)), ScoredItem.Of(Item(Answer.NotApplicable, ItemStatus.Answered))]));
    }

    [Fact]
    public void A_critical_item_weighs_three_times_a_minor_one()
    {
        Assert.Equal(75m, ConformityScore.Percent([new(A, 3, Answer.Compliant), new(A, 1, Answer.NonCompliant)]));
        Assert.Equal(25m, ConformityScore.Percent([new(A, 1, Answer.Compliant), new(A, 3, Answer.NonCompliant)]));
    }

    [Fact]
    public void An_unanswered_item_counts_as_possible_and_earns_nothing()
    {
        Assert.Equal(50m, ConformityScore.Percent([new(A, 2, Answer.Compliant), new(A, 2, null)]));
    }

    [Fact]
    public void Nothing_applicable_has_no_score_rather_than_zero_or_full()
    {
        Assert.Null(ConformityScore.Percent([new(A, 2, Answer.NotApplicable)]));
        Assert.Null(ConformityScore.Percent([]));
    }

    [Fact]
    public void Sections_are_scored_apart()
    {
        var sections = ConformityScore.BySection([new(A, 1, Answer.Compliant), new(B, 1, Answer.NonCompliant), new(B, 1, Answer.Partial)]).ToDictionary(s => s.SectionId);
        Assert.Equal(100m, sections[A].Percent);
        Assert.Equal(25m, sections[B].Percent);
    }

    [Fact]
    public void The_totals_the_database_sums_give_the_same_percent()
    {
        // Compliant 3 → 6, partial 2 → 2: earned twice 8 of possible 6 (×50) = 66.7, as in memory.
        Assert.Equal(ConformityScore.Percent([new(A, 3, Answer.Compliant), new(A, 2, Answer.Partial), new(A, 1, Answer.NonCompliant)]), ConformityScore.FromTotals(8, 6));
    }

    [Fact]
    public void The_federation_distribution_is_hidden_below_five_coops()
    {
        Assert.Null(Distribution.Of([10m, 20m, 30m, 40m]));
        Assert.NotNull(Distribution.Of([10m, 20m, 30m, 40m, 50m]));
    }

    [Fact]
    public void Quartiles_interpolate_between_ranks()
    {
        var d = Distribution.Of([50m, 10m, 40m, 20m, 30m])!;
        Assert.Equal((5, 20m, 30m, 40m), (d.Coops, d.Q1, d.Median, d.Q3));
        var even = Distribution.Of([10m, 20m, 30m, 40m, 50m, 60m])!;
        Assert.Equal((22.5m, 35m, 47.5m), (even.Q1, even.Median, even.Q3));
    }
}
