using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Web;

/// <summary>
/// An entry of the side navigation, contributed by a module. Shown when the person holds one of
/// <see cref="Roles"/> (in the active coop for coop roles), or to everyone signed in when empty; <see cref="Anonymous"/>
/// entries are shown to visitors too. The label is a key of <see cref="ResourceType"/>.
/// </summary>
public sealed record NavItem(string Href, string LabelKey, Type ResourceType, string Icon, int Order, IReadOnlyList<Role> Roles, bool Anonymous = false)
{
    public bool IsVisibleTo(ICurrentUser user)
    {
        if (Anonymous && !user.IsAuthenticated) return true;
        if (!user.IsAuthenticated) return false;
        if (Roles.Count == 0) return true;
        return Roles.Any(r => r.IsFederationRole() ? user.HasRole(r) : user.EffectiveRolesInActiveCoop.Contains(r));
    }
}

public static class NavigationRegistration
{
    public static IServiceCollection AddNavItem(this IServiceCollection services, NavItem item) => services.AddSingleton(item);
}
