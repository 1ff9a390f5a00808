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
    public static readonly ErrorCode ComparisonAcrossFrameworks = new("Compliance.ComparisonAcrossFrameworks");
}
