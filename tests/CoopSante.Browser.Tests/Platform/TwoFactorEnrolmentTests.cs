using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;

namespace CoopSante.Browser.Tests.Platform;

public sealed class TwoFactorEnrolmentTests(BrowserFixture app)
{
    private const string Password = "Accueil-Sans-2fa-2026";

    private Task<string> StaffWithoutTwoFactorAsync() =>
        app.CreateAccountAsync($"accueil.{Guid.NewGuid():N}@test.coopsante.ca", Password, "Accueil sans 2FA", new RoleGrant(Role.CoopStaff, DemoIds.Contrecoeur));

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    [Fact]
    public async Task Staff_without_two_factor_see_a_notice_then_enrol_get_recovery_codes_and_sign_in_with_a_code()
    {
        var email = await StaffWithoutTwoFactorAsync();
        var page = await app.NewPageAsync();
        await SignInAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.WaitInteractiveAsync();
        var notice = page.Locator("[data-testid='two-factor-notice']");
        await notice.WaitForAsync();
        Assert.Contains("renseignements de santé", await notice.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/compte/deux-facteurs");
        Assert.NotNull(await page.GetByRole(AriaRole.Img).First.GetAttributeAsync("src"));
        var key = (await page.Locator("[data-testid='manual-key']").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Code de vérification").FillAsync("000000" == totp.ComputeTotp() ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
        Assert.Equal("Ce code n'est pas valide.", (await page.Locator("#code-error").InnerTextAsync()).Trim());

        await page.GetByLabel("Code de vérification").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
        await page.Locator("[data-testid='recovery-codes'] li").First.WaitForAsync();
        Assert.Equal(10, await page.Locator("[data-testid='recovery-codes'] li").CountAsync());

        await page.GotoAsync("/deconnexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync("**/connexion");

        await SignInAsync(page, email);
        await page.WaitForURLAsync("**/connexion/deux-facteurs**");
        await page.GetByLabel("Code de vérification").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.WaitInteractiveAsync();
        Assert.Equal(0, await notice.CountAsync());
    }
}
