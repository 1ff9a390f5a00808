using CoopSante.Platform.Errors;

namespace CoopSante.Federation;

/// <summary>Failures of the federation module; messages in FederationText.resx under the same keys.</summary>
internal static class FederationErrors
{
    public static readonly ErrorCode NeqInvalid = new("Federation.NeqInvalid");
    public static readonly ErrorCode NeqTaken = new("Federation.NeqTaken", ErrorKind.Conflict);
    public static readonly ErrorCode PostalCodeInvalid = new("Federation.PostalCodeInvalid");
    public static readonly ErrorCode PostalCodeOutsideQuebec = new("Federation.PostalCodeOutsideQuebec");
    public static readonly ErrorCode RegionUnknown = new("Federation.RegionUnknown");
    public static readonly ErrorCode ServiceUnknown = new("Federation.ServiceUnknown");
    public static readonly ErrorCode StatusUnknown = new("Federation.StatusUnknown");
    public static readonly ErrorCode PhoneInvalid = new("Federation.PhoneInvalid");
    public static readonly ErrorCode WebsiteInvalid = new("Federation.WebsiteInvalid");
    public static readonly ErrorCode CountInvalid = new("Federation.CountInvalid");
    public static readonly ErrorCode MemberSinceBeforeFounding = new("Federation.MemberSinceBeforeFounding");
    public static readonly ErrorCode ServiceCodeInvalid = new("Federation.ServiceCodeInvalid");
    public static readonly ErrorCode ServiceCodeTaken = new("Federation.ServiceCodeTaken", ErrorKind.Conflict);
}
