using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Security.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>Every endpoint declares who may call it: a policy or a reviewed anonymous allowance; every coop route a coop rule.</summary>
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

    /// <summary>The authorization policy an endpoint ends up with: its named policies and policy objects combined.</summary>
    private async Task<AuthorizationPolicy?> PolicyOf(Endpoint e) =>
        await AuthorizationPolicy.CombineAsync(app.Services.GetRequiredService<IAuthorizationPolicyProvider>(),
            e.Metadata.GetOrderedMetadata<IAuthorizeData>(), e.Metadata.GetOrderedMetadata<AuthorizationPolicy>());

    [Fact]
    public async Task Every_signed_in_coop_route_is_guarded_by_a_coop_rule()
    {
        var coopRoutes = Endpoints().Where(e => e.RoutePattern.RawText is { } p && p.Contains("/coops/{coopId", StringComparison.Ordinal)
            && e.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.True(coopRoutes.Count > 30, $"only {coopRoutes.Count} coop routes found");
        var unguarded = await UnguardedAsync(coopRoutes);
        Assert.True(unguarded.Count == 0, "Coop routes without a coop rule:\n" + string.Join('\n', unguarded));
    }

    private async Task<List<string>> UnguardedAsync(IEnumerable<RouteEndpoint> coopRoutes)
    {
        var unguarded = new List<string>();
        foreach (var e in coopRoutes)
        {
            var policy = await PolicyOf(e);
            if (policy is null || !policy.Requirements.OfType<CoopRule>().Any())
                unguarded.Add($"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}");
        }
        return unguarded;
    }

    [Fact]
    public async Task The_coop_rule_check_reports_a_coop_route_that_only_asks_for_a_signed_in_caller()
    {
        static RouteEndpoint Route(string pattern, params object[] metadata) =>
            new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection([new HttpMethodMetadata(["GET"]), .. metadata]), pattern);
        var signedInOnly = Route("/api/v1/coops/{coopId:guid}/probe/signed-in", new AuthorizeAttribute());
        var guarded = Route("/api/v1/coops/{coopId:guid}/probe/guarded", new AuthorizeAttribute("CanManageRegister"));

        var unguarded = await UnguardedAsync([signedInOnly, guarded]);

        Assert.Equal(["GET /api/v1/coops/{coopId:guid}/probe/signed-in"], unguarded);
    }

    [Fact]
    public async Task Coop_rules_are_named_policies_that_pages_can_use_too()
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var name in new[] { "CanManageRegister", "CanRecordBoardDecisions", "CanReadCoopRecord", "CanManageCoopRecord", "CanEditCoopProfile", "CanAdministerCoop" })
        {
            var policy = await provider.GetPolicyAsync(name);
            Assert.True(policy is not null, $"no policy {name}");
            Assert.Equal(name, Assert.Single(policy.Requirements.OfType<CoopRule>()).Name);
        }
    }
}
