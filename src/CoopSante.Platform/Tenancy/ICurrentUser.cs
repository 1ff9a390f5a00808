using System.Security.Claims;

namespace CoopSante.Platform.Tenancy;

/// <summary>
/// Who is calling and in which coop they act. Set once per HTTP request (middleware) or per Blazor circuit
/// (circuit handler); read by EF query filters, authorization and the audit trail.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? DisplayName { get; }
    /// <summary>Set when a machine client calls with an API key.</summary>
    Guid? ApiKeyId { get; }
    IReadOnlyList<RoleGrant> Grants { get; }
    /// <summary>The coop the user acts in now; every coop-owned query is filtered to it.</summary>
    Guid? ActiveCoopId { get; }
    /// <summary>True when the sign-in used a second factor.</summary>
    bool HasTwoFactor { get; }
    /// <summary>Scopes of an API key (empty for people).</summary>
    IReadOnlySet<string> Scopes { get; }
    string? IpAddress { get; }
    ClaimsPrincipal Principal { get; }

    bool HasRole(Role role, Guid? coopId = null);
    bool IsFederationStaff { get; }
    IReadOnlyList<Role> RolesIn(Guid coopId);
    /// <summary>Roles in the active coop that are usable now (health-data roles need a two-factor sign-in).</summary>
    IReadOnlyList<Role> EffectiveRolesInActiveCoop { get; }
}
