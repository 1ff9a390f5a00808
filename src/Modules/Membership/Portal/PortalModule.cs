using CoopSante.Membership.Resources;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopSante.Membership.Portal;

internal static class PortalModule
{
    public static void AddPortal(IServiceCollection services)
    {
        services.AddNavItem(new NavItem("/portail", "Portal.Nav", typeof(RegisterIoText), Icons.Material.Filled.Badge, 50, [Role.Member]));
        services.AddScoped<IDemoSeeder, PortalDemoSeeder>();
        services.AddNavItem(new NavItem("/registre/importation", "Import.Nav", typeof(RegisterIoText), Icons.Material.Filled.UploadFile, 230, [Role.CoopAdmin]));
    }
}
