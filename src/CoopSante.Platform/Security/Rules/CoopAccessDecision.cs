using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;

namespace CoopSante.Platform.Security.Rules;

/// <summary>What a coop rule answers for a caller and a coop: null when allowed, else the error to answer.</summary>
public static class CoopAccessDecision
{
    /// <summary>
    /// Whether <paramref name="rule"/> lets <paramref name="user"/> act in their active coop: what a page shows or hides,
    /// by the same rule as the endpoint it calls (auditor assignments are not read here: use the policy for those rules).
    /// </summary>
    public static bool AllowsInActiveCoop(ICurrentUser user, CoopRule rule) =>
        user.ActiveCoopId is { } coop && Decide(user, coop, rule, auditorAssigned: false, endpointScope: null) is null;

    /// <param name="user">The caller.</param>
    /// <param name="coopId">The coop of the resource.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="auditorAssigned">Whether the caller, if a federation auditor, is assigned to the coop.</param>
    /// <param name="endpointScope">The API-key scope the endpoint declares (null: none, so API keys are refused).</param>
    public static ErrorCode? Decide(ICurrentUser user, Guid coopId, CoopRule rule, bool auditorAssigned, string? endpointScope)
    {
        var held = user.RolesIn(coopId).ToList();
        // Federation roles have no coop: an admin counts in every coop, an auditor only in the coops assigned to them.
        if (user.HasRole(Role.FederationAdmin)) held.Add(Role.FederationAdmin);
        if (auditorAssigned && user.HasRole(Role.FederationAuditor)) held.Add(Role.FederationAuditor);
        var passing = held.Where(rule.Admits).ToList();
        // A coop is known to whoever holds a role in it, and to federation staff where the rule is a federation one;
        // a federation admin on a coop's own rule (its members' data) learns nothing, as another coop would.
        if (passing.Count == 0)
            return user.RolesIn(coopId).Count > 0 || (held.Count > 0 && rule.Roles.Any(r => r.IsFederationRole()))
                ? PlatformErrors.Forbidden : PlatformErrors.NotFound;
        if (user.ApiKeyId is not null)
            return endpointScope is not null && user.Scopes.Contains(endpointScope) ? null : IdentityErrors.ScopeRequired;
        if (!passing.Exists(r => !r.ReadsHealthData() || user.HasTwoFactor))
            return PlatformErrors.TwoFactorRequired;
        return null;
    }
}
