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
            // The demo auditor works on two coops, so that the others show what an unassigned coop looks like to them.
            if (account.Role == Tenancy.Role.FederationAuditor)
                db.AuditorAssignments.AddRange(new[] { DemoIds.Contrecoeur, DemoIds.LeRocher }.Select(coop =>
                    new Security.AuditorAssignments.AuditorAssignment { Id = Guid.CreateVersion7(), AuditorId = user.Id, CoopId = coop, AssignedAt = clock.GetUtcNow() }));
        }
        await db.SaveChangesAsync(ct);
    }
}
