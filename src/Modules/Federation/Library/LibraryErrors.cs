using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Library;

/// <summary>Failures of the library and the advantages catalogue; messages in LibraryText.resx under the same keys.</summary>
internal static class LibraryErrors
{
    public static readonly ErrorCode AudienceUnknown = new("Federation.LibraryAudienceUnknown");
    public static readonly ErrorCode AudienceEmpty = new("Federation.LibraryAudienceEmpty");
    public static readonly ErrorCode CategoryUnknown = new("Federation.LibraryCategoryUnknown");
    public static readonly ErrorCode ControlCharacters = new("Federation.LibraryControlCharacters");
    public static readonly ErrorCode AdvantageEndsBeforeStart = new("Federation.AdvantageEndsBeforeStart");
    public static readonly ErrorCode AdvantageBeneficiariesUnknown = new("Federation.AdvantageBeneficiariesUnknown");
    public static readonly ErrorCode AdvantageDateInvalid = new("Federation.AdvantageDateInvalid");
}
