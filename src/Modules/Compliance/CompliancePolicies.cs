using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance;

/// <summary>Compliance's coop rules (this branch's part), as policies that endpoints and pages name.</summary>
internal static class CompliancePolicies
{
    /// <summary>Read a coop's Law 25 registers: the coop's admin, or a federation auditor assigned to the coop.</summary>
    public const string CanReadPrivacyRegisters = nameof(CanReadPrivacyRegisters);

    /// <summary>Keep a coop's Law 25 registers: the coop's admin.</summary>
    public const string CanKeepPrivacyRegisters = nameof(CanKeepPrivacyRegisters);

    public static readonly CoopRule ReadPrivacyRegisters = new(CanReadPrivacyRegisters, Role.CoopAdmin, Role.FederationAuditor);
    public static readonly CoopRule KeepPrivacyRegisters = new(CanKeepPrivacyRegisters, Role.CoopAdmin);

    public static IServiceCollection AddComplianceRules(this IServiceCollection services) =>
        services.AddCoopRule(ReadPrivacyRegisters).AddCoopRule(KeepPrivacyRegisters);
}
