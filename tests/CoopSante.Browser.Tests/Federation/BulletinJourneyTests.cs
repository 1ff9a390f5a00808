using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Federation;

public sealed class BulletinJourneyTests(BrowserFixture app)
{
    private const string Password = "Rocher-Gestion-2026";

    /// <summary>A manager of Le Rocher (Mauricie) of this test's own: the demo's sign-ins are all at Contrecoeur.</summary>
    private Task<string> RocherManagerAsync() =>
        app.CreateAccountAsync($"gestion.{Guid.NewGuid():N}"[..20] + "@rocher.test.coopsante.ca", Password, "Gestion Rocher (test)",
            new RoleGrant(Role.CoopAdmin, DemoIds.LeRocher), twoFactor: true);

    /// <summary>A MudSelect by its label's exact text ("Régions" is not "Des régions", the audience's chosen value).</summary>
    private static ILocator Select(IPage page, string label) =>
        page.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") }) }).First; // the outer .mud-select (its input control carries the class too)

    /// <summary>Opens a select and clicks one of its items, then waits for its list to close.</summary>
    private static async Task ChooseAsync(IPage page, string label, string item)
    {
        await Select(page, label).Locator(".mud-input-control").First.ClickAsync();
        var popover = page.Locator(".mud-popover-open");
        await popover.Locator(".mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
    }

    [Fact]
    public async Task The_federation_publishes_a_bulletin_to_Monteregie_and_a_Contrecoeur_manager_reads_it_on_a_phone()
    {
        var title = $"Rencontre régionale {Guid.NewGuid().ToString("N")[..6]}";
        var federation = await app.NewPageAsync();
        await federation.SignInAsync("federation@demo.coopsante.ca");
        await federation.GotoAsync("/federation/bulletins");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.Locator("#bulletin-title-fr").FillAsync(title);
        await federation.Locator("#bulletin-title-en").FillAsync("Regional meeting");
        await federation.Locator("#bulletin-body-fr").FillAsync("Rencontre avec le **CISSS de la Montérégie-Est** le 3 mars.");
        await federation.Locator("#bulletin-body-en").FillAsync("Meeting with the **CISSS de la Montérégie-Est** on March 3.");
        await ChooseAsync(federation, "Destinataires", "Des régions");
        await Assertions.Expect(federation.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await ChooseAsync(federation, "Régions", "Montérégie");
        await federation.Keyboard.PressAsync("Escape");
        await Assertions.Expect(federation.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Assertions.Expect(Select(federation, "Régions").Locator("input").First).ToHaveValueAsync(new Regex("16")); // the select shows its text in its input
        await federation.Locator("[data-testid='bulletin-publish']").ClickAsync();
        var published = federation.Locator("[data-testid='federation-bulletin']").Filter(new() { HasText = title });
        await published.WaitForAsync();
        Assert.Contains("Montérégie", await published.InnerTextAsync(), StringComparison.Ordinal);

        var coop = await app.NewPageAsync();
        await coop.SetViewportSizeAsync(390, 844);
        await coop.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await coop.GotoAsync("/coop/bulletins");
        var bulletin = coop.Locator("[data-testid='coop-bulletin']").Filter(new() { HasText = title });
        await bulletin.WaitForAsync();
        Assert.Contains("CISSS de la Montérégie-Est", await bulletin.Locator("strong").InnerTextAsync(), StringComparison.Ordinal);
        await coop.Locator("[data-ready='true']").First.WaitForAsync();
        await bulletin.Locator("[data-testid='bulletin-mark-read']").ClickAsync();
        await Assertions.Expect(bulletin.Locator("[data-testid='bulletin-state']")).ToHaveTextAsync("Lu");
        Assert.True(await coop.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the bulletins page scrolls sideways at 390 px");

        // A manager of a Mauricie coop never sees it.
        var other = await app.NewPageAsync();
        await other.SignInAsync(await RocherManagerAsync(), Password);
        await other.GotoAsync("/coop/bulletins");
        await other.Locator("[data-ready='true']").First.WaitForAsync();
        await Assertions.Expect(other.Locator("[data-testid='coop-bulletin']").First).ToBeVisibleAsync(); // bulletins to every coop
        await Assertions.Expect(other.Locator("[data-testid='coop-bulletin']").Filter(new() { HasText = title })).ToHaveCountAsync(0);

        await federation.ReloadAsync();
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await published.Locator("[data-testid='bulletin-reads']").ClickAsync();
        var row = published.Locator("[data-testid='bulletin-reads-table'] tr").Filter(new() { HasText = "Contrecoeur" });
        await row.WaitForAsync();
        Assert.Contains("1", await row.Locator("td").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
    }
}
