using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine;

/// <summary>Telemedicine's rules, as policies that endpoints and pages name.</summary>
internal static class TelemedicinePolicies
{
    /// <summary>Enrol households, cancel, change the people covered (manager and reception).</summary>
    public const string CanManageEnrolments = nameof(CanManageEnrolments);

    /// <summary>See what was communicated to the provider and the coop's figures (the manager, who is the coop's person in charge of personal information).</summary>
    public const string CanReadTelemedicineCommunications = nameof(CanReadTelemedicineCommunications);

    /// <summary>Read the provider's roster: an API key with the <see cref="TelemedicineScopes.Roster"/> scope.</summary>
    public const string CanReadRoster = nameof(CanReadRoster);

    public static readonly CoopRule ManageEnrolments = new(CanManageEnrolments, Role.CoopAdmin, Role.CoopStaff);
    public static readonly CoopRule ReadCommunications = new(CanReadTelemedicineCommunications, Role.CoopAdmin);

    public static IServiceCollection AddTelemedicineRules(this IServiceCollection services)
    {
        services.AddCoopRule(ManageEnrolments).AddCoopRule(ReadCommunications);
        services.AddAuthorization(o => o.AddPolicy(CanReadRoster, p => p.RequireAuthenticatedUser()
            .RequireClaim(PlatformClaims.Scope, TelemedicineScopes.Roster)));
        return services;
    }
}

/// <summary>API-key scopes telemedicine declares.</summary>
internal static class TelemedicineScopes
{
    /// <summary>The provider reads the roster and checks eligibility (a program-wide key, or one coop's).</summary>
    public const string Roster = "telemedicine:roster";
}
