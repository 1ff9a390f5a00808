namespace CoopSante.Platform.Tenancy;

public static class PlatformClaims
{
    /// <summary>One claim per grant, value "Role" or "Role:coopGuid".</summary>
    public const string Grant = "coopsante/grant";
    public const string ActiveCoop = "coopsante/coop";
    public const string ApiKeyId = "coopsante/apikey";
    public const string Scope = "coopsante/scope";
    public const string Culture = "coopsante/culture";
    /// <summary>The person's name as they are greeted and named in the audit log (the Name claim holds the user name, an e-mail).</summary>
    public const string DisplayName = "coopsante/name";
    /// <summary>Authentication method reference, "mfa" when a second factor was used (as ASP.NET Identity writes it).</summary>
    public const string Amr = "amr";

    public static string Encode(RoleGrant grant) =>
        grant.CoopId is { } c ? $"{grant.Role}:{c:D}" : grant.Role.ToString();

    public static RoleGrant? Decode(string value)
    {
        var parts = value.Split(':', 2);
        if (!Enum.TryParse<Role>(parts[0], out var role)) return null;
        if (parts.Length == 1) return new RoleGrant(role, null);
        return Guid.TryParse(parts[1], out var coop) ? new RoleGrant(role, coop) : null;
    }
}
