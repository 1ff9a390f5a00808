using Microsoft.AspNetCore.Identity;

namespace CoopSante.Platform.Identity;

/// <summary>A person who signs in. Roles are not Identity roles: they are <see cref="UserRoleGrant"/> rows, per coop.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    /// <summary>"fr-CA" or "en-CA"; the language switch remembers it here.</summary>
    public string PreferredCulture { get; set; } = "fr-CA";
    /// <summary>The coop chosen last in the top bar.</summary>
    public Guid? LastCoopId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class UserRoleGrant
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Tenancy.Role Role { get; set; }
    /// <summary>Null for the federation roles.</summary>
    public Guid? CoopId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public Guid? GrantedBy { get; set; }
}

/// <summary>An invitation to take a role in a coop; the link lets the person set a password.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Tenancy.Role Role { get; set; }
    public Guid? CoopId { get; set; }
    public string TokenHash { get; set; } = "";
    public string Culture { get; set; } = "fr-CA";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? InvitedBy { get; set; }
}

/// <summary>A machine client's key: shown once, stored as a hash, scoped to a coop (or the program), revocable.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid? CoopId { get; set; }
    /// <summary>The first characters of the key, to recognise it in lists.</summary>
    public string Prefix { get; set; } = "";
    public string KeyHash { get; set; } = "";
    /// <summary>Space-separated scopes, e.g. "directory:read members:read".</summary>
    public string Scopes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
