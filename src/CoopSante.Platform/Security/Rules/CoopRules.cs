using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Security.Rules;

public static class CoopRules
{
    /// <summary>Registers <paramref name="rule"/> as the policy <see cref="CoopRule.Name"/>: a signed-in caller who passes the rule in the coop.</summary>
    public static IServiceCollection AddCoopRule(this IServiceCollection services, CoopRule rule) =>
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(rule.Name, Policy(rule)));

    public static AuthorizationPolicy Policy(CoopRule rule) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(rule).Build();
}
