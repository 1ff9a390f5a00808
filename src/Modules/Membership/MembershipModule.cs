using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Membership.Data;
using CoopSante.Membership.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership;

public static class MembershipModule
{
    public static IServiceCollection AddMembership(this IServiceCollection services)
    {
        services.AddModuleDbContext<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(MembershipDbContext.Module);
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MembershipText)));
        return services;
    }

    public static IEndpointRouteBuilder MapMembership(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Membership");
        _ = api;
        return app;
    }
}
