namespace CoopSante.Membership.Contracts;

/// <summary>A member's household as of a date: the member, the people declared with them, and their address.</summary>
/// <param name="Email">The member's e-mail, if any (for notices).</param>
/// <param name="PreferredLanguage">"fr" or "en".</param>
public sealed record MemberHousehold(Guid CoopId, Guid MemberId, DateOnly AsOf, HouseholdAddress Address, IReadOnlyList<HouseholdPerson> People,
    string? Email = null, string PreferredLanguage = "fr");

/// <summary>The member's address (the register keeps the current one only).</summary>
public sealed record HouseholdAddress(string Street, string City, string Province, string PostalCode);

/// <param name="SameAddress">Lives at the member's address.</param>
/// <param name="EligibleFamily">Family in the sense of the telemedicine program on that date (spouse, or child under 26, at the member's address); true for the member.</param>
/// <param name="PersonId">The register's id of the person: the member's id for the member, the household person's id otherwise.</param>
public sealed record HouseholdPerson(string FamilyName, string GivenName, DateOnly? DateOfBirth, HouseholdRelationship Relationship, bool SameAddress, bool EligibleFamily,
    Guid PersonId = default);

public enum HouseholdRelationship
{
    /// <summary>The member themself.</summary>
    Member = 0,
    Spouse = 1,
    Child = 2,
}

/// <summary>Who is in a member's household, and where. Implemented by the Membership module.</summary>
public interface IMemberHouseholds
{
    /// <summary>The household of this member as of <paramref name="asOf"/> (people declared after that date are left out), or null when the coop has no such member.</summary>
    Task<MemberHousehold?> HouseholdAsync(Guid coopId, Guid memberId, DateOnly asOf, CancellationToken ct);
}
