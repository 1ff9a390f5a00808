namespace CoopSante.Membership.Contracts;

/// <summary>A member's standing in their coop today (for Telemedicine's eligibility and the like).</summary>
/// <param name="MemberNumber">Given at admission; null for an applicant.</param>
/// <param name="IsActive">Admitted and neither resigned, excluded nor deceased.</param>
/// <param name="InGoodStanding">Active and their qualifying shares fully paid (the register's own rule).</param>
public sealed record MemberStanding(Guid CoopId, Guid MemberId, int? MemberNumber, MembershipCategory Category, bool IsActive, bool InGoodStanding);

/// <summary>The three categories of a solidarity cooperative (same values as the register's).</summary>
public enum MembershipCategory
{
    User = 1,
    Worker = 2,
    Supporting = 3,
}

/// <summary>Is this person a member in good standing of this coop? Implemented by the Membership module.</summary>
public interface IMemberStandings
{
    /// <summary>The standing of the member with this id in this coop, or null when the coop has no such member.</summary>
    Task<MemberStanding?> StandingAsync(Guid coopId, Guid memberId, CancellationToken ct);

    /// <summary>The standing of the member linked to this user account (portal account) in this coop, or null when none is.</summary>
    Task<MemberStanding?> FindByUserAsync(Guid coopId, Guid userId, CancellationToken ct);

    /// <summary>The standing of the member with this member number in this coop, or null when none has it.</summary>
    Task<MemberStanding?> FindByNumberAsync(Guid coopId, int memberNumber, CancellationToken ct);

    /// <summary>Up to <paramref name="take"/> members of the coop in good standing today, by member number (the demo and the like).</summary>
    Task<IReadOnlyList<MemberStanding>> InGoodStandingAsync(Guid coopId, int take, CancellationToken ct);
}
