using CoopSante.Browser.Tests.Infrastructure;

namespace CoopSante.Browser.Tests;

public sealed class SmokeTests(BrowserFixture app)
{
    [Fact]
    public async Task The_home_page_speaks_french_by_default_and_becomes_interactive()
    {
        var page = await app.NewPageAsync(locale: "en-US");
        await page.GotoAsync("/");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        await page.WaitInteractiveAsync();
        Assert.Contains("coopératives de santé", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }
}
