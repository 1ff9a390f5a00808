using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using OtpNet;

namespace CoopSante.Integration.Tests.Platform;

public sealed class ObservabilityTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.Parse("0a000000-0000-4000-8000-0000000000a1");

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object NewKey(Guid? coop, params string[] scopes) =>
        new { name = "Prometheus", coopId = coop, scopes, expiresAt = DateTimeOffset.UtcNow.AddDays(30) };

    private async Task<HttpClient> KeyClientAsync(HttpClient admin, Guid? coop, params string[] scopes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(coop, scopes));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static double? Sample(string scrape, string metric) =>
        scrape.Split('\n').Where(l => l.StartsWith(metric, StringComparison.Ordinal) && (l.Length == metric.Length || l[metric.Length] is ' ' or '{'))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)).Cast<double?>().FirstOrDefault();

    [Fact]
    public async Task Metrics_are_refused_to_anonymous_callers_coop_admins_and_coop_keys()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/metrics")).StatusCode);
        var coopAdmin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync("/metrics")).StatusCode);
        // A coop's key with the scope still cannot read the federation's figures.
        var coopKey = await KeyClientAsync(coopAdmin, CoopA, "ops:metrics");
        Assert.Equal(HttpStatusCode.Forbidden, (await coopKey.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task An_operator_key_scrapes_http_server_metrics_and_the_audit_appends_counted_after_an_audited_action()
    {
        // A host of its own: OpenTelemetry listens to meters by name across the process, and the test hosts that other
        // tests start and dispose take their ASP.NET Core meters with them (production runs one host per process).
        await using var host = app.Factory.WithWebHostBuilder(_ => { });
        var federationToken = (await app.ClientAsync(Role.FederationAdmin)).DefaultRequestHeaders.Authorization;
        var federation = host.CreateClient();
        federation.DefaultRequestHeaders.Authorization = federationToken;
        var created = await federation.PostAsJsonAsync("/api/v1/api-keys", NewKey(null, "ops:metrics")); // creating the key is itself audited
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scraper = host.CreateClient();
        scraper.DefaultRequestHeaders.Add("X-Api-Key", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
        var first = await scraper.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = Sample(await first.Content.ReadAsStringAsync(), "coopsante_audit_appends_total");
        Assert.NotNull(before);

        Assert.Equal(HttpStatusCode.Created, (await federation.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, "roster:read"))).StatusCode);

        // The host records a request's duration as the request ends, which can be just after its client has the answer.
        var scrape = await scraper.GetStringAsync("/metrics");
        for (var i = 0; i < 50 && !scrape.Contains("http_server_request_duration_seconds", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            scrape = await scraper.GetStringAsync("/metrics");
        }
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        Assert.True(Sample(scrape, "coopsante_audit_appends_total") >= before + 1, scrape);
        // A federation admin's own token may scrape too.
        Assert.Equal(HttpStatusCode.OK, (await federation.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task A_request_trace_has_a_database_child_span_and_no_query_string()
    {
        var spans = new List<Activity>();
        await using var traced = app.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Telemetry:Tracing:Enabled", "true");
            b.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        });
        var user = await app.UserAsync(Role.FederationAdmin);
        var federation = traced.CreateClient();
        var login = await federation.PostAsJsonAsync("/api/v1/auth/login",
            new { email = user.Email, password = AppFixture.Password, twoFactorCode = new Totp(Base32Encoding.ToBytes(AppFixture.TotpSecret)).ComputeTotp() });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        federation.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await federation.GetAsync("/api/v1/federation/coops?q=Tremblay")).StatusCode);

        // The server span ends just after the answer is sent.
        Activity[] snapshot = [];
        for (var i = 0; i < 50; i++)
        {
            lock (spans) snapshot = [.. spans];
            if (snapshot.Any(IsCoopList)) break;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        var request = Assert.Single(snapshot, IsCoopList);
        Assert.Contains(snapshot, a => a.Source.Name == "Npgsql" && a.ParentSpanId == request.SpanId && a.TraceId == request.TraceId);
        Assert.DoesNotContain(snapshot, a => a.DisplayName.Contains("Tremblay", StringComparison.OrdinalIgnoreCase)
            || a.TagObjects.Any(t => t.Value?.ToString()?.Contains("Tremblay", StringComparison.OrdinalIgnoreCase) == true));
    }

    private static bool IsCoopList(Activity a) =>
        a.Kind == ActivityKind.Server && a.DisplayName.Contains("/api/v1/federation/coops", StringComparison.Ordinal);
}
