using CoopSante.Platform.Tenancy;

namespace CoopSante.Platform.Security.Rules;

/// <summary>The platform's own coop rules (people, roles and keys of a coop).</summary>
public static class PlatformRules
{
    /// <summary>Manage the coop's people, roles and API keys: its admin, or a federation admin.</summary>
    public static readonly CoopRule CanAdministerCoop = new(Policies.CanAdministerCoop, Role.CoopAdmin, Role.FederationAdmin);
}
