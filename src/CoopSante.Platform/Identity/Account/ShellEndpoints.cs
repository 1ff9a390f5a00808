using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Identity.Account;

/// <summary>
/// The top bar's language switch and coop switcher: form posts with an antiforgery token (a GET changes nothing),
/// answered with redirects so that cookies and the sign-in can change.
/// </summary>
internal static class ShellEndpoints
{
    public static IEndpointRouteBuilder MapShellEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/langue/{culture}", SetCulture).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/compte/coop/{coopId:guid}", SwitchCoop).RequireAuthorization(Policies.IsSignedIn).ExcludeFromDescription();
        return app;
    }

    public static void AppendCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    private static async Task<RedirectHttpResult> SetCulture(
        string culture, [FromForm] string? returnUrl, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        CurrentUser current, PlatformDbContext db, IAuditTrail audit)
    {
        var chosen = Cultures.Normalize(culture);
        AppendCultureCookie(http.Response, chosen);
        if (current.UserId is { } id && current.ApiKeyId is null && await users.FindByIdAsync(id.ToString()) is { } user
            && !string.Equals(user.PreferredCulture, chosen, StringComparison.Ordinal))
        {
            user.PreferredCulture = chosen;
            await users.UpdateAsync(user);
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.CultureChanged, "User", id.ToString(), Details: new { culture = chosen })]);
            await signIn.RefreshSignInAsync(user);
        }
        return TypedResults.Redirect(LocalUrl.Safe(returnUrl));
    }

    private static async Task<Results<RedirectHttpResult, IResult>> SwitchCoop(
        Guid coopId, [FromForm] string? returnUrl, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        CurrentUser current, PlatformDbContext db, IAuditTrail audit)
    {
        if (current.UserId is not { } id || current.RolesIn(coopId).Count == 0 || await users.FindByIdAsync(id.ToString()) is not { } user)
            return TypedResults.Problem(Problems.Create(http, [PlatformErrors.NotFound]));
        var previous = current.ActiveCoopId;
        user.LastCoopId = coopId;
        await users.UpdateAsync(user);
        current.ActIn(coopId);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.CoopSwitched, "Coop", coopId.ToString(), coopId, new { from = previous })]);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Redirect(LocalUrl.Safe(returnUrl));
    }
}
