using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Library;

/// <summary>Coop rules of the library and the advantages catalogue, as policies that endpoints and pages name.</summary>
internal static class LibraryPolicies
{
    /// <summary>Browse and download the library documents the federation addresses to the coop: its staff, admins and clinicians.</summary>
    public const string CanReadLibrary = nameof(CanReadLibrary);

    /// <summary>Browse the advantages the federation negotiated for the coop: its staff, admins, clinicians, and its members (those for members).</summary>
    public const string CanBrowseAdvantages = nameof(CanBrowseAdvantages);

    public static readonly CoopRule ReadLibrary = new(CanReadLibrary, Role.CoopAdmin, Role.CoopStaff, Role.Clinician);
    public static readonly CoopRule BrowseAdvantages = new(CanBrowseAdvantages, Role.CoopAdmin, Role.CoopStaff, Role.Clinician, Role.Member);

    public static IServiceCollection AddLibraryRules(this IServiceCollection services) =>
        services.AddCoopRule(ReadLibrary).AddCoopRule(BrowseAdvantages);
}
