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

/// <summary>Applicant → Active → Resigned / Excluded / Deceased; Refused when the board refuses the application.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
internal enum MemberStatus
{
    Applicant = 1,
    Active = 2,
    Resigned = 3,
    Excluded = 4,
    Deceased = 5,
    Refused = 6,
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
