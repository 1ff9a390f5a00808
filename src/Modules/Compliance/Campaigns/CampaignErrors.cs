using CoopSante.Platform.Errors;

namespace CoopSante.Compliance.Campaigns;

/// <summary>Failures of campaigns, assessments, evidence, reviews and action plans; messages in CampaignText.resx under the same keys.</summary>
internal static class CampaignErrors
{
    public static readonly ErrorCode NameRequired = new("Compliance.CampaignNameRequired");
    public static readonly ErrorCode DueDateInPast = new("Compliance.CampaignDueDateInPast");
    public static readonly ErrorCode NoCoops = new("Compliance.CampaignNoCoops");
    public static readonly ErrorCode CoopUnknown = new("Compliance.CampaignCoopUnknown");
    public static readonly ErrorCode VersionNotPublished = new("Compliance.CampaignVersionNotPublished", ErrorKind.Unprocessable);
    public static readonly ErrorCode CampaignNotFound = new("Compliance.CampaignNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode CampaignClosed = new("Compliance.CampaignClosed", ErrorKind.Conflict);
    public static readonly ErrorCode CoopsNotClosed = new("Compliance.CampaignCoopsNotClosed", ErrorKind.Unprocessable);
    public static readonly ErrorCode AssessmentNotFound = new("Compliance.AssessmentNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode ItemNotFound = new("Compliance.ItemNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode AnswerInvalid = new("Compliance.AnswerInvalid");
    public static readonly ErrorCode JustificationRequired = new("Compliance.NotApplicableNeedsJustification");
    public static readonly ErrorCode ItemNotApplicable = new("Compliance.ItemNotApplicable", ErrorKind.Unprocessable);
    public static readonly ErrorCode TextTooLong = new("Compliance.TextTooLong");
    public static readonly ErrorCode AssessmentLocked = new("Compliance.AssessmentLocked", ErrorKind.Conflict);
    public static readonly ErrorCode ItemLocked = new("Compliance.ItemLocked", ErrorKind.Conflict);
    public static readonly ErrorCode AssessmentIncomplete = new("Compliance.AssessmentIncomplete", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotSubmitted = new("Compliance.AssessmentNotSubmitted", ErrorKind.Conflict);
    public static readonly ErrorCode ReviewCommentRequired = new("Compliance.ReviewCommentRequired");
    public static readonly ErrorCode ItemsNotReviewed = new("Compliance.ItemsNotReviewed", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotAccepted = new("Compliance.AssessmentNotAccepted", ErrorKind.Conflict);
    public static readonly ErrorCode ActionsOpen = new("Compliance.ActionsOpen", ErrorKind.Unprocessable);
    public static readonly ErrorCode EvidenceNotFound = new("Compliance.EvidenceNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode EvidenceExpired = new("Compliance.EvidenceExpired", ErrorKind.Unprocessable);
    public static readonly ErrorCode EvidenceDatesInvalid = new("Compliance.EvidenceDatesInvalid");
    public static readonly ErrorCode EvidenceTitleRequired = new("Compliance.EvidenceTitleRequired");
    public static readonly ErrorCode FindingTextRequired = new("Compliance.FindingTextRequired");
    public static readonly ErrorCode FindingKindInvalid = new("Compliance.FindingKindInvalid");
    public static readonly ErrorCode ActionInvalid = new("Compliance.ActionInvalid");
    public static readonly ErrorCode ActionNotFound = new("Compliance.ActionNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode ProofRequired = new("Compliance.ActionProofRequired", ErrorKind.Unprocessable);
    public static readonly ErrorCode NoPreviousAssessment = new("Compliance.NoPreviousAssessment", ErrorKind.Unprocessable);
}
