using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Federation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Federation;

public sealed partial class FederationJourneyTests(BrowserFixture app)
{
    private static async Task FillAsync(IPage page, string selector, string value)
    {
        var input = page.Locator(selector);
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private static async Task ChooseAsync(IPage page, string selectLabel, string option)
    {
        // The visible input of the select, not its (possibly wider) wrapper.
        await page.Locator(".mud-select").Filter(new() { HasText = selectLabel }).First.Locator(".mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    private static async Task SignInAsFederationAdminAsync(IPage page)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync("federation@demo.coopsante.ca");
        await page.GetByLabel("Mot de passe").FillAsync(PageExtensions.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal) || url.Contains("deux-facteurs", StringComparison.Ordinal));
        if (page.Url.Contains("deux-facteurs", StringComparison.Ordinal))
        {
            await page.GetByLabel("Code de vérification").FillAsync(PageExtensions.TotpCode());
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        }
        await page.WaitInteractiveAsync();
    }

    [Fact]
    public async Task A_visitor_finds_the_Montreal_coop_in_the_directory_without_typing_accents()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/repertoire");
        await page.Locator("[data-testid='directory'][data-ready='true']").WaitForAsync();
        Assert.Equal("Répertoire des coops de santé", (await page.InnerTextAsync("h1")).Trim());

        await page.Locator("#directory-search").FillAsync("montreal");
        await page.Locator("#directory-search").PressAsync("Enter");
        var link = page.Locator("[data-testid='directory-item']").Filter(new() { HasText = "Coopérative de solidarité santé de Montréal" });
        await link.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid='directory-item']").Filter(new() { HasText = "Val-Morin" }).CountAsync());

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/repertoire\\?q=montreal$"));
        await link.ClickAsync();
        await page.Locator("h1", new() { HasText = "Coopérative de solidarité santé de Montréal" }).WaitForAsync();
        Assert.Contains("Heures d'ouverture", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Contains("Médecine familiale", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_federation_admin_creates_a_coop_edits_it_activates_it_and_the_public_finds_it_without_accents()
    {
        var page = await app.NewPageAsync();
        await SignInAsFederationAdminAsync(page);

        await page.GotoAsync("/federation/coops/nouvelle");
        await page.Locator("[data-testid='coop-edit'][data-ready='true']").WaitForAsync();
        await FillAsync(page, "#coop-name", "Coop de santé de l'Érablière-Témoin");
        await FillAsync(page, "#coop-legal-name", "Coopérative de solidarité santé de l'Érablière-Témoin");
        await FillAsync(page, "#coop-neq", "123");
        await FillAsync(page, "#coop-address", "12, rue des Sucres");
        await FillAsync(page, "#coop-city", "Sainte-Émélie-de-l'Énergie");
        await FillAsync(page, "#coop-postal-code", "j0k2k0");
        await ChooseAsync(page, "Région administrative", "Lanaudière");

        // A wrong NEQ is refused with a message on its own field, and nothing is saved.
        await page.Locator("[data-testid='save-coop']").ClickAsync();
        await page.GetByText("Le NEQ doit compter exactement 10 chiffres.").WaitForAsync();
        Assert.EndsWith("/federation/coops/nouvelle", page.Url, StringComparison.Ordinal);

        await FillAsync(page, "#coop-neq", "1199 887 766");
        await page.Locator("[data-testid='save-coop']").ClickAsync();
        await page.WaitForURLAsync(GuidUrl());
        await page.Locator("[data-testid='coop-status']").WaitForAsync();
        await Assertions.Expect(page.Locator("#coop-postal-code")).ToHaveValueAsync("J0K 2K0");
        await Assertions.Expect(page.Locator("#coop-neq")).ToHaveValueAsync("1199887766");

        await FillAsync(page, "#coop-phone", "450 555 0199");
        await page.Locator("[data-testid='save-coop']").ClickAsync();
        await page.GetByText("Modifications enregistrées.").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#coop-phone")).ToHaveValueAsync("450-555-0199");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Historique" }).ClickAsync();
        await page.Locator("[data-testid='coop-history']").Filter(new() { HasText = "450-555-0199" }).WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Statut" }).ClickAsync();
        await ChooseAsync(page, "Nouveau statut", "Active");
        await page.Locator("[data-testid='change-status']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await page.Locator("[data-testid='coop-status']", new() { HasText = "Active" }).WaitForAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FederationDbContext>();
            var saved = await db.Coops.AsNoTracking().SingleAsync(c => c.Neq == "1199887766");
            Assert.Equal("14", saved.RegionCode);
            Assert.Equal(3, await db.CoopChanges.CountAsync(h => h.CoopId == saved.Id));
        }

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/repertoire");
        await visitor.Locator("[data-testid='directory'][data-ready='true']").WaitForAsync();
        await visitor.Locator("#directory-search").FillAsync("erabliere temoin");
        await visitor.Locator("#directory-search").PressAsync("Enter");
        var found = visitor.Locator("[data-testid='directory-item']").Filter(new() { HasText = "Coop de santé de l'Érablière-Témoin" });
        await found.WaitForAsync();
        Assert.Equal(1, await visitor.Locator("[data-testid='directory-item']").CountAsync());
    }

    [GeneratedRegex("/federation/coops/[0-9a-f-]{36}$")]
    private static partial Regex GuidUrl();
}
