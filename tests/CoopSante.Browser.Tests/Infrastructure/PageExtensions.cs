using Microsoft.Playwright;
using OtpNet;

namespace CoopSante.Browser.Tests.Infrastructure;

public static class PageExtensions
{
    public const string DemoPassword = "CoopSante-Demo-2026!";
    public const string DemoTotp = "JBSWY3DPEHPK3PXP";

    public static string TotpCode() => new Totp(Base32Encoding.ToBytes(DemoTotp)).ComputeTotp();

    /// <summary>Waits until the Blazor circuit is connected (the layout renders data-interactive="true").</summary>
    public static async Task WaitInteractiveAsync(this IPage page) =>
        await page.Locator("[data-interactive='true']").First.WaitForAsync();
}
