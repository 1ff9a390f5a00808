using CoopSante.Membership.Portal;
using CoopSante.Membership.RegisterExport;
using CoopSante.Membership.RegisterImport;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.RegisterIo;

/// <summary>Register export and import, and the member portal: registered by the membership module.</summary>
internal static class RegisterIoModule
{
    public static IServiceCollection AddRegisterIo(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(RegisterIoText)));
        PortalModule.AddPortal(services);
        return services;
    }

    public static void MapRegisterIo(RouteGroupBuilder api, RouteGroupBuilder coop)
    {
        RegisterExportApi.Map(coop);
        Exports.AnnualReportExport.Map(coop);
        RegisterImportApi.Map(coop);
        PortalApi.Map(api);
    }
}
