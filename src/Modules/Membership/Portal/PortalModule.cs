using CoopSante.Membership.Resources;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopSante.Membership.Portal;

internal static class PortalModule
{
    public static void AddPortal(IServiceCollection services) =>
        services.AddNavItem(new NavItem("/portail", "Portal.Nav", typeof(RegisterIoText), Icons.Material.Filled.Badge, 50, [Role.Member]));
}
