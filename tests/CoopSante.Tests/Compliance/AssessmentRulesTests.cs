using CoopSante.Compliance.Campaigns;
using CoopSante.Platform.Errors;

namespace CoopSante.Tests.Compliance;

public class AssessmentRulesTests
{
    private static AssessmentItem Item(Answer? answer = null, ItemStatus status = ItemStatus.ToDo, bool applicable = true) =>
        new() { Id = Guid.NewGuid(), Code = "X-1", Answer = answer, Status = status, Applicable = applicable, Weight = 2 };

    private static IEnumerable<string> Codes(List<Failure> failures) => failures.Select(f => f.Error.Code);

    [Fact]
    public void Not_applicable_needs_a_justification()
    {
        Assert.Contains("Compliance.NotApplicableNeedsJustification", Codes(AssessmentRules.ValidateAnswer(AssessmentStatus.InProgress, Item(), Answer.NotApplicable, "  ", null)));
        Assert.Empty(AssessmentRules.ValidateAnswer(AssessmentStatus.InProgress, Item(), Answer.NotApplicable, "Aucun service de télémédecine.", null));
    }

    [Fact]
    public void An_answer_outside_the_four_is_refused()
    {
        Assert.Contains("Compliance.AnswerInvalid", Codes(AssessmentRules.ValidateAnswer(AssessmentStatus.ToDo, Item(), (Answer)99, null, null)));
        Assert.Contains("Compliance.AnswerInvalid", Codes(AssessmentRules.ValidateAnswer(AssessmentStatus.ToDo, Item(), null, null, null)));
    }

    [Theory]
    [InlineData("Submitted")]
    [InlineData("Accepted")]
    [InlineData("Closed")]
    public void No_answer_changes_after_submission(string state)
    {
        var status = Enum.Parse<AssessmentStatus>(state);
        Assert.Equal(["Compliance.AssessmentLocked"], Codes(AssessmentRules.ValidateAnswer(status, Item(), Answer.Compliant, null, null)));
        Assert.Equal(["Compliance.AssessmentLocked"], Codes(AssessmentRules.ValidateSubmit(status, [Item(Answer.Compliant, ItemStatus.Answered)])));
    }

    [Fact]
    public void Sent_back_the_coop_revises_only_what_the_auditor_did_not_accept()
    {
        Assert.Contains("Compliance.ItemLocked", Codes(AssessmentRules.ValidateAnswer(AssessmentStatus.ChangesRequested, Item(Answer.Compliant, ItemStatus.Accepted), Answer.Partial, null, null)));
        Assert.Empty(AssessmentRules.ValidateAnswer(AssessmentStatus.ChangesRequested, Item(Answer.Compliant, ItemStatus.ChangesRequested), Answer.Partial, null, null));
    }

    [Fact]
    public void Submit_only_when_every_applicable_item_is_answered()
    {
        var incomplete = AssessmentRules.ValidateSubmit(AssessmentStatus.InProgress, [Item(Answer.Compliant, ItemStatus.Answered), Item()]);
        Assert.Equal(["Compliance.AssessmentIncomplete"], Codes(incomplete));
        Assert.Empty(AssessmentRules.ValidateSubmit(AssessmentStatus.InProgress, [Item(Answer.Compliant, ItemStatus.Answered), Item(applicable: false)]));
    }

    [Fact]
    public void A_carried_over_answer_counts_only_once_the_coop_confirms_it()
    {
        Assert.Equal((0, 1), AssessmentRules.Progress([Item(Answer.Compliant, ItemStatus.ToDo)]));
        Assert.Equal((1, 1), AssessmentRules.Progress([Item(Answer.Compliant, ItemStatus.Answered)]));
    }

    [Fact]
    public void The_last_review_accepts_or_sends_back()
    {
        Assert.Null(AssessmentRules.AfterReview([Item(Answer.Compliant, ItemStatus.Accepted), Item(Answer.Compliant, ItemStatus.Answered)]));
        Assert.Equal(AssessmentStatus.ChangesRequested, AssessmentRules.AfterReview([Item(Answer.Compliant, ItemStatus.Accepted), Item(Answer.Compliant, ItemStatus.ChangesRequested)]));
        Assert.Equal(AssessmentStatus.Accepted, AssessmentRules.AfterReview([Item(Answer.Compliant, ItemStatus.Accepted), Item(applicable: false)]));
    }
}
