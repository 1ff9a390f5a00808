using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>
/// An entry of the register (s. 124 of the Cooperatives Act): a person or an organisation, from application
/// to departure. The member number is given at admission, sequential per coop and never reused.
/// </summary>
internal sealed class Member : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public int? MemberNumber { get; set; }
    public MemberKind Kind { get; set; } = MemberKind.Person;
    /// <summary>Family name of a person, or the legal name of an organisation.</summary>
    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    public string Province { get; set; } = "QC";
    /// <summary>Canonical form <c>A1A 1A1</c>.</summary>
    public string PostalCode { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>"fr" or "en": the language of letters, receipts and certificates.</summary>
    public string PreferredLanguage { get; set; } = "fr";
    public MemberCategory Category { get; set; } = MemberCategory.User;
    public MemberStatus Status { get; set; } = MemberStatus.Applicant;
    public DateOnly StatusSince { get; set; }
    public DateOnly? AdmittedOn { get; set; }
    /// <summary>Sum of subscriptions and transfers in, less transfers out and refunds.</summary>
    public decimal SharesSubscribed { get; set; }
    /// <summary>Sum of payments and transfers in, less transfers out and refunds.</summary>
    public decimal SharesPaid { get; set; }
    public int SharesHeld { get; set; }
    /// <summary>Lower-case, accent-free names, e-mail, phone digits, postal code and member number, for search.</summary>
    public string SearchText { get; set; } = "";
    /// <summary>The portal account, once the member is linked to one.</summary>
    public Guid? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public decimal SharesOwing => SharesSubscribed - SharesPaid;

    public void RefreshSearchText() => SearchText = Register.SearchText.For(this);
}

/// <summary>One dated change of a member's status, with its reason.</summary>
internal sealed class MemberStatusChange : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public MemberStatus? From { get; set; }
    public MemberStatus To { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? Reason { get; set; }
    public string? ResolutionNumber { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Per-coop counters (member numbers, receipt numbers), bumped in the transaction that uses them.</summary>
internal sealed class MembershipCounter : ICoopOwned
{
    public const string MemberNumber = "member";
    public const string Receipt = "receipt";
    public const string Certificate = "certificate";

    public Guid CoopId { get; set; }
    public string Name { get; set; } = "";
    public int Value { get; set; }
}
