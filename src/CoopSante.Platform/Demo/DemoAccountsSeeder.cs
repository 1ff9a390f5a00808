using CoopSante.Platform.Data;
using CoopSante.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Demo;

/// <summary>Creates the demo sign-ins. Health-data roles get two-factor with the published demo TOTP secret.</summary>
internal sealed class DemoAccountsSeeder : IDemoSeeder
{
    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<PlatformDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var account in DemoIds.Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                PreferredCulture = "fr-CA",
                LastCoopId = account.CoopId,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoOptions.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Code)));
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoOptions.TotpSecret);
            await users.SetTwoFactorEnabledAsync(user, true);
            db.RoleGrants.Add(new UserRoleGrant { Id = Guid.CreateVersion7(), UserId = user.Id, Role = account.Role, CoopId = account.CoopId, GrantedAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(ct);
    }
}
