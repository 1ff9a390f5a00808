using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>Logs carry no personal data: no e-mail address, no health card number (NAM), no password.</summary>
public sealed partial class LogPrivacyTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[A-Z]{4}\s?\d{4}\s?\d{4}\b")]
    private static partial Regex Nam();

    [Fact]
    public async Task Sign_ins_failures_and_errors_leave_no_personal_data_in_the_logs()
    {
        var user = await app.UserAsync(Role.FederationAdmin);
        var client = app.Anonymous();
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "tremblay.marie@exemple.ca", password = "Wrong-Password-1" });
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "TREM04121925" });
        var signedIn = await app.ClientAsync(user);
        await signedIn.GetAsync("/api/v1/audit/verify");
        await signedIn.GetAsync("/api/v1/audit/events?type=notanumber");

        var lines = app.Logs.Lines.ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => Email().IsMatch(l));
        Assert.DoesNotContain(lines, l => Nam().IsMatch(l));
        Assert.DoesNotContain(lines, l => l.Contains("Wrong-Password-1", StringComparison.Ordinal));
    }
}
