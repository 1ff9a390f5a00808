using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Support;

/// <summary>Who, in a coop, uses the federation's support: the rules that endpoints and pages name.</summary>
internal static class SupportPolicies
{
    /// <summary>Open requests to the federation, follow their thread, attach files and rate the service: the coop's admins and staff.</summary>
    public const string CanRequestSupport = nameof(CanRequestSupport);

    /// <summary>Accept or decline a consulting quote and read its invoice (commits the coop's money): the coop's admin.</summary>
    public const string CanApproveConsulting = nameof(CanApproveConsulting);

    public static readonly CoopRule RequestSupport = new(CanRequestSupport, Role.CoopAdmin, Role.CoopStaff);
    public static readonly CoopRule ApproveConsulting = new(CanApproveConsulting, Role.CoopAdmin);

    public static IServiceCollection AddSupportRules(this IServiceCollection services) => services.AddCoopRule(RequestSupport).AddCoopRule(ApproveConsulting);
}
