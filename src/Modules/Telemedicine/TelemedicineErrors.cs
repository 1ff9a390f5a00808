using CoopSante.Platform.Errors;

namespace CoopSante.Telemedicine;

/// <summary>Failures of the telemedicine module; messages in TelemedicineText.resx under the same keys.</summary>
internal static class TelemedicineErrors
{
    public static readonly ErrorCode CoopNotParticipating = new("Telemedicine.CoopNotParticipating", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotAMember = new("Telemedicine.NotAMember", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotInGoodStanding = new("Telemedicine.NotInGoodStanding", ErrorKind.Unprocessable);
    public static readonly ErrorCode PersonNotEligible = new("Telemedicine.PersonNotEligible");
    public static readonly ErrorCode PersonNotInHousehold = new("Telemedicine.PersonNotInHousehold");
    public static readonly ErrorCode MemberMustBeCovered = new("Telemedicine.MemberMustBeCovered");
    public static readonly ErrorCode InstitutionInvalid = new("Telemedicine.InstitutionInvalid");
    public static readonly ErrorCode TransitInvalid = new("Telemedicine.TransitInvalid");
    public static readonly ErrorCode AccountInvalid = new("Telemedicine.AccountInvalid");
    public static readonly ErrorCode PadNotAccepted = new("Telemedicine.PadNotAccepted");
    public static readonly ErrorCode ConsentRequired = new("Telemedicine.ConsentRequired");
    public static readonly ErrorCode AlreadyEnrolled = new("Telemedicine.AlreadyEnrolled", ErrorKind.Conflict);
    public static readonly ErrorCode CoverageStartInvalid = new("Telemedicine.CoverageStartInvalid");
    public static readonly ErrorCode CancellationDateInvalid = new("Telemedicine.CancellationDateInvalid");
    public static readonly ErrorCode EnrolmentNotActive = new("Telemedicine.EnrolmentNotActive", ErrorKind.Conflict);
    public static readonly ErrorCode EnrolmentNotFound = new("Telemedicine.EnrolmentNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode AmountInvalid = new("Telemedicine.AmountInvalid");
    public static readonly ErrorCode RateInvalid = new("Telemedicine.RateInvalid");
    public static readonly ErrorCode DateRangeInvalid = new("Telemedicine.DateRangeInvalid");
    public static readonly ErrorCode EffectiveDateTaken = new("Telemedicine.EffectiveDateTaken", ErrorKind.Conflict);
    public static readonly ErrorCode CoopUnknown = new("Telemedicine.CoopUnknown");
    public static readonly ErrorCode GracePeriodInvalid = new("Telemedicine.GracePeriodInvalid");
    public static readonly ErrorCode ChildAgeLimitInvalid = new("Telemedicine.ChildAgeLimitInvalid");
    public static readonly ErrorCode FormatUnknown = new("Telemedicine.FormatUnknown");
}
