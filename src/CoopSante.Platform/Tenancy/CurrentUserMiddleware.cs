using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Tenancy;

/// <summary>Fills the scoped <see cref="CurrentUser"/> from the authenticated principal of the request.</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, CurrentUser user)
    {
        user.Set(http.User, http.Connection.RemoteIpAddress?.ToString());
        return next(http);
    }
}
