using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoopSante.Platform;
using CoopSante.Platform.Data;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OtpNet;

[assembly: AssemblyFixture(typeof(CoopSante.Integration.Tests.Infrastructure.AppFixture))]

namespace CoopSante.Integration.Tests.Infrastructure;

/// <summary>
/// The whole host on a fresh PostgreSQL database, shared by the assembly's tests. Tests call
/// <see cref="ResetAsync"/> first (every table emptied) and create the people they need with <see cref="UserAsync"/>.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string Password = "Test-Password-2026!";
    public const string TotpSecret = "JBSWY3DPEHPK3PXP";
    /// <summary>A fixed audit key, so that tests can recompute the chain.</summary>
    public static readonly byte[] AuditKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    /// <summary>Where the host's file store writes, so that tests can prove nothing was left behind.</summary>
    public static readonly string FilesRoot = Path.Combine(Path.GetTempPath(), "coopsante-files-" + Guid.NewGuid().ToString("N"));

    private WebApplicationFactory<Program>? _factory;
    public string ConnectionString { get; private set; } = "";
    /// <summary>Every log line the host writes, to prove that no personal data reaches the logs.</summary>
    public LogCapture Logs { get; } = new();

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("not started");
    public IServiceProvider Services => Factory.Services;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateAsync("coopsante_it");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development"); // binding errors must still answer 400 in Development
            b.UseSetting("COOPSANTE_DB", "postgres");
            b.UseSetting("ConnectionStrings:Postgres", ConnectionString);
            b.UseSetting("Audit:HmacKey", Convert.ToBase64String(AuditKey));
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Files:Path", FilesRoot);
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            b.UseSetting("RateLimits:PublicPerMinute", "100000");
            b.UseSetting("Serilog:MinimumLevel:Default", "Information");
            b.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information");
            b.ConfigureLogging(l => l.AddProvider(Logs));
        });
        _ = _factory.Server; // starts the host: migrations run
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }

    /// <summary>
    /// The callers a tenancy probe sends from another coop (anonymous, one signed-in person per coop role) and the federation's,
    /// made once per coop until the next reset: signing a person in hashes a password twice, and the matrix probes every endpoint.
    /// </summary>
    internal Dictionary<Guid, IReadOnlyList<(string Name, HttpClient Client)>> ProbeCallers { get; } = [];

    public async Task ResetAsync()
    {
        ProbeCallers.Clear(); // their people are deleted with the rest
        await TestDatabase.ResetAsync(ConnectionString);
        // The database was emptied under the host: the public responses it keeps in memory go with it (ADR 0019).
        await Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(CoopSante.Platform.Web.PublicCaching.AllTag, default);
    }

    public HttpClient Anonymous(string culture = "fr-CA")
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    /// <summary>Creates a person with the given grants (two-factor on, with <see cref="TotpSecret"/>).</summary>
    public Task<TestUser> UserAsync(string email, params RoleGrant[] grants) => UserAsync(Services, email, grants);

    /// <summary>Creates a person with the given grants in any host (the SQLite drills start their own).</summary>
    public static async Task<TestUser> UserAsync(IServiceProvider services, string email, params RoleGrant[] grants)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, LastCoopId = grants.FirstOrDefault(g => g.CoopId is not null)?.CoopId };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", TotpSecret);
        await users.SetTwoFactorEnabledAsync(user, true);
        foreach (var g in grants)
            db.RoleGrants.Add(new UserRoleGrant { Id = Guid.CreateVersion7(), UserId = user.Id, Role = g.Role, CoopId = g.CoopId, GrantedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, grants);
    }

    public Task<TestUser> UserAsync(Role role, Guid? coopId = null) =>
        UserAsync($"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@test.coopsante.ca", new RoleGrant(role, role.IsFederationRole() ? null : coopId));

    /// <summary>An HTTP client signed in as <paramref name="user"/> with a bearer token (two-factor code included).</summary>
    public Task<HttpClient> ClientAsync(TestUser user, string culture = "fr-CA") => ClientAsync(Anonymous(culture), user.Email, Password);

    /// <summary>Signs <paramref name="client"/> in with a bearer token (two-factor code included).</summary>
    public static async Task<HttpClient> ClientAsync(HttpClient client, string email, string password)
    {
        var code = new Totp(Base32Encoding.ToBytes(TotpSecret)).ComputeTotp();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<HttpClient> ClientAsync(Role role, Guid? coopId = null, string culture = "fr-CA") =>
        await ClientAsync(await UserAsync(role, coopId), culture);

    private sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn);
}

public sealed record TestUser(Guid Id, string Email, IReadOnlyList<RoleGrant> Grants);
