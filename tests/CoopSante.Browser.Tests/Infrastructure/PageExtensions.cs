using Microsoft.Playwright;
using OtpNet;

namespace CoopSante.Browser.Tests.Infrastructure;

public static class PageExtensions
{
    public const string DemoPassword = "CoopSante-Demo-2026!";
    public const string DemoTotp = "JBSWY3DPEHPK3PXP";

    public static string TotpCode() => new Totp(Base32Encoding.ToBytes(DemoTotp)).ComputeTotp();

    /// <summary>
    /// Waits until the Blazor circuit is connected (the layout renders data-interactive="true"). Up to 30 s: starting a
    /// circuit (WebSocket, first render) is the step that slows most when the suite's three test processes share two
    /// cores; once in the full suite it took over 15 s (RemittanceAndInvoicesJourneyTests), and never alone.
    /// </summary>
    public static async Task WaitInteractiveAsync(this IPage page) =>
        await page.Locator("[data-interactive='true']").First.WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>
    /// Chooses files on a Blazor InputFile once its script listens (it attaches after the circuit's first render, a
    /// round trip later than the layout's interactive mark); a change before that would be lost.
    /// </summary>
    public static async Task SetBlazorInputFilesAsync(this ILocator input, FilePayload file)
    {
        await input.EvaluateAsync("e => new Promise(r => { const t = setInterval(() => { if (e._blazorInputFileNextFileId !== undefined) { clearInterval(t); r(); } }, 20); })");
        await input.SetInputFilesAsync(file);
    }

    /// <summary>Signs in through <c>/connexion</c> in French, with the demo TOTP code when the account has two-factor.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoPassword, bool twoFactor = true)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        if (twoFactor)
        {
            await page.WaitForURLAsync("**/connexion/deux-facteurs**", new() { Timeout = SignInTimeout });
            await page.GetByLabel("Code de vérification").FillAsync(TotpCode());
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        }
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal), new() { Timeout = SignInTimeout });
    }

    /// <summary>Signing in hashes the password and loads the first page: on two busy cores it once took longer than the 15 s of other steps.</summary>
    private const float SignInTimeout = 30_000;

    /// <summary>The text input of a MudBlazor field by its data-testid (MudBlazor puts the attribute on the input or on its wrapper).</summary>
    public static ILocator InputByTestId(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>True when the page does not scroll sideways (at 390 px, nothing overflows).</summary>
    public static Task<bool> FitsWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
