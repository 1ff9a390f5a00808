using CoopSante.Platform.Errors;

namespace CoopSante.Compliance;

/// <summary>Failures of the compliance module; messages in FrameworkText.resx (this branch's part) under the same keys.</summary>
internal static class ComplianceErrors
{
    public static readonly ErrorCode ApplicabilityUnknown = new("Compliance.ApplicabilityUnknown");
    public static readonly ErrorCode ApplicabilityParameterInvalid = new("Compliance.ApplicabilityParameterInvalid");
    public static readonly ErrorCode ApplicabilityParameterNotExpected = new("Compliance.ApplicabilityParameterNotExpected");
    public static readonly ErrorCode CriticalityInvalid = new("Compliance.CriticalityInvalid");
    public static readonly ErrorCode VersionNotPublished = new("Compliance.VersionNotPublished", ErrorKind.Conflict);
    public static readonly ErrorCode VersionNotEditable = new("Compliance.VersionNotEditable", ErrorKind.Conflict);
    public static readonly ErrorCode VersionEmpty = new("Compliance.VersionEmpty", ErrorKind.Unprocessable);
    public static readonly ErrorCode SectionEmpty = new("Compliance.SectionEmpty", ErrorKind.Unprocessable);
    public static readonly ErrorCode SectionNotEmpty = new("Compliance.SectionNotEmpty", ErrorKind.Conflict);
    public static readonly ErrorCode SectionUnknown = new("Compliance.SectionUnknown");
    public static readonly ErrorCode StatusChangeRefused = new("Compliance.StatusChangeRefused", ErrorKind.Conflict);
    public static readonly ErrorCode CodeInvalid = new("Compliance.CodeInvalid");
    public static readonly ErrorCode CodeTaken = new("Compliance.CodeTaken", ErrorKind.Conflict);
    public static readonly ErrorCode TooManySections = new("Compliance.TooManySections");
    public static readonly ErrorCode TooManyRecommendations = new("Compliance.TooManyRecommendations");
    public static readonly ErrorCode ImportMalformed = new("Compliance.ImportMalformed");
    public static readonly ErrorCode ImportTooLarge = new("Compliance.ImportTooLarge");
    public static readonly ErrorCode ImportRowInvalid = new("Compliance.ImportRowInvalid");
    public static readonly ErrorCode DateInFuture = new("Compliance.DateInFuture");
    public static readonly ErrorCode DiscoveredBeforeOccurred = new("Compliance.DiscoveredBeforeOccurred");
    public static readonly ErrorCode NotifiedBeforeDiscovered = new("Compliance.NotifiedBeforeDiscovered");
    public static readonly ErrorCode CountInvalid = new("Compliance.CountInvalid");
    public static readonly ErrorCode VersionNotInConsultation = new("Compliance.VersionNotInConsultation", ErrorKind.Conflict);
    public static readonly ErrorCode ConsultationExists = new("Compliance.ConsultationExists", ErrorKind.Conflict);
    public static readonly ErrorCode ConsultationClosed = new("Compliance.ConsultationClosed", ErrorKind.Conflict);
    public static readonly ErrorCode ReviewerAlreadyInvited = new("Compliance.ReviewerAlreadyInvited", ErrorKind.Conflict);
    public static readonly ErrorCode RecommendationUnknown = new("Compliance.RecommendationUnknown");
    public static readonly ErrorCode CommentUnknown = new("Compliance.CommentUnknown");
    public static readonly ErrorCode OutcomeOnReply = new("Compliance.OutcomeOnReply");
    public static readonly ErrorCode DeclineNeedsReason = new("Compliance.DeclineNeedsReason");
    public static readonly ErrorCode ComparisonAcrossFrameworks = new("Compliance.ComparisonAcrossFrameworks");
}
