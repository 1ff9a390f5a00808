using System.Globalization;
using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Campaigns.Scoring;
using CoopSante.Compliance.Resources;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Campaigns.Answering;

internal sealed record EvidenceView(Guid Id, string Title, string FileName, string ContentType, long Length, string Sha256, DateOnly AttestsOn, DateOnly? ExpiresOn, bool Expired, DateTimeOffset UploadedAt)
{
    public static EvidenceView Of(Evidence e, DateOnly today) =>
        new(e.Id, e.Title, e.FileName, e.ContentType, e.Length, e.Sha256, e.AttestsOn, e.ExpiresOn, Evidence.IsExpired(e.ExpiresOn, today), e.UploadedAt);
}

internal sealed record ItemView(
    Guid Id, string Code, string Title, Guid SectionId, string SectionTitle, int Weight, bool Applicable, string ApplicabilityNote,
    Answer? Answer, string? Justification, string? Comment, ItemStatus Status, bool CarriedOver, string? ReviewComment, IReadOnlyList<EvidenceView> Evidence);

internal sealed record ActionView(Guid Id, Guid FindingId, string Title, string Owner, DateOnly DueOn, ActionStatus Status, Guid? ProofEvidenceId, bool Overdue, int Version);

internal sealed record FindingView(Guid Id, FindingKind Kind, string Text, Guid? ItemId, string? ItemCode, IReadOnlyList<ActionView> Actions);

internal sealed record VisitView(Guid Id, DateOnly VisitedOn, string Summary, IReadOnlyList<FindingView> Findings);

internal sealed record AssessmentView(
    Guid Id, Guid CoopId, string CoopName, Guid CampaignId, string CampaignName, string VersionLabel, DateOnly DueOn, AssessmentStatus Status,
    int Answered, int Total, decimal? Score, IReadOnlyList<ItemView> Items, IReadOnlyList<VisitView> Visits, int Version);

/// <summary>Builds the views of an assessment in the caller's language.</summary>
internal static class AssessmentViews
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Note(IStringLocalizer<CampaignText> text, string note) =>
        string.Format(CultureInfo.CurrentCulture, text[ApplicabilityVerdict.Key(note)].Value, ApplicabilityVerdict.Args(note).Select(a => (object)int.Parse(a, CultureInfo.InvariantCulture)).ToArray());

    public static ItemView Item(AssessmentItem i, IReadOnlyDictionary<Guid, Evidence> evidence, IStringLocalizer<CampaignText> text, DateOnly today) =>
        new(i.Id, i.Code, i.Title(English), i.SectionId, i.SectionTitle(English), i.Weight, i.Applicable, Note(text, i.ApplicabilityNote),
            i.Answer, i.Justification, i.Comment, i.Status, i.CarriedOver, i.ReviewComment,
            i.Evidence.Where(e => evidence.ContainsKey(e.EvidenceId)).Select(e => EvidenceView.Of(evidence[e.EvidenceId], today)).OrderBy(e => e.Title, StringComparer.CurrentCulture).ToList());

    public static decimal? Score(IEnumerable<AssessmentItem> items) =>
        ConformityScore.Percent(items.Where(i => i.Applicable).Select(ScoredItem.Of));
}
