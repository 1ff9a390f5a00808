using System.Text.Json.Serialization;

namespace CoopSante.Membership.Model;

/// <summary>The three categories of a solidarity cooperative (Cooperatives Act).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberCategory>))]
public enum MemberCategory
{
    User = 1,
    Worker = 2,
    Supporting = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<MemberKind>))]
public enum MemberKind
{
    Person = 1,
    /// <summary>Only as a supporting member.</summary>
    Organisation = 2,
}

/// <summary>
/// Applicant → Active → Resigned / Excluded / Deceased; Refused when the board refuses the application; Suspended by the
/// board under s. 58 of the Cooperatives Act, until reinstated.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
internal enum MemberStatus
{
    Applicant = 1,
    Active = 2,
    Resigned = 3,
    Excluded = 4,
    Deceased = 5,
    Refused = 6,
    Suspended = 7,
}

[JsonConverter(typeof(JsonStringEnumConverter<QuorumKind>))]
internal enum QuorumKind
{
    Number = 1,
    Percentage = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationChannel>))]
internal enum ApplicationChannel
{
    Staff = 1,
    PublicForm = 2,
    Import = 3,
    Portal = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
internal enum ApplicationStatus
{
    Pending = 1,
    Admitted = 2,
    Refused = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<ShareTransactionKind>))]
internal enum ShareTransactionKind
{
    Subscription = 1,
    Payment = 2,
    TransferOut = 3,
    TransferIn = 4,
    Refund = 5,
    /// <summary>The shares a member held when their register was imported: subscribed and paid before the coop used CoopSante.</summary>
    OpeningBalance = 6,
}

[JsonConverter(typeof(JsonStringEnumConverter<PaymentMethod>))]
internal enum PaymentMethod
{
    Cash = 1,
    Cheque = 2,
    Transfer = 3,
    /// <summary>Pre-authorized debit.</summary>
    Pad = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<HouseholdRelationship>))]
internal enum HouseholdRelationship
{
    Spouse = 1,
    Child = 2,
}

/// <summary>Where a refund request stands: queued, approved by the board in a batch, paid; or withdrawn.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RefundRequestStatus>))]
internal enum RefundRequestStatus
{
    Requested = 1,
    Approved = 2,
    Paid = 3,
    Withdrawn = 4,
}

/// <summary>
/// Why shares may be refunded (s. 38): membership ended, the member died (to the estate), shares above the qualifying
/// amount, or preferred shares, which the by-laws' conditions govern and which are not tied to the end of membership.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RefundGround>))]
internal enum RefundGround
{
    MembershipEnded = 1,
    Estate = 2,
    AboveQualifying = 3,
    PreferredShares = 4,
}

/// <summary>The sanction a s. 58 proceeding may lead to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sanction>))]
internal enum Sanction
{
    Exclusion = 1,
    Suspension = 2,
}

/// <summary>The steps of s. 58: notice sent, member heard, board decided (or not upheld), letter sent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProceedingStage>))]
internal enum ProceedingStage
{
    Noticed = 1,
    Heard = 2,
    Decided = 3,
    NotUpheld = 4,
    LetterSent = 5,
}
