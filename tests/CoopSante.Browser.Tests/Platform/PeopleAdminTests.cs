using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Platform;

public sealed partial class PeopleAdminTests(BrowserFixture app)
{
    [GeneratedRegex(@"https?://\S+/invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();

    private const string Password = "Gestion-Propre-2026";

    /// <summary>An admin of Contrecoeur of this test's own, so that no other test changes its language or roles.</summary>
    private Task<string> CoopAdminAsync() =>
        app.CreateAccountAsync($"gestion.{Guid.NewGuid():N}"[..20] + "@test.coopsante.ca", Password, "Gestion (test)",
            new RoleGrant(Role.CoopAdmin, DemoIds.Contrecoeur), twoFactor: true);

    private async Task SignInAsCoopAdminAsync(IPage page)
    {
        var email = await CoopAdminAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByLabel("Code de vérification").FillAsync(PageExtensions.TotpCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_coop_admin_invites_a_person_who_accepts_through_the_emailed_link_then_the_admin_revokes_the_role()
    {
        var email = $"inf.{Guid.NewGuid():N}"[..16] + "@test.coopsante.ca";
        var page = await app.NewPageAsync();
        await SignInAsCoopAdminAsync(page);

        await page.GotoAsync("/personnes");
        await page.WaitInteractiveAsync();
        // The page knows its coop once the picker shows it (the line it adds moves the form down).
        await Assertions.Expect(page.GetByTestId("admin-coop")).ToHaveTextAsync("Coopérative de santé de Contrecoeur");
        await page.Locator("input[data-testid='invite-email'], [data-testid='invite-email'] input").FillAsync(email);
        await page.Locator("input[data-testid='invite-name'], [data-testid='invite-name'] input").FillAsync("Infirmière Invitée");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await page.GetByText($"Invitation envoyée à {email}.").WaitForAsync();

        await page.GotoAsync("/courriels");
        await page.WaitInteractiveAsync();
        var row = page.Locator("[data-testid='outbox-table'] tr", new() { HasText = email });
        await row.WaitForAsync();
        var body = await row.Locator("[data-testid='outbox-body']").TextContentAsync();
        var link = InvitationLink().Match(body ?? "").Value;
        Assert.False(string.IsNullOrEmpty(link), body);

        var invitee = await app.NewPageAsync();
        await invitee.GotoAsync(new Uri(link).PathAndQuery);
        Assert.Contains(email, await invitee.Locator("[data-testid='invitation-summary']").InnerTextAsync(), StringComparison.Ordinal);
        await invitee.GetByLabel("Votre nom").FillAsync("Infirmière Invitée");
        await invitee.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("Invitee-Passe-2026");
        await invitee.GetByLabel("Confirmer le mot de passe").FillAsync("Invitee-Passe-2026");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation" }).ClickAsync();
        await invitee.Locator("[data-testid='invitation-accepted']").WaitForAsync();

        await page.GotoAsync("/personnes");
        await page.WaitInteractiveAsync();
        var person = page.Locator("[data-testid='people-table'] tr", new() { HasText = email });
        await person.WaitForAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Retirer le rôle" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Retirer le rôle" }).ClickAsync();
        await page.GetByText("Rôle retiré.").WaitForAsync();
        await Assertions.Expect(person).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_coop_admin_creates_an_api_key_shown_once_which_works_until_revoked_after_confirmation()
    {
        var name = "Client " + Guid.NewGuid().ToString("N")[..8];
        var page = await app.NewPageAsync();
        await SignInAsCoopAdminAsync(page);

        await page.GotoAsync("/cles-api");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("admin-coop")).ToHaveTextAsync("Coopérative de santé de Contrecoeur");
        // Neither a name nor a scope: both fields say so, and no key is made.
        await page.GetByTestId("api-key-create").ClickAsync();
        await Assertions.Expect(page.GetByText("Ce champ est obligatoire.")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("new-api-key")).ToHaveCountAsync(0);

        await page.Locator("input[data-testid='api-key-name'], [data-testid='api-key-name'] input").FillAsync(name);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "members:read", Exact = false }).CheckAsync();
        await page.GetByTestId("api-key-create").ClickAsync();
        var shown = page.GetByTestId("new-api-key").Locator("code");
        await Assertions.Expect(shown).ToHaveTextAsync(new Regex(@"^cs_\S{20,}$"));
        var key = await shown.InnerTextAsync();
        var row = page.Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("members:read");
        await Assertions.Expect(row).ToContainTextAsync("Active");
        Assert.DoesNotContain(key, await row.InnerTextAsync(), StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);

        // Revoking asks first; cancelled, the key stays active.
        await row.GetByRole(AriaRole.Button, new() { Name = "Révoquer" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Révoquer" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Révoquer" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Révoquée");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }
}
