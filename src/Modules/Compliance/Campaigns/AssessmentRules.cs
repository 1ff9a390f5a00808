using CoopSante.Platform.Errors;
using CoopSante.Platform.Web;

namespace CoopSante.Compliance.Campaigns;

/// <summary>The rules of answering and submitting an assessment, as plain methods (unit-tested without a database).</summary>
internal static class AssessmentRules
{
    public const int JustificationMax = 2000;
    public const int CommentMax = 4000;

    /// <summary>The coop may change answers while the assessment is to do, in progress, or sent back for changes.</summary>
    public static bool CoopMayEdit(AssessmentStatus status) =>
        status is AssessmentStatus.ToDo or AssessmentStatus.InProgress or AssessmentStatus.ChangesRequested;

    /// <summary>
    /// An answer must be one of the four, "not applicable" needs a justification, the item must apply to the coop, and an
    /// item the auditor accepted stays as accepted while the coop revises the others.
    /// </summary>
    public static List<Failure> ValidateAnswer(AssessmentStatus status, AssessmentItem item, Answer? answer, string? justification, string? comment)
    {
        var failures = new List<Failure>();
        if (!CoopMayEdit(status))
        {
            failures.Add(CampaignErrors.AssessmentLocked);
            return failures;
        }
        if (status == AssessmentStatus.ChangesRequested && item.Status == ItemStatus.Accepted) failures.Add(CampaignErrors.ItemLocked);
        if (!item.Applicable) failures.Add(CampaignErrors.ItemNotApplicable.At("answer"));
        if (answer is not { } a || !Enum.IsDefined(a)) failures.Add(CampaignErrors.AnswerInvalid.At("answer"));
        else if (a == Answer.NotApplicable && string.IsNullOrWhiteSpace(justification)) failures.Add(CampaignErrors.JustificationRequired.At("justification"));
        if (justification is { Length: > JustificationMax }) failures.Add(CampaignErrors.TextTooLong.At("justification", JustificationMax));
        if (comment is { Length: > CommentMax }) failures.Add(CampaignErrors.TextTooLong.At("comment", CommentMax));
        if (justification is not null && InputGuards.HasForbiddenControlCharacters(justification)) failures.Add(PlatformErrors.InvalidValue.At("justification"));
        if (comment is not null && InputGuards.HasForbiddenControlCharacters(comment)) failures.Add(PlatformErrors.InvalidValue.At("comment"));
        return failures;
    }

    /// <summary>Applicable items answered, of applicable items: what the progress bar shows.</summary>
    public static (int Answered, int Total) Progress(IEnumerable<AssessmentItem> items)
    {
        int answered = 0, total = 0;
        foreach (var i in items.Where(i => i.Applicable))
        {
            total++;
            // A carried-over answer stays "to do" until the coop confirms it.
            if (i.Answer is not null && i.Status != ItemStatus.ToDo) answered++;
        }
        return (answered, total);
    }

    /// <summary>Submit only when every applicable item is answered, and only from a state the coop may edit.</summary>
    public static List<Failure> ValidateSubmit(AssessmentStatus status, IReadOnlyCollection<AssessmentItem> items)
    {
        if (!CoopMayEdit(status)) return [CampaignErrors.AssessmentLocked];
        var (answered, total) = Progress(items);
        var failures = new List<Failure>();
        if (answered < total) failures.Add(CampaignErrors.AssessmentIncomplete.With(total - answered));
        // Sent back: every item the auditor questioned must have been revised (answered again after the request).
        if (status == AssessmentStatus.ChangesRequested && items.Any(i => i.Status == ItemStatus.ChangesRequested))
            failures.Add(CampaignErrors.AssessmentIncomplete.With(items.Count(i => i.Status == ItemStatus.ChangesRequested)));
        return failures;
    }

    /// <summary>After the auditor reviewed every applicable item: accepted when all are, otherwise sent back for changes.</summary>
    public static AssessmentStatus? AfterReview(IReadOnlyCollection<AssessmentItem> items)
    {
        var applicable = items.Where(i => i.Applicable).ToList();
        if (applicable.Any(i => i.Status is ItemStatus.ToDo or ItemStatus.Answered)) return null;
        return applicable.Any(i => i.Status == ItemStatus.ChangesRequested) ? AssessmentStatus.ChangesRequested : AssessmentStatus.Accepted;
    }
}
