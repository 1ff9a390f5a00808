using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Federation;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Platform;

public sealed class AuditLogLabelTests(BrowserFixture app)
{
    [Fact]
    public async Task The_audit_log_shows_a_module_event_with_the_label_its_module_declares()
    {
        var target = $"label-{Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().WriteAsync(db, [new AuditEntry(AuditEventType.CoopUpdated, "Coop", target, null)]);
        }

        var page = await app.NewPageAsync();
        await page.SignInAsync("federation@demo.coopsante.ca");
        await page.GotoAsync("/administration/journal");
        await page.WaitInteractiveAsync();
        var row = page.Locator("tr", new() { HasText = target });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Coopérative modifiée"); // FederationAuditText, through the descriptor
    }
}
