using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation;

/// <summary>Federation's coop rules, as policies that endpoints and pages name.</summary>
public static class FederationPolicies
{
    /// <summary>Read a coop's registry record and history: a federation admin, or an auditor assigned to the coop.</summary>
    public const string CanReadCoopRecord = nameof(CanReadCoopRecord);

    /// <summary>Change a coop's registry record or status: a federation admin.</summary>
    public const string CanManageCoopRecord = nameof(CanManageCoopRecord);

    /// <summary>Change the coop's public profile (hours, services, description): the coop's own admin.</summary>
    public const string CanEditCoopProfile = nameof(CanEditCoopProfile);

    public static IServiceCollection AddFederationRules(this IServiceCollection services) =>
        services.AddCoopRule(new CoopRule(CanReadCoopRecord, Role.FederationAdmin, Role.FederationAuditor))
            .AddCoopRule(new CoopRule(CanManageCoopRecord, Role.FederationAdmin))
            .AddCoopRule(new CoopRule(CanEditCoopProfile, Role.CoopAdmin));
}
