using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;
using CoopSante.Platform.Tenancy;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

public sealed class FederationStatsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(Role.FederationAdmin)]
    [InlineData(Role.FederationAuditor)]
    public async Task Federation_stats_count_members_and_capital_across_coops_without_any_identity(Role role)
    {
        var a = await StartAsync(app);
        await a.MemberAsync("Zéphirinova", "Anastasie", category: "Worker", paid: 30m, email: "anastasie@example.ca");
        await a.MemberAsync("Quintalbert", "Hyacinthe", paid: 10m);
        var b = await StartAsync(app);
        await b.MemberAsync("Brébeufsky", "Ursule", category: "Supporting", paid: 100m);
        await b.ApplyAsync(Person("Applicantovitch", "Rosalie"));

        var client = await app.ClientAsync(role);
        var response = await client.GetAsync("/api/v1/federation/membership/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var identity in new[] { "Zéphirinova", "Zephirinova", "Anastasie", "anastasie@example.ca", "Quintalbert", "Hyacinthe", "Brébeufsky", "Ursule", "Applicantovitch", "Rosalie", "J0L" })
            Assert.DoesNotContain(identity, text, StringComparison.OrdinalIgnoreCase);

        var doc = System.Text.Json.JsonDocument.Parse(text).RootElement;
        var capitalA = doc.GetProperty("shareCapitalByCoop").EnumerateArray().Single(c => c.GetProperty("coopId").GetGuid() == a.CoopId);
        Assert.Equal(2, capitalA.GetProperty("members").GetInt32());
        Assert.Equal(40m, capitalA.GetProperty("paid").GetDecimal());
        var countsB = doc.GetProperty("membersByCoopAndCategory").EnumerateArray().Where(c => c.GetProperty("coopId").GetGuid() == b.CoopId).ToList();
        Assert.Equal(2, countsB.Sum(c => c.GetProperty("members").GetInt32()));
        Assert.Contains(countsB, c => c.GetProperty("status").GetString() == "Applicant");
        Assert.Equal(3, doc.GetProperty("growthPerMonth").EnumerateArray().Sum(g => g.GetProperty("admissions").GetInt32()));
    }

    [Fact]
    public async Task Federation_stats_count_active_members_by_region_of_the_registry_and_tag_each_coops_counts_with_its_region()
    {
        await ResetAsync(app);
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var monteregie1 = await CreateAsync(federation, Input(name: "Coop Montérégie 1", region: "16"));
        var monteregie2 = await CreateAsync(federation, Input(name: "Coop Montérégie 2", region: "16"));
        var montreal = await CreateAsync(federation, Input(name: "Coop Montréal", region: "06", postal: "H2X 1Y4"));
        var a = await StartAsync(app, monteregie1.Id);
        await a.MemberAsync("Régionova", "Alix");
        await a.MemberAsync("Régionova", "Basile");
        await a.ApplyAsync(Person("Candidova", "Colette"));
        var b = await StartAsync(app, monteregie2.Id);
        await b.MemberAsync("Régionski", "Delphine");
        var c = await StartAsync(app, montreal.Id);
        await c.MemberAsync("Métropolis", "Émile");
        var unregistered = await StartAsync(app);
        await unregistered.MemberAsync("Horsregistre", "Fanny");

        var doc = System.Text.Json.JsonDocument.Parse(await federation.GetStringAsync("/api/v1/federation/membership/stats")).RootElement;
        var byRegion = doc.GetProperty("activeMembersByRegion").EnumerateArray()
            .Select(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("coops").GetInt32(), r.GetProperty("activeMembers").GetInt32())).ToList();
        Assert.Equal([("", 1, 1), ("06", 1, 1), ("16", 2, 3)], byRegion);
        Assert.All(doc.GetProperty("membersByCoopAndCategory").EnumerateArray().Where(x => x.GetProperty("coopId").GetGuid() == a.CoopId),
            x => Assert.Equal("16", x.GetProperty("region").GetString()));

        await using var scope = app.Services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<IMemberCounts>().ByRegionAsync(CancellationToken.None);
        Assert.Equal(byRegion, counts.Select(r => ((string?)r.RegionCode, r.Coops, r.ActiveMembers)).ToList());
    }

    [Fact]
    public async Task Coop_staff_cannot_read_the_federation_stats()
    {
        var client = await app.ClientAsync(Role.CoopAdmin, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/federation/membership/stats")).StatusCode);
    }
}
