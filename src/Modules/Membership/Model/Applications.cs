using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>An application for membership, with the specific consent the applicant gave to the use of their information.</summary>
internal sealed class MemberApplication : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public ApplicationChannel Channel { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Pending;
    public DateTimeOffset SubmittedAt { get; set; }
    public string ConsentTextVersion { get; set; } = "";
    public DateTimeOffset ConsentedAt { get; set; }
    public Guid? DecisionId { get; set; }
    public string? RefusalReason { get; set; }
    /// <summary>For an applicant under 14: the parent or tutor who consented to the application (Civil Code art. 14, Law 25 s. 4.1).</summary>
    public string? GuardianName { get; set; }
    public GuardianRelationship? GuardianRelationship { get; set; }
    public DateTimeOffset? GuardianConsentedAt { get; set; }
}

/// <summary>Who consents for an applicant under 14.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<GuardianRelationship>))]
internal enum GuardianRelationship
{
    Parent,
    Tutor,
}

/// <summary>A board decision on a batch of applications, recorded with its resolution number and date.</summary>
internal sealed class AdmissionDecision : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public string ResolutionNumber { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public int Admitted { get; set; }
    public int Refused { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A consent given for one purpose, with the version of the text shown; withdrawn by dating it.</summary>
internal sealed class MemberConsent : ICoopOwned
{
    /// <summary>Applications before 2026-02 recorded the register as a consent; the register is kept because the Act requires it (s. 124).</summary>
    public const string RegisterPurpose = "register";
    /// <summary>Optional and withdrawable: notices and convocations by e-mail instead of by mail.</summary>
    public const string EmailNoticesPurpose = "email-notices";
    /// <summary>Optional and withdrawable: the coop's newsletter.</summary>
    public const string NewsletterPurpose = "newsletter";

    /// <summary>A consent the member may withdraw: every purpose but the register's old rows, which record no choice (the Act requires the register).</summary>
    public static bool IsWithdrawable(string purpose) => !string.Equals(purpose, RegisterPurpose, StringComparison.Ordinal);

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public string Purpose { get; set; } = "";
    public string TextVersion { get; set; } = "";
    public ApplicationChannel Channel { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
