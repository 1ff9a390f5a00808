using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Federation.Data;
using CoopSante.Federation.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation;

public static class FederationModule
{
    public static IServiceCollection AddFederation(this IServiceCollection services)
    {
        services.AddModuleDbContext<FederationDbContext, SqliteFederationDbContext, PostgresFederationDbContext>(FederationDbContext.Module);
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(FederationText)));
        return services;
    }

    public static IEndpointRouteBuilder MapFederation(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Federation");
        _ = api;
        return app;
    }
}
