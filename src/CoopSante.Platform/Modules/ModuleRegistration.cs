using System.Reflection;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Modules;

/// <summary>The modules the host registered, in order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<AppModule> modules)
{
    public IReadOnlyList<AppModule> Modules { get; } = modules;

    /// <summary>The platform's pages and each module's, for the router and <c>AddAdditionalAssemblies</c>.</summary>
    public Assembly[] PageAssemblies => [typeof(PlatformModule).Assembly, .. Modules.Select(m => m.PagesAssembly).Distinct()];
}

public static class ModuleRegistration
{
    /// <summary>Registers each module's database, services, nav items, audit event types, API scopes and demo seeders.</summary>
    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder, params AppModule[] modules)
    {
        var services = builder.Services;
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        foreach (var module in modules)
        {
            module.Database?.Register(services);
            module.AddServices(services);
            foreach (var item in module.NavItems) services.AddNavItem(item);
            foreach (var type in module.AuditEventTypes) services.AddSingleton(type);
            foreach (var scope in module.ApiScopes) services.AddSingleton(new ApiScopeDeclaration(scope));
            foreach (var seeder in module.DemoSeeders)
            {
                if (!typeof(IDemoSeeder).IsAssignableFrom(seeder)) throw new ArgumentException($"{seeder} is not an IDemoSeeder.", nameof(modules));
                services.AddScoped(typeof(IDemoSeeder), seeder);
            }
        }
        return builder;
    }

    /// <summary>Maps each registered module's endpoints.</summary>
    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app)
    {
        foreach (var module in app.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules) module.MapEndpoints(app);
        return app;
    }

    /// <summary>The platform's and the modules' page assemblies.</summary>
    public static Assembly[] PageAssemblies(this IServiceProvider services) =>
        services.GetService<ModuleCatalog>()?.PageAssemblies ?? [typeof(PlatformModule).Assembly];
}
