using CoopSante.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>Every endpoint declares who may call it: a policy, a coop role, or a reviewed anonymous allowance.</summary>
public sealed class EndpointAuthorizationTests(AppFixture app)
{
    private static bool Declares(Endpoint e) =>
        e.Metadata.GetMetadata<IAuthorizeData>() is not null
        || e.Metadata.GetMetadata<AuthorizationPolicy>() is not null
        || e.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    [Fact]
    public void Every_api_endpoint_has_a_policy_or_allows_anonymous_explicitly()
    {
        var api = Endpoints().Where(e => e.RoutePattern.RawText is { } p &&
            (p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/fhir", StringComparison.Ordinal) || p.StartsWith("/health", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(api);
        var undeclared = api.Where(e => !Declares(e)).Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}").ToList();
        Assert.True(undeclared.Count == 0, "Undeclared endpoints:\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public void Every_page_requires_sign_in_or_allows_anonymous_explicitly()
    {
        var pages = Endpoints().Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null).ToList();
        Assert.NotEmpty(pages);
        var undeclared = pages.Where(e => !Declares(e)).Select(e => e.RoutePattern.RawText).Distinct().ToList();
        Assert.True(undeclared.Count == 0, "Pages without [Authorize] or [AllowAnonymous]:\n" + string.Join('\n', undeclared));
    }
}
