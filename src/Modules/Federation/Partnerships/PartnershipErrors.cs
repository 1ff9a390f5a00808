using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Partnerships;

/// <summary>Failures of partnerships with the public network; messages in PartnershipsText.resx under the same keys.</summary>
internal static class PartnershipErrors
{
    public static readonly ErrorCode PartnerKindUnknown = new("Federation.PartnerKindUnknown");
    public static readonly ErrorCode PartnerUnknown = new("Federation.PartnerUnknown");
    public static readonly ErrorCode ContactUnknown = new("Federation.PartnerContactUnknown");
    public static readonly ErrorCode AgreementNeedsPartner = new("Federation.AgreementNeedsPartner");
    public static readonly ErrorCode AgreementStatusUnknown = new("Federation.AgreementStatusUnknown");
    public static readonly ErrorCode EndsBeforeStart = new("Federation.AgreementEndsBeforeStart");
    public static readonly ErrorCode ActionDueBeforePlanStarts = new("Federation.ActionDueBeforePlanStarts");
    public static readonly ErrorCode ActionStatusUnknown = new("Federation.ActionStatusUnknown");
    public static readonly ErrorCode ActionOwnerSideUnknown = new("Federation.ActionOwnerSideUnknown");
    public static readonly ErrorCode ValueOutOfRange = new("Federation.IndicatorValueOutOfRange");
    public static readonly ErrorCode RecommendationUnknown = new("Federation.RecommendationUnknown");
    public static readonly ErrorCode TooMany = new("Federation.PartnershipTooMany");
}
