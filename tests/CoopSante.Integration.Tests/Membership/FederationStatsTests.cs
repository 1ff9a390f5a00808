using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
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
    public async Task Coop_staff_cannot_read_the_federation_stats()
    {
        var client = await app.ClientAsync(Role.CoopAdmin, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/federation/membership/stats")).StatusCode);
    }
}
