using CoopSante.Federation.Contracts;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Dashboard;
using CoopSante.Federation.Data;
using CoopSante.Federation.Demo;
using CoopSante.Federation.Directory;
using CoopSante.Federation.Profile;
using CoopSante.Federation.Resources;
using CoopSante.Federation.Services;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using MudBlazor;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopSante.Federation;

internal static class FederationModule
{
    public static IServiceCollection AddFederation(this IServiceCollection services)
    {
        services.AddModuleDbContext<FederationDbContext, SqliteFederationDbContext, PostgresFederationDbContext>(FederationDbContext.Module);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, CoopSearchTextRefresh>()); // after the module's migrations
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(FederationText)));
        services.AddFederationRules();
        services.AddScoped<CoopRegistry>();
        services.AddScoped<ICoopRegistry>(sp => sp.GetRequiredService<CoopRegistry>());
        services.AddScoped<ICoopDirectory>(sp => sp.GetRequiredService<CoopRegistry>()); // after AddPlatform: replaces its fallback
        services.AddScoped<IDemoSeeder, FederationDemoSeeder>();
        services.AddNavItem(new NavItem("/repertoire", "Nav.Directory", typeof(FederationText), Icons.Material.Filled.TravelExplore, 10, [], Anonymous: true));
        services.AddNavItem(new NavItem("/federation", "Nav.Dashboard", typeof(FederationText), Icons.Material.Filled.Insights, 20, [Role.FederationAdmin, Role.FederationAuditor]));
        services.AddNavItem(new NavItem("/federation/coops", "Nav.Coops", typeof(FederationText), Icons.Material.Filled.Business, 21, [Role.FederationAdmin, Role.FederationAuditor]));
        services.AddNavItem(new NavItem("/coop/profil", "Nav.CoopProfile", typeof(FederationText), Icons.Material.Filled.Storefront, 30, [Role.CoopAdmin]));
        return services;
    }

    public static IEndpointRouteBuilder MapFederation(this IEndpointRouteBuilder app)
    {
        app.MapCoopsApi();
        app.MapProfileApi();
        app.MapDirectoryApi();
        app.MapDashboardApi();
        app.MapServicesApi();
        return app;
    }
}
