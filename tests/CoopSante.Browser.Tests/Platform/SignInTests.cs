using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Platform;

public sealed class SignInTests(BrowserFixture app)
{
    [Fact]
    public async Task A_coop_admin_signs_in_in_french_with_two_factor_and_switches_to_english()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/connexion");
        Assert.Equal("Connexion", await page.InnerTextAsync("h1"));
        await page.GetByLabel("Courriel").FillAsync("gestion@contrecoeur.demo.coopsante.ca");
        await page.GetByLabel("Mot de passe").FillAsync(PageExtensions.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.WaitForURLAsync("**/connexion/deux-facteurs**");
        await page.GetByLabel("Code de vérification").FillAsync(PageExtensions.TotpCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.WaitInteractiveAsync();
        Assert.Contains("Bonjour", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid='two-factor-notice']").CountAsync());

        await page.Locator("[data-testid='language-switch']").ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        await page.WaitInteractiveAsync();
        Assert.Contains("Hello", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal("Français", (await page.InnerTextAsync("[data-testid='language-switch']")).Trim());

        // The choice is remembered per person: give the shared demo account its French back for other tests.
        await page.Locator("[data-testid='language-switch']").ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'fr'");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var page = await app.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("Courriel").FillAsync("audit@demo.coopsante.ca");
            await page.GetByLabel("Mot de passe").FillAsync($"Mauvais-Mot-De-Passe-{attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            if (attempt < 5)
                Assert.Equal("Courriel ou mot de passe incorrect.", (await page.Locator("[data-testid='login-error']").InnerTextAsync()).Trim());
        }
        await page.WaitForURLAsync("**/connexion/verrouille");
        Assert.Contains("15 minutes", await page.Locator("[data-testid='lockout-message']").InnerTextAsync(), StringComparison.Ordinal);

        // Even the right password is refused while the lock lasts.
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync("audit@demo.coopsante.ca");
        await page.GetByLabel("Mot de passe").FillAsync(PageExtensions.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/connexion/verrouille");
    }

    [Fact]
    public async Task A_wrong_password_for_an_unknown_account_gets_the_same_answer()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync("personne@nulle-part.demo.coopsante.ca");
        await page.GetByLabel("Mot de passe").FillAsync("Nimporte-Quoi-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        Assert.Equal("Courriel ou mot de passe incorrect.", (await page.Locator("[data-testid='login-error']").InnerTextAsync()).Trim());
    }
}
