using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopSante.Platform.Observability;

/// <summary>
/// OpenTelemetry for the host: metrics always (scraped at <see cref="MetricsPath"/>), traces when an exporter is
/// configured. Spans are named after route templates and carry no query string, so no name or NAM reaches them.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";
    public const string ServiceName = "coopsante";

    /// <summary>The OTLP endpoint, from OTEL_EXPORTER_OTLP_ENDPOINT or Telemetry:Otlp:Endpoint; null when not configured.</summary>
    public static string? OtlpEndpoint(IConfiguration config)
    {
        var value = config["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? config["Telemetry:Otlp:Endpoint"];
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<PlatformMetrics>();
        var otlp = OtlpEndpoint(config);
        // Traces cost a span per request and per database command: only when someone receives them.
        var tracing = otlp is not null || config.GetValue<bool>("Telemetry:Tracing:Enabled");

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(m =>
            {
                m.AddMeter(PlatformMetrics.MeterName)
                 .AddAspNetCoreInstrumentation()
                 .AddHttpClientInstrumentation()
                 .AddRuntimeInstrumentation()
                 .AddNpgsqlInstrumentation()
                 .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0); // each scrape reads fresh values
                if (otlp is not null) m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        if (tracing)
        {
            otel.WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o =>
                 {
                     o.Filter = http => Traced(http.Request.Path);
                     // Search terms (names) travel in query strings: never on a span.
                     o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                 })
                 .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, _) =>
                 {
                     if (activity.GetTagItem("url.full") is string url && url.Contains('?', StringComparison.Ordinal))
                         activity.SetTag("url.full", url[..url.IndexOf('?', StringComparison.Ordinal)]);
                 })
                 .AddNpgsql();
                if (otlp is not null) t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        }
        services.AddAuthorization(o => o.AddPolicy(CanScrapeMetrics, p => p
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme, AuthSchemes.ApiKey)
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => MayScrape(ctx.User))));
        return services;
    }

    /// <summary>Operators' scrape: a federation-level API key with <see cref="ApiScopes.OpsMetrics"/>, or a federation admin's token.</summary>
    public const string CanScrapeMetrics = nameof(CanScrapeMetrics);

    /// <summary>The Prometheus scrape endpoint; anonymous callers get 401 (a bearer token or an API key, never a cookie).</summary>
    public static IEndpointConventionBuilder MapPlatformMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(CanScrapeMetrics);

    internal static bool MayScrape(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.HasClaim(PlatformClaims.Scope, ApiScopes.OpsMetrics) && !user.HasClaim(c => c.Type == PlatformClaims.ActiveCoop))
            return true; // a coop's key never sees the federation's figures, whatever scope it was given
        return user.FindAll(PlatformClaims.Grant).Any(c => PlatformClaims.Decode(c.Value) is { Role: Role.FederationAdmin, CoopId: null });
    }

    /// <summary>Requests worth a trace: not the scrape, health probes, static files or the Blazor circuit's traffic.</summary>
    internal static bool Traced(PathString path) =>
        !(path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
          || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
          || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
          || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
          || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
          || Path.HasExtension(path.Value));
}
