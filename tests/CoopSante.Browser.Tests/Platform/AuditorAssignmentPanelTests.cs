using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Platform;

public sealed class AuditorAssignmentPanelTests(BrowserFixture app)
{
    [Fact]
    public async Task The_federation_admin_assigns_an_auditor_to_a_coop_on_the_people_page_and_ends_it_after_confirming()
    {
        var name = $"Auditrice {Guid.NewGuid():N}"[..18];
        Guid auditorId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = $"{Guid.NewGuid():N}@test.coopsante.ca", DisplayName = name, EmailConfirmed = true };
            user.Email = user.UserName;
            user.NormalizedUserName = user.UserName.ToUpperInvariant();
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            db.Users.Add(user);
            db.RoleGrants.Add(new UserRoleGrant { Id = Guid.CreateVersion7(), UserId = user.Id, Role = Role.FederationAuditor, GrantedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            auditorId = user.Id;
        }

        var page = await app.NewPageAsync();
        await page.SignInAsync("federation@demo.coopsante.ca");
        await page.GotoAsync("/personnes");
        await page.WaitInteractiveAsync();
        var panel = page.GetByTestId("auditor-assignments");
        await panel.WaitForAsync();
        await page.GetByTestId("assign-auditor").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(name, new() { Exact = false }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("assign-auditor")).ToContainTextAsync(name);
        await page.GetByTestId("assign-submit").ClickAsync();
        var row = panel.Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        // Ending it asks first; cancelled, the assignment stays.
        await row.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            Assert.False(await db.AuditorAssignments.AnyAsync(a => a.AuditorId == auditorId));
            var target = auditorId.ToString();
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AuditorAssigned && e.TargetId == target));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AuditorUnassigned && e.TargetId == target));
        }
    }
}
