using CoopSante.Platform.Data;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Browser.Tests.Infrastructure;

/// <summary>Accounts a test makes for itself, so that no other test changes their language or roles, or locks them.</summary>
public static class TestAccounts
{
    /// <summary>
    /// Creates a confirmed account with <paramref name="password"/>, the role <paramref name="grant"/> if given (its coop becomes the
    /// account's last coop), and the demo TOTP key when <paramref name="twoFactor"/>. Returns its e-mail.
    /// </summary>
    public static async Task<string> CreateAccountAsync(this BrowserFixture app, string email, string password, string displayName,
        RoleGrant? grant = null, bool twoFactor = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LastCoopId = grant?.CoopId };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (twoFactor)
        {
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", PageExtensions.DemoTotp);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        if (grant is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.RoleGrants.Add(new UserRoleGrant { Id = Guid.CreateVersion7(), UserId = user.Id, Role = grant.Role, CoopId = grant.CoopId, GrantedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        return email;
    }
}
