namespace CoopSante.Platform.Tenancy;

/// <summary>The roles of DESIGN.md. Granted per coop, except the federation roles, which have no coop.</summary>
public enum Role
{
    FederationAdmin = 1,
    FederationAuditor = 2,
    CoopAdmin = 10,
    CoopStaff = 11,
    Clinician = 12,
    Member = 20,
}

public static class Roles
{
    public static bool IsFederationRole(this Role role) => role is Role.FederationAdmin or Role.FederationAuditor;

    /// <summary>Roles that can read health information: they require TOTP two-factor sign-in.</summary>
    public static bool ReadsHealthData(this Role role) => role is Role.CoopAdmin or Role.CoopStaff or Role.Clinician;

    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();
}

/// <summary>A role held by a person, in a coop (null for federation roles).</summary>
public sealed record RoleGrant(Role Role, Guid? CoopId);
