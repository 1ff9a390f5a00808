using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;

namespace CoopSante.Platform.Security;

/// <summary>
/// Guards routes under <c>/coops/{coopId}</c> with an unnamed coop rule admitting <paramref name="roles"/>.
/// Prefer a named rule (<c>RequireAuthorization(MembershipPolicies.CanManageRegister)</c>, ADR 0016), which pages can
/// use too; this remains for code written before the rules.
/// </summary>
public static class CoopAccess
{
    public static TBuilder RequireCoopRole<TBuilder>(this TBuilder builder, params Role[] roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(CoopRules.Policy(new CoopRule("CoopRole:" + string.Join('|', roles), roles)));
}
