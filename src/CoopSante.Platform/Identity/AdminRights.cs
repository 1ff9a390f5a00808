using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;

namespace CoopSante.Platform.Identity;

/// <summary>Who may manage people, invitations and API keys: a federation admin anywhere, a coop admin in their own coop.</summary>
public static class AdminRights
{
    /// <summary>
    /// Null when <paramref name="user"/> may administer <paramref name="coopId"/> (null = the federation itself);
    /// otherwise the failure to answer: another coop is "not found", never "forbidden".
    /// </summary>
    public static ErrorCode? CheckCanAdminister(ICurrentUser user, Guid? coopId)
    {
        if (user.ApiKeyId is not null) return PlatformErrors.Forbidden;
        if (user.HasRole(Role.FederationAdmin)) return null;
        if (coopId is not { } coop) return PlatformErrors.Forbidden;
        var roles = user.RolesIn(coop);
        if (roles.Count == 0) return PlatformErrors.NotFound;
        if (!roles.Contains(Role.CoopAdmin)) return PlatformErrors.Forbidden;
        return user.HasTwoFactor ? null : PlatformErrors.TwoFactorRequired;
    }

    public static void EnsureCanAdminister(ICurrentUser user, Guid? coopId)
    {
        if (CheckCanAdminister(user, coopId) is { } failure) throw new DomainException(failure);
    }

    /// <summary>Coops whose admin the person is (with a two-factor sign-in); empty for federation admins, who see all.</summary>
    public static IReadOnlyList<Guid> AdministeredCoops(ICurrentUser user) =>
        user.HasTwoFactor
            ? user.Grants.Where(g => g.Role == Role.CoopAdmin && g.CoopId is not null).Select(g => g.CoopId!.Value).Distinct().ToList()
            : [];
}
