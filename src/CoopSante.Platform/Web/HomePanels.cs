using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Web;

/// <summary>
/// A block of the signed-in home page, contributed by a module: a Razor component that shows the person's work
/// (a manager's members and deadlines, a member's standing, the federation's figures). Shown like <see cref="NavItem"/>:
/// to people holding one of <see cref="Roles"/> (in the active coop for coop roles).
/// </summary>
public sealed record HomePanel(Type Component, int Order, IReadOnlyList<Role> Roles)
{
    public bool IsVisibleTo(ICurrentUser user) =>
        user.IsAuthenticated && Roles.Any(r => r.IsFederationRole() ? user.HasRole(r) : user.EffectiveRolesInActiveCoop.Contains(r));
}

public static class HomePanelRegistration
{
    public static IServiceCollection AddHomePanel(this IServiceCollection services, HomePanel panel) => services.AddSingleton(panel);
}
