using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Partnerships;

/// <summary>Coop rules of partnerships with the public network, as policies that endpoints and pages name.</summary>
internal static class PartnershipPolicies
{
    /// <summary>Read the coop's partnerships (agreements, objectives, action plans, consultations, documents): its admins and staff.</summary>
    public const string CanReadPartnerships = nameof(CanReadPartnerships);

    public static readonly CoopRule ReadPartnerships = new(CanReadPartnerships, Role.CoopAdmin, Role.CoopStaff);

    public static IServiceCollection AddPartnershipRules(this IServiceCollection services) => services.AddCoopRule(ReadPartnerships);
}
