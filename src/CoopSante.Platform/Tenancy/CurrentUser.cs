using System.Security.Claims;

namespace CoopSante.Platform.Tenancy;

/// <summary>Scoped implementation of <see cref="ICurrentUser"/>, filled from a <see cref="ClaimsPrincipal"/>.</summary>
public sealed class CurrentUser : ICurrentUser
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private List<RoleGrant> _grants = [];
    private HashSet<string> _scopes = new(StringComparer.Ordinal);

    public ClaimsPrincipal Principal { get; private set; } = Anonymous;
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public Guid? UserId { get; private set; }
    public string? DisplayName { get; private set; }
    public Guid? ApiKeyId { get; private set; }
    public IReadOnlyList<RoleGrant> Grants => _grants;
    public Guid? ActiveCoopId { get; private set; }
    public bool HasTwoFactor { get; private set; }
    public IReadOnlySet<string> Scopes => _scopes;
    public string? IpAddress { get; private set; }

    public bool IsFederationStaff => _grants.Exists(g => g.Role.IsFederationRole());

    public bool HasRole(Role role, Guid? coopId = null) =>
        _grants.Exists(g => g.Role == role && (role.IsFederationRole() || g.CoopId == (coopId ?? ActiveCoopId)));

    public IReadOnlyList<Role> RolesIn(Guid coopId) =>
        _grants.Where(g => g.CoopId == coopId).Select(g => g.Role).Distinct().ToList();

    public IReadOnlyList<Role> EffectiveRolesInActiveCoop =>
        ActiveCoopId is { } coop
            ? RolesIn(coop).Where(r => !r.ReadsHealthData() || HasTwoFactor || ApiKeyId is not null).ToList()
            : [];

    /// <summary>Fills this instance from the signed-in principal.</summary>
    public void Set(ClaimsPrincipal principal, string? ipAddress = null)
    {
        Principal = principal;
        IpAddress = ipAddress ?? IpAddress;
        _grants = principal.FindAll(PlatformClaims.Grant).Select(c => PlatformClaims.Decode(c.Value))
            .OfType<RoleGrant>().Distinct().ToList();
        _scopes = principal.FindAll(PlatformClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        UserId = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        ApiKeyId = Guid.TryParse(principal.FindFirstValue(PlatformClaims.ApiKeyId), out var key) ? key : null;
        DisplayName = principal.FindFirstValue(PlatformClaims.DisplayName) ?? principal.FindFirstValue(ClaimTypes.Name);
        HasTwoFactor = principal.HasClaim(PlatformClaims.Amr, "mfa");
        var preferred = Guid.TryParse(principal.FindFirstValue(PlatformClaims.ActiveCoop), out var c) ? c : (Guid?)null;
        ActiveCoopId = preferred is { } p && _grants.Exists(g => g.CoopId == p)
            ? p
            : _grants.FirstOrDefault(g => g.CoopId is not null)?.CoopId;
    }

    /// <summary>Acts in another coop for the rest of this scope (a coop id from a route, checked by the caller).</summary>
    public void ActIn(Guid? coopId) => ActiveCoopId = coopId;
}
