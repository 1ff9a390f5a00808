using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace CoopSante.Platform.Identity.Account;

/// <summary>What the sign-in pages do once Identity has answered: audit rows, the remembered language.</summary>
internal sealed class SignInAudit(SignInManager<AppUser> signIn, CurrentUser current, PlatformDbContext db, IAuditTrail audit)
{
    /// <summary>Records a successful sign-in as the person (not as an anonymous visitor) and restores their language.</summary>
    public async Task SucceededAsync(HttpContext http, AppUser user, string method)
    {
        current.Set(await signIn.CreateUserPrincipalAsync(user), http.Connection.RemoteIpAddress?.ToString());
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.SignedIn, "User", user.Id.ToString(), Details: new { method })]);
        ShellEndpoints.AppendCultureCookie(http.Response, Localization.Cultures.Normalize(user.PreferredCulture));
    }

    /// <summary>Records a failure; the target is the account when it exists, but the page never says so.</summary>
    public async Task FailedAsync(AppUser? user, bool lockedOut) =>
        await audit.WriteAsync(db, [new AuditEntry(lockedOut ? AuditEventType.LockedOut : AuditEventType.SignInFailed, "User", user?.Id.ToString())]);

    public async Task SignedOutAsync() =>
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.SignedOut, "User", current.UserId?.ToString())]);
}
