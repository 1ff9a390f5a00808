using CoopSante.Platform.Errors;

namespace CoopSante.Federation;

/// <summary>Failures of the federation's services to its coops; messages in ServicesText.resx under the same keys.</summary>
internal static class ServicesErrors
{
    public static readonly ErrorCode FactsGroupingUnknown = new("Federation.FactsGroupingUnknown");
    public static readonly ErrorCode BulletinAudienceUnknown = new("Federation.BulletinAudienceUnknown");
    public static readonly ErrorCode BulletinAudienceEmpty = new("Federation.BulletinAudienceEmpty");
    public static readonly ErrorCode BulletinTooManyAttachments = new("Federation.BulletinTooManyAttachments");
    public static readonly ErrorCode CoopUnknown = new("Federation.CoopUnknown");
}
