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

    // Member operations (messages in MemberOpsText).
    public static readonly ErrorCode QualifyingSharesRefundedOnlyWhenMembershipEnds = new("Membership.QualifyingSharesRefundedOnlyWhenMembershipEnds", ErrorKind.Unprocessable);
    public static readonly ErrorCode RefundAlreadyRequested = new("Membership.RefundAlreadyRequested", ErrorKind.Conflict);
    public static readonly ErrorCode RefundRequestNotFound = new("Membership.RefundRequestNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode RefundRequestNotQueued = new("Membership.RefundRequestNotQueued", ErrorKind.Conflict);
    public static readonly ErrorCode RefundNotApproved = new("Membership.RefundNotApproved", ErrorKind.Conflict);
    public static readonly ErrorCode BatchEmpty = new("Membership.BatchEmpty");
    public static readonly ErrorCode ExclusionFollowsSection58 = new("Membership.ExclusionFollowsSection58", ErrorKind.Unprocessable);
    public static readonly ErrorCode ProceedingAlreadyOpen = new("Membership.ProceedingAlreadyOpen", ErrorKind.Conflict);
    public static readonly ErrorCode ProceedingNotFound = new("Membership.ProceedingNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode ProceedingStepOutOfOrder = new("Membership.ProceedingStepOutOfOrder", ErrorKind.Conflict);
    public static readonly ErrorCode MeetingMustFollowNotice = new("Membership.MeetingMustFollowNotice");
    public static readonly ErrorCode DecisionBeforeMeeting = new("Membership.DecisionBeforeMeeting");
    public static readonly ErrorCode VotesExceedDirectorsPresent = new("Membership.VotesExceedDirectorsPresent");
    public static readonly ErrorCode LetterLaterThanFifteenDays = new("Membership.LetterLaterThanFifteenDays", ErrorKind.Unprocessable);
    public static readonly ErrorCode EffectBeforeLetter = new("Membership.EffectBeforeLetter");
    public static readonly ErrorCode CategoryChangeIsBoardDecision = new("Membership.CategoryChangeIsBoardDecision", ErrorKind.Unprocessable);
    public static readonly ErrorCode CategoryUnchanged = new("Membership.CategoryUnchanged");
    public static readonly ErrorCode ReinstatementOnlyFromSuspension = new("Membership.ReinstatementOnlyFromSuspension", ErrorKind.Unprocessable);
    public static readonly ErrorCode HouseholdNoticeRequired = new("Membership.HouseholdNoticeRequired");
}
