using System.Globalization;
using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Federation;

public sealed class PartnershipJourneyTests(BrowserFixture app)
{
    private static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_federation_creates_and_updates_an_action_plan_that_its_regional_view_counts_and_the_coop_reads_on_a_phone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var federation = await app.NewPageAsync();
        await federation.SignInAsync("federation@demo.coopsante.ca");
        await federation.GotoAsync("/federation/partenariats");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.Locator("[data-testid='partnership-region']").SelectOptionAsync("16");
        var card = federation.Locator("[data-testid='partnership-agreement']").Filter(new() { HasText = "Contrecoeur" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(federation.Locator("[data-testid='partnership-agreement']").Filter(new() { HasText = "Mauricie" })).ToHaveCountAsync(0);
        await card.Locator("a").First.ClickAsync();

        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.Locator("[data-testid='agreement-view']").WaitForAsync();
        await federation.Locator("#plan-title").FillAsync($"Plan d'hiver {suffix}");
        await federation.Locator("#plan-starts").FillAsync(Iso(DateTime.Today.AddDays(-60)));
        await federation.Locator("[data-testid='plan-create']").ClickAsync();
        var plan = federation.Locator("[data-testid='action-plan']").Filter(new() { HasText = $"Plan d'hiver {suffix}" });
        await plan.WaitForAsync();

        // Due before the plan starts: refused with the rule's message, nothing added.
        await federation.Locator("#action-title").FillAsync($"Vaccination antigrippale {suffix}");
        await federation.Locator("#action-owner").FillAsync("Hélène Gagnon");
        await federation.Locator("#action-due").FillAsync(Iso(DateTime.Today.AddDays(-90)));
        await federation.Locator("[data-testid='action-add']").ClickAsync();
        await Assertions.Expect(federation.Locator("[data-testid='agreement-errors']")).ToContainTextAsync("début du plan");
        await federation.Locator("#action-due").FillAsync(Iso(DateTime.Today.AddDays(-10)));
        await federation.Locator("[data-testid='action-add']").ClickAsync();
        var action = plan.Locator("[data-testid='plan-action']").Filter(new() { HasText = $"Vaccination antigrippale {suffix}" });
        await action.WaitForAsync();
        await Assertions.Expect(action.Locator("[data-testid='action-status']")).ToHaveTextAsync("Prévue");
        await Assertions.Expect(action.Locator("[data-testid='action-overdue']")).ToHaveTextAsync("En retard");

        await action.Locator("[data-testid='action-status-select']").SelectOptionAsync("InProgress");
        await Assertions.Expect(action.Locator("[data-testid='action-status']")).ToHaveTextAsync("En cours");
        await action.Locator("[data-testid='action-note']").FillAsync("Cliniques réservées au centre communautaire.");
        await action.Locator("[data-testid='action-note-add']").ClickAsync();
        await Assertions.Expect(action).ToContainTextAsync("Cliniques réservées au centre communautaire.");

        // The federation's view by region: the demo plan had 2 open actions (1 overdue); ours adds one of each.
        await federation.GotoAsync("/federation/partenariats");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.Locator("[data-testid='partnership-region']").SelectOptionAsync("16");
        await Assertions.Expect(card.Locator("[data-testid='agreement-action-counts']")).ToHaveTextAsync("3 action(s) en cours, dont 2 en retard");
        await Assertions.Expect(federation.Locator("[data-testid='partnership-summary'] tbody tr")).ToHaveCountAsync(1);

        var coop = await app.NewPageAsync();
        await coop.SetViewportSizeAsync(390, 844);
        await coop.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await coop.GotoAsync("/coop/partenariats");
        await coop.Locator("[data-ready='true']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var mine = coop.Locator("[data-testid='coop-agreement']").Filter(new() { HasText = "Contrecoeur" });
        await mine.Locator("[data-testid='coop-agreement-details']").ClickAsync();
        await Assertions.Expect(mine.Locator("[data-testid='plan-action']").Filter(new() { HasText = $"Vaccination antigrippale {suffix}" })).ToContainTextAsync("En cours");
        Assert.Equal(0, await coop.Locator("[data-testid='coop-agreement']").Filter(new() { HasText = "Mauricie" }).CountAsync());
        Assert.True(await coop.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the coop's partnerships page scrolls sideways at 390 px");

        // The federation's agreement page in English on a phone: same plan, English labels, no sideways scroll.
        var english = await app.NewPageAsync("en-CA");
        await english.SetViewportSizeAsync(390, 844);
        await english.SignInAsync("federation@demo.coopsante.ca");
        await english.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await english.GotoAsync("/federation/partenariats");
        await english.Locator("[data-ready='true']").First.WaitForAsync();
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Partnerships with the public network");
        Assert.True(await english.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the federation's partnerships page scrolls sideways at 390 px in English");
        await english.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerships-en-390.png"), FullPage = true });
        await coop.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerships-coop-fr-390.png"), FullPage = true });
    }
}
