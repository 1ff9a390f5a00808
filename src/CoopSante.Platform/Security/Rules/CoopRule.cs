using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace CoopSante.Platform.Security.Rules;

/// <summary>
/// A business rule evaluated against one coop: the route's <c>{coopId}</c> for APIs, the active coop for pages.
/// The rule says who passes it (<see cref="Admits"/>); <see cref="CoopRuleHandler"/> applies what every coop rule
/// shares: another coop answers 404, a coop where the caller has a role but not this one 403, health-data roles
/// need a two-factor sign-in, an API key needs the endpoint's scope, a federation auditor only passes in the coops
/// assigned to them, and on success the request acts in that coop. Modules register their rules with
/// <see cref="CoopRules.AddCoopRule"/> under a policy name that says the rule (<c>CanManageRegister</c>).
/// </summary>
public class CoopRule(string name, params Role[] roles) : IAuthorizationRequirement
{
    /// <summary>The policy name, which says the rule.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<Role> Roles { get; } = roles;

    /// <summary>Whether holding <paramref name="role"/> in the coop (or at the federation) satisfies the rule.</summary>
    public virtual bool Admits(Role role) => Roles.Contains(role);

    public override string ToString() => Name;
}
