using CoopSante.Platform.Errors;

namespace CoopSante.Membership;

/// <summary>Failures of the membership module; messages in MembershipText under the same keys.</summary>
internal static class MembershipErrors
{
    public static readonly ErrorCode DateOfBirthImplausible = new("Membership.DateOfBirthImplausible");
    public static readonly ErrorCode PostalCodeInvalid = new("Membership.PostalCodeInvalid");
    public static readonly ErrorCode PhoneInvalid = new("Membership.PhoneInvalid");
    public static readonly ErrorCode LanguageInvalid = new("Membership.LanguageInvalid");
    public static readonly ErrorCode CategoryNotInUse = new("Membership.CategoryNotInUse");
    public static readonly ErrorCode OrganisationOnlySupporting = new("Membership.OrganisationOnlySupporting");
    public static readonly ErrorCode ConsentRequired = new("Membership.ConsentRequired");
    public static readonly ErrorCode GuardianConsentRequired = new("Membership.GuardianConsentRequired");
    public static readonly ErrorCode BylawsMissing = new("Membership.BylawsMissing", ErrorKind.Conflict);
    public static readonly ErrorCode BylawsNeedTwoCategories = new("Membership.BylawsNeedTwoCategories");
    public static readonly ErrorCode BylawsDateBeforeCurrent = new("Membership.BylawsDateBeforeCurrent");
    public static readonly ErrorCode FiscalYearEndInvalid = new("Membership.FiscalYearEndInvalid");
    public static readonly ErrorCode ResolutionRequired = new("Membership.ResolutionRequired");
    public static readonly ErrorCode AlreadyDecided = new("Membership.AlreadyDecided", ErrorKind.Conflict);
    public static readonly ErrorCode ApplicationNotFound = new("Membership.ApplicationNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode MemberNotFound = new("Membership.MemberNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode AmountMustBePositive = new("Membership.AmountMustBePositive");
    public static readonly ErrorCode RefundExceedsPaid = new("Membership.RefundExceedsPaid", ErrorKind.Unprocessable);
    public static readonly ErrorCode RefundEndangersSolvency = new("Membership.RefundEndangersSolvency", ErrorKind.Unprocessable);
    public static readonly ErrorCode PaymentExceedsOwing = new("Membership.PaymentExceedsOwing", ErrorKind.Unprocessable);
    public static readonly ErrorCode TransferExceedsPaid = new("Membership.TransferExceedsPaid", ErrorKind.Unprocessable);
    public static readonly ErrorCode TransferTargetNotActive = new("Membership.TransferTargetNotActive", ErrorKind.Unprocessable);
    public static readonly ErrorCode MemberNotActive = new("Membership.MemberNotActive", ErrorKind.Unprocessable);
    public static readonly ErrorCode StatusChangeNotAllowed = new("Membership.StatusChangeNotAllowed", ErrorKind.Unprocessable);
    public static readonly ErrorCode LikelyDuplicate = new("Membership.LikelyDuplicate", ErrorKind.Conflict);
}
