using CoopSante.Platform.Errors;

namespace CoopSante.Compliance;

/// <summary>Failures of the compliance module; messages in ComplianceText.resx under the same keys.</summary>
internal static class ComplianceErrors
{
    public static readonly ErrorCode ApplicabilityUnknown = new("Compliance.ApplicabilityUnknown");
    public static readonly ErrorCode ApplicabilityParameterInvalid = new("Compliance.ApplicabilityParameterInvalid");
    public static readonly ErrorCode ApplicabilityParameterNotExpected = new("Compliance.ApplicabilityParameterNotExpected");
    public static readonly ErrorCode CriticalityInvalid = new("Compliance.CriticalityInvalid");
    public static readonly ErrorCode VersionNotPublished = new("Compliance.VersionNotPublished", ErrorKind.Conflict);
}
