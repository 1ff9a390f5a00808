using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Federation;

public sealed class BulletinJourneyTests(BrowserFixture app)
{
    [Fact(Skip = "Unfinished: the regions' multi-select popover is not opened by this locator yet (fedsvc, 07:45); the API journey is covered by BulletinsApiTests.")]
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
        await federation.Locator(".mud-select").Filter(new() { HasText = "Destinataires" }).First.Locator(".mud-input").First.ClickAsync();
        await federation.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Des régions" }).First.ClickAsync();
        await federation.Locator(".mud-select").Nth(1).Locator(".mud-input").First.ClickAsync(); // the regions' select, after the audience's
        await federation.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Montérégie" }).First.ClickAsync();
        await federation.Keyboard.PressAsync("Escape");
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

        await federation.ReloadAsync();
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await published.Locator("[data-testid='bulletin-reads']").ClickAsync();
        var row = published.Locator("[data-testid='bulletin-reads-table'] tr").Filter(new() { HasText = "Contrecoeur" });
        await row.WaitForAsync();
        Assert.Contains("1", await row.Locator("td").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
    }
}
