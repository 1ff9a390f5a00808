using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>
/// The tenancy matrix over every coop-scoped endpoint the host maps (not a hand-kept list): each one, called by anonymous
/// and by every coop role of another coop with coop A's ids in the route, answers 401, 403 or 404 without A's canary.
/// </summary>
public sealed class CoopTenancyMatrixTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_coop_scoped_endpoint_refuses_another_coops_callers_without_leaking_a_canary()
    {
        var a = await MembershipScenario.StartAsync(app);
        var (applicationId, _) = await a.ApplyAsync(MembershipScenario.Person("Canari-Qwzx", "Pending"));
        var memberId = await a.MemberAsync("Canari-Qwzx", "Member", paid: 10m);
        var known = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["memberId"] = memberId.ToString(), ["applicationId"] = applicationId.ToString(), ["id"] = memberId.ToString(),
        };

        var targets = TenancyProbe.CoopScopedTargets(app, a.CoopId, known);

        Assert.True(targets.Count > 45, $"only {targets.Count} coop-scoped endpoints found");
        Assert.DoesNotContain(targets, t => t.Url.Contains('{', StringComparison.Ordinal));
        var otherCoop = Guid.NewGuid();
        foreach (var t in targets)
            await TenancyProbe.AssertIsolatedAsync(app, otherCoop, new HttpMethod(t.Method), t.Url,
                canary: "Canari-Qwzx", content: t.Method is "POST" or "PUT" or "PATCH" ? () => TenancyProbe.BodyFor(t) : null);
    }

    [Fact]
    public void The_route_filler_gives_the_coop_a_known_id_and_a_value_each_constraint_accepts()
    {
        var coop = Guid.NewGuid();
        var member = Guid.NewGuid();
        var url = TenancyProbe.Fill(RoutePatternFactory.Parse("/api/v1/coops/{coopId:guid}/members/{memberId:guid}/receipts/{transactionId:guid}.pdf/{year:int}"),
            coop, new Dictionary<string, string>(StringComparer.Ordinal) { ["memberId"] = member.ToString() });
        var parts = url.Split('/');
        Assert.Equal(coop.ToString(), parts[4]);
        Assert.Equal(member.ToString(), parts[6]);
        Assert.True(Guid.TryParse(parts[8].Replace(".pdf", "", StringComparison.Ordinal), out _), url);
        Assert.Equal("1", parts[9]);
    }
}
