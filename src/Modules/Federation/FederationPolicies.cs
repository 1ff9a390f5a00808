using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation;

/// <summary>Federation's coop rules, as policies that endpoints and pages name.</summary>
internal static class FederationPolicies
{
    /// <summary>Read a coop's registry record and history: a federation admin, or an auditor assigned to the coop.</summary>
    public const string CanReadCoopRecord = nameof(CanReadCoopRecord);

    /// <summary>Change a coop's registry record or status: a federation admin.</summary>
    public const string CanManageCoopRecord = nameof(CanManageCoopRecord);

    /// <summary>Change the coop's public profile (hours, services, description): the coop's own admin.</summary>
    public const string CanEditCoopProfile = nameof(CanEditCoopProfile);

    public static readonly CoopRule ReadCoopRecord = new(CanReadCoopRecord, Role.FederationAdmin, Role.FederationAuditor);
    public static readonly CoopRule ManageCoopRecord = new(CanManageCoopRecord, Role.FederationAdmin);
    public static readonly CoopRule EditCoopProfile = new(CanEditCoopProfile, Role.CoopAdmin);

    public static IServiceCollection AddFederationRules(this IServiceCollection services) =>
        services.AddCoopRule(ReadCoopRecord).AddCoopRule(ManageCoopRecord).AddCoopRule(EditCoopProfile);
}
