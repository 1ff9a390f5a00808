using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace CoopSante.Platform.Security;

/// <summary>Authorization policies, named after the business rule they enforce.</summary>
public static class Policies
{
    public const string IsFederationStaff = nameof(IsFederationStaff);
    public const string IsFederationAdmin = nameof(IsFederationAdmin);
    /// <summary>A signed-in person with at least one role somewhere.</summary>
    public const string IsSignedIn = nameof(IsSignedIn);
    /// <summary>A coop rule (<see cref="Rules.PlatformRules.CanAdministerCoop"/>): the coop's admin or a federation admin.</summary>
    public const string CanAdministerCoop = nameof(CanAdministerCoop);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(IsSignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(IsFederationStaff, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
            HasGrant(ctx, Role.FederationAdmin) || HasGrant(ctx, Role.FederationAuditor)));
        options.AddPolicy(IsFederationAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(ctx => HasGrant(ctx, Role.FederationAdmin)));
        options.AddPolicy(CanAdministerCoop, Rules.CoopRules.Policy(Rules.PlatformRules.CanAdministerCoop));
    }

    private static bool HasGrant(AuthorizationHandlerContext ctx, Role role) =>
        ctx.User.FindAll(PlatformClaims.Grant).Any(c => PlatformClaims.Decode(c.Value)?.Role == role);
}
