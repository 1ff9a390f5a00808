using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace CoopSante.Platform.Security;

public static class AuthSchemes
{
    public const string Smart = "CoopSante";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Bearer token when the request carries one, API key when it carries X-Api-Key, else the sign-in cookie.</summary>
    public static string Select(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return IdentityConstants.BearerScheme;
        if (http.Request.Headers.ContainsKey(ApiKeyHeader))
            return ApiKey;
        return IdentityConstants.ApplicationScheme;
    }
}
