using CoopSante.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CoopSante.Browser.Tests.Infrastructure.BrowserFixture))]

namespace CoopSante.Browser.Tests.Infrastructure;

/// <summary>
/// The app on Kestrel (127.0.0.1, a free port) with the demo federation on a fresh PostgreSQL database, and one
/// headless Debian Chromium for the assembly. Each test opens its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";
    public IServiceProvider Services => _factory!.Services;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (TestDatabase.Required) throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run scripts/test.sh.");
            Assert.Skip("Chromium is not installed: run scripts/test.sh.");
        }
        ConnectionString = await TestDatabase.CreateAsync("coopsante_ui");
        var port = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            // Without explicit URLs the server still binds 127.0.0.1:5000, which a parallel run may hold.
            b.UseUrls($"http://127.0.0.1:{port}");
            b.UseStaticWebAssets();
            b.UseSetting("COOPSANTE_DB", "postgres");
            b.UseSetting("ConnectionStrings:Postgres", ConnectionString);
            b.UseSetting("Audit:HmacKey", Convert.ToBase64String(new byte[32]));
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            b.UseSetting("RateLimits:PublicPerMinute", "100000");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        // UseKestrel(0) falls back to port 5000; several test runs on one machine need a port of their own.
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        // Assertions wait as long as actions do (15 s, below): on a loaded two-core CI a Blazor dialog has taken over
        // Playwright's default 5 s to open (ContributionJourneyTests, while a build ran beside the suite).
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A fresh context (cookies, storage) and page, French unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-CA")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }
}
