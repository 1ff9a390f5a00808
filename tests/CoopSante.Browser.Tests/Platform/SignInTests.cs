using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>An account of this test's own to lock: a demo account locked here would refuse the journeys that sign in with it.</summary>
    private Task<string> AccountToLockAsync() =>
        app.CreateAccountAsync($"verrou.{Guid.NewGuid():N}"[..20] + "@test.coopsante.ca", PageExtensions.DemoPassword, "Verrou (test)");

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var account = await AccountToLockAsync();
        var page = await app.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("Courriel").FillAsync(account);
            await page.GetByLabel("Mot de passe").FillAsync($"Mauvais-Mot-De-Passe-{attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            if (attempt < 5)
                Assert.Equal("Courriel ou mot de passe incorrect.", (await page.Locator("[data-testid='login-error']").InnerTextAsync()).Trim());
        }
        // Answered in place with 429 and Retry-After, as an unknown address would be after five attempts.
        Assert.Contains("15 minutes", await page.Locator("[data-testid='lockout-message']").InnerTextAsync(), StringComparison.Ordinal);

        // Even the right password is refused while the lock lasts.
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync(account);
        await page.GetByLabel("Mot de passe").FillAsync(PageExtensions.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        Assert.Contains("15 minutes", await page.Locator("[data-testid='lockout-message']").InnerTextAsync(), StringComparison.Ordinal);
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

    [Fact]
    public async Task A_forgotten_password_is_changed_through_the_emailed_link_once_and_the_old_one_stops_working()
    {
        var email = $"oubli.{Guid.NewGuid():N}"[..18] + "@test.coopsante.ca";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Oubli (test)" };
            Assert.True((await users.CreateAsync(user, "Ancien-Passe-2026")).Succeeded);
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mot de passe oublié");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reset-sent")).ToBeVisibleAsync();

        string body;
        await using (var scope = app.Services.CreateAsyncScope())
            body = (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking().SingleAsync(e => e.To == email && e.Kind == "PasswordReset")).TextBody;
        var link = Regex.Match(body, @"https?://\S+/reinitialiser-mot-de-passe\?\S+").Value;
        Assert.False(string.IsNullOrEmpty(link), body);

        var reset = await app.NewPageAsync();
        await reset.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(reset.GetByLabel("Courriel")).ToHaveValueAsync(email);
        await reset.GetByLabel("Nouveau mot de passe").FillAsync("Nouveau-Passe-2026");
        await reset.GetByLabel("Confirmer le mot de passe").FillAsync("Autre-Passe-2026");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await Assertions.Expect(reset.GetByText("Les deux mots de passe ne sont pas identiques.")).ToBeVisibleAsync();
        await reset.GetByLabel("Nouveau mot de passe").FillAsync("Nouveau-Passe-2026");
        await reset.GetByLabel("Confirmer le mot de passe").FillAsync("Nouveau-Passe-2026");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await Assertions.Expect(reset.GetByTestId("reset-done")).ToBeVisibleAsync();

        // The link served once.
        await reset.GotoAsync(new Uri(link).PathAndQuery);
        await reset.GetByLabel("Nouveau mot de passe").FillAsync("Troisieme-Passe-2026");
        await reset.GetByLabel("Confirmer le mot de passe").FillAsync("Troisieme-Passe-2026");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await Assertions.Expect(reset.GetByText("Ce lien n'est pas valide ou a expiré. Demandez-en un nouveau.")).ToBeVisibleAsync();

        // The old password no longer opens the account; the new one does.
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync("Ancien-Passe-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        Assert.Equal("Courriel ou mot de passe incorrect.", (await page.Locator("[data-testid='login-error']").InnerTextAsync()).Trim());
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync("Nouveau-Passe-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
    }
}
