using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Infrastructure;

/// <summary>
/// The tenancy harness: given a request that touches a resource of coop A, sends it as anonymous and as every
/// coop role of coop B, and expects 401/403/404 with none of A's canary text in the answer.
/// Later modules add their endpoints to it by calling <see cref="AssertIsolatedAsync"/>.
/// </summary>
public static class TenancyProbe
{
    public static readonly Role[] CoopRoles = [Role.CoopAdmin, Role.CoopStaff, Role.Clinician, Role.Member];

    public static async Task AssertIsolatedAsync(AppFixture app, Guid otherCoopId, HttpMethod method, string url, object? body = null, string? canary = null, bool includeFederation = false,
        Func<HttpContent>? content = null)
    {
        var callers = (await CallersAsync(app, otherCoopId)).ToList();
        if (includeFederation) callers.AddRange(await CallersAsync(app, null));
        foreach (var (name, client) in callers)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = JsonContent.Create(body);
            if (content is not null) request.Content = content();
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{method} {url} as {name}: expected 401/403/404, got {(int)response.StatusCode}: {text}");
            if (canary is not null) Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Coop B's callers (or, for no coop, the federation's), signed in once until the fixture's next reset.</summary>
    private static async Task<IReadOnlyList<(string Name, HttpClient Client)>> CallersAsync(AppFixture app, Guid? otherCoopId)
    {
        var key = otherCoopId ?? Guid.Empty;
        // Reused only while every signed-in caller is still signed in: a caller refused for a dead token would pass the probe for the wrong reason.
        if (app.ProbeCallers.TryGetValue(key, out var known) && await StillSignedInAsync(known)) return known;
        var callers = new List<(string Name, HttpClient Client)>();
        if (otherCoopId is { } coop)
        {
            callers.Add(("anonymous", app.Anonymous()));
            foreach (var role in CoopRoles) callers.Add(($"{role} of coop B", await app.ClientAsync(role, coop)));
        }
        else
        {
            callers.Add(("FederationAdmin", await app.ClientAsync(Role.FederationAdmin)));
            callers.Add(("FederationAuditor", await app.ClientAsync(Role.FederationAuditor)));
        }
        app.ProbeCallers[key] = callers;
        return callers;
    }

    private static async Task<bool> StillSignedInAsync(IReadOnlyList<(string Name, HttpClient Client)> callers)
    {
        foreach (var (_, client) in callers)
        {
            if (client.DefaultRequestHeaders.Authorization is null) continue; // anonymous
            using var me = await client.GetAsync("/api/v1/auth/me");
            if (me.StatusCode != HttpStatusCode.OK) return false;
        }
        return true;
    }

    /// <summary>One request to probe: an endpoint of the data source, a method, and its route filled for coop A.</summary>
    public sealed record ProbeTarget(string Method, string Pattern, string Url, bool Multipart = false);

    /// <summary>A body the endpoint accepts: routing answers 415 before authentication to a content type it does not declare.</summary>
    public static HttpContent BodyFor(ProbeTarget t) => t.Multipart
        ? new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "probe.csv" } }
        : JsonContent.Create(new { });

    /// <summary>
    /// Every signed-in, coop-scoped endpoint of the running host (a route with <c>{coopId}</c> that does not allow anonymous
    /// callers), read from the endpoint data source rather than a hand-kept list, with its route values generated.
    /// </summary>
    public static IReadOnlyList<ProbeTarget> CoopScopedTargets(AppFixture app, Guid coopId, IReadOnlyDictionary<string, string>? known = null)
    {
        var targets = new List<ProbeTarget>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (e.RoutePattern.GetParameter("coopId") is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            // Data endpoints; the screens' form posts (the coop switch) redirect to sign-in and are tested with the screens.
            if (e.RoutePattern.RawText is not { } raw || !(raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/fhir/", StringComparison.Ordinal))) continue;
            foreach (var method in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                targets.Add(new ProbeTarget(method, e.RoutePattern.RawText ?? "", Fill(e.RoutePattern, coopId, known),
                    e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) == true));
        }
        return targets.DistinctBy(t => (t.Method, t.Pattern)).OrderBy(t => t.Pattern, StringComparer.Ordinal).ThenBy(t => t.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A URL for <paramref name="pattern"/>: the coop id for <c>{coopId}</c>, a known id for a parameter named in
    /// <paramref name="known"/>, otherwise a value that satisfies the parameter's constraint (a fresh guid, 1, a date, "x").
    /// </summary>
    public static string Fill(RoutePattern pattern, Guid coopId, IReadOnlyDictionary<string, string>? known = null)
    {
        var url = new System.Text.StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart p when string.Equals(p.Name, "coopId", StringComparison.Ordinal) => coopId.ToString(),
                    RoutePatternParameterPart p when known?.TryGetValue(p.Name, out var value) == true => value,
                    RoutePatternParameterPart p => Sample(p),
                    _ => "",
                });
        }
        return url.ToString();
    }

    private static string Sample(RoutePatternParameterPart p)
    {
        var constraints = p.ParameterPolicies.Select(c => c.Content ?? "").ToList();
        if (constraints.Contains("guid")) return Guid.NewGuid().ToString();
        if (constraints.Any(c => c is "int" or "long" or "min(1)" || c.StartsWith("range", StringComparison.Ordinal))) return "1";
        if (constraints.Contains("datetime")) return DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return p.Name.EndsWith("Id", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "x";
    }
}
