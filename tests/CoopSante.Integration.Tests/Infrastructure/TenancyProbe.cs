using System.Net;
using System.Net.Http.Json;
using CoopSante.Platform.Tenancy;

namespace CoopSante.Integration.Tests.Infrastructure;

/// <summary>
/// The tenancy harness: given a request that touches a resource of coop A, sends it as anonymous and as every
/// coop role of coop B, and expects 401/403/404 with none of A's canary text in the answer.
/// Later modules add their endpoints to it by calling <see cref="AssertIsolatedAsync"/>.
/// </summary>
public static class TenancyProbe
{
    public static readonly Role[] CoopRoles = [Role.CoopAdmin, Role.CoopStaff, Role.Clinician, Role.Member];

    public static async Task AssertIsolatedAsync(AppFixture app, Guid otherCoopId, HttpMethod method, string url, object? body = null, string? canary = null, bool includeFederation = false)
    {
        var callers = new List<(string Name, HttpClient Client)> { ("anonymous", app.Anonymous()) };
        foreach (var role in CoopRoles)
            callers.Add(($"{role} of coop B", await app.ClientAsync(role, otherCoopId)));
        if (includeFederation)
        {
            callers.Add(("FederationAdmin", await app.ClientAsync(Role.FederationAdmin)));
            callers.Add(("FederationAuditor", await app.ClientAsync(Role.FederationAuditor)));
        }
        foreach (var (name, client) in callers)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = JsonContent.Create(body);
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{method} {url} as {name}: expected 401/403/404, got {(int)response.StatusCode}: {text}");
            if (canary is not null) Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
