using CoopSante.Federation.Advantages;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Web;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopSante.Federation.Library;

/// <summary>What the library and the advantages catalogue add to the federation module: rules, file use, messages, menu, endpoints.</summary>
internal static class LibraryRegistration
{
    public static IReadOnlyList<NavItem> NavItems { get; } =
    [
        new("/federation/bibliotheque", "Nav.FederationLibrary", typeof(LibraryText), Icons.Material.Filled.LocalLibrary, 23, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/federation/avantages", "Nav.FederationAdvantages", typeof(LibraryText), Icons.Material.Filled.Loyalty, 24, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/coop/bibliotheque", "Nav.CoopLibrary", typeof(LibraryText), Icons.Material.Filled.LocalLibrary, 32, [Role.CoopAdmin, Role.CoopStaff, Role.Clinician]),
        new("/coop/avantages", "Nav.CoopAdvantages", typeof(LibraryText), Icons.Material.Filled.Loyalty, 33, [Role.CoopAdmin, Role.CoopStaff, Role.Clinician]),
        new("/portail/avantages", "Nav.MemberAdvantages", typeof(LibraryText), Icons.Material.Filled.Loyalty, 311, [Role.Member]),
    ];

    public static IServiceCollection AddLibraryAndAdvantages(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(LibraryText)));
        services.AddFileUse(LibraryCommands.DocumentUse);
        return services.AddLibraryRules();
    }

    public static IEndpointRouteBuilder MapLibraryAndAdvantages(this IEndpointRouteBuilder app) => app.MapLibraryApi().MapAdvantagesApi();
}
