using CoopSante.Platform.Data;

namespace CoopSante.Telemedicine.Model;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EnrolmentStatus>))]
internal enum EnrolmentStatus
{
    /// <summary>Covered, billed monthly.</summary>
    Active = 1,
    /// <summary>Cancelled: coverage ends on <see cref="Enrolment.CoverageEnd"/> (end of the paid period).</summary>
    Cancelled = 2,
    /// <summary>Ended after failed payments and the grace period.</summary>
    Lapsed = 3,
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PaymentMethod>))]
internal enum PaymentMethod
{
    /// <summary>Pre-authorized debit (Payments Canada Rule H1).</summary>
    Pad = 1,
    /// <summary>Paid at the coop's counter.</summary>
    Counter = 2,
}

/// <summary>Where a payment failure left the enrolment (Billing moves it; coverage goes on until <see cref="Enrolment.GraceEndsOn"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DunningState>))]
internal enum DunningState
{
    None = 0,
    /// <summary>A debit failed; coverage continues until the grace period ends.</summary>
    InGrace = 1,
    /// <summary>Grace period over, not paid: coverage ended.</summary>
    Lapsed = 2,
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EnrolmentChannel>))]
internal enum EnrolmentChannel
{
    Staff = 1,
    Portal = 2,
}

/// <summary>A member's household enrolled in the telemedicine program in their coop.</summary>
internal sealed class Enrolment : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    /// <summary>The member (Membership's id) whose household is enrolled; one open enrolment per household.</summary>
    public Guid MemberId { get; set; }
    /// <summary>The member's name when enrolled, for staff lists (Membership keeps the register).</summary>
    public string MemberName { get; set; } = "";
    public int? MemberNumber { get; set; }
    public EnrolmentStatus Status { get; set; } = EnrolmentStatus.Active;
    public DateOnly CoverageStart { get; set; }
    /// <summary>Last covered day (inclusive), set by a cancellation or by the end of a grace period.</summary>
    public DateOnly? CoverageEnd { get; set; }
    public PaymentMethod PaymentMethod { get; set; }
    /// <summary>Where pre-notices and reminders go.</summary>
    public string Email { get; set; } = "";
    /// <summary>"fr" or "en": the language of notices.</summary>
    public string Language { get; set; } = "fr";
    public EnrolmentChannel Channel { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public Guid? EnrolledBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CancelledBy { get; set; }
    public string? CancellationReason { get; set; }
    public DunningState DunningState { get; set; }
    /// <summary>While <see cref="DunningState.InGrace"/>: last day of coverage unless paid.</summary>
    public DateOnly? GraceEndsOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<CoveredPerson> People { get; set; } = [];

    public bool CoversOn(DateOnly day) => CoverageStart <= day && (CoverageEnd is null || day <= CoverageEnd);
}

/// <summary>A person covered through an enrolment. <see cref="PersonId"/> is the roster's stable id, never the health card number.</summary>
internal sealed class CoveredPerson : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid EnrolmentId { get; set; }
    /// <summary>Stable id sent to the provider; kept when the same person is enrolled again.</summary>
    public Guid PersonId { get; set; }
    /// <summary>The person's id in Membership's register (the member's id, or the household person's): never sent to the provider.</summary>
    public Guid RegisterPersonId { get; set; }
    public Membership.Contracts.HouseholdRelationship Relationship { get; set; }
    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string? Email { get; set; }
    /// <summary>"fr" or "en".</summary>
    public string Language { get; set; } = "fr";
    public DateOnly CoverageStart { get; set; }
    /// <summary>Last covered day (inclusive), or null while covered.</summary>
    public DateOnly? CoverageEnd { get; set; }
    /// <summary>Any change the provider should see: the roster's delta (<c>?since=</c>) reads it.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HouseholdChangeKind>))]
internal enum HouseholdChangeKind
{
    Added = 1,
    Removed = 2,
}

/// <summary>A dated change of the people covered by an enrolment (a newborn added, a child who moved out).</summary>
internal sealed class HouseholdChange : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid EnrolmentId { get; set; }
    public Guid CoveredPersonId { get; set; }
    public HouseholdChangeKind Kind { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ConsentChannel>))]
internal enum ConsentChannel
{
    Portal = 1,
    InPerson = 2,
    Phone = 3,
}

/// <summary>The member's specific consent to send the covered people's roster data to the provider (Law 25).</summary>
internal sealed class RosterConsent : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid EnrolmentId { get; set; }
    public string TextVersion { get; set; } = "";
    public DateTimeOffset GivenAt { get; set; }
    public ConsentChannel Channel { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>
/// A pre-authorized debit agreement (Payments Canada Rule H1): the payor's bank account, accepted on a date by a person,
/// kept as a PDF. The account number is encrypted at rest and shown masked (last 3 digits).
/// </summary>
internal sealed class PadAgreement : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid EnrolmentId { get; set; }
    public string PayorName { get; set; } = "";
    /// <summary>3 digits (815 = Desjardins).</summary>
    public string InstitutionNumber { get; set; } = "";
    /// <summary>5 digits.</summary>
    public string TransitNumber { get; set; } = "";
    /// <summary>Up to 12 digits; encrypted column.</summary>
    public string AccountNumber { get; set; } = "";
    /// <summary>Masked form (<c>•••••678</c>), so lists never decrypt.</summary>
    public string AccountMasked { get; set; } = "";
    public DateTimeOffset AcceptedAt { get; set; }
    /// <summary>The user who accepted (the member in the portal, or staff with the member present).</summary>
    public Guid? AcceptedBy { get; set; }
    public string AcceptedByName { get; set; } = "";
    public string Language { get; set; } = "fr";
    /// <summary>The agreement PDF in the file store.</summary>
    public Guid? FileId { get; set; }
    /// <summary>Set when replaced by new banking information or revoked.</summary>
    public DateTimeOffset? EndedAt { get; set; }
}
