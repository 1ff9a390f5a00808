using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation;

/// <summary>Coop rules of the federation's services to its coops, as policies that endpoints and pages name.</summary>
internal static class ServicesPolicies
{
    /// <summary>Read the bulletins the federation addresses to the coop and mark them read: the coop's staff, admins and clinicians.</summary>
    public const string CanReadBulletins = nameof(CanReadBulletins);

    public static readonly CoopRule ReadBulletins = new(CanReadBulletins, Role.CoopAdmin, Role.CoopStaff, Role.Clinician);

    public static IServiceCollection AddServicesRules(this IServiceCollection services) => services.AddCoopRule(ReadBulletins);
}
