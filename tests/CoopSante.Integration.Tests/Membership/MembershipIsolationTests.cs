using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

public sealed class MembershipIsolationTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private const string Canary = "Canariaxyzzy";

    [Fact]
    public async Task Another_coop_can_neither_read_nor_change_the_register()
    {
        var a = await StartAsync(app);
        var memberId = await a.MemberAsync(Canary, "Témoin", category: "Worker", paid: 50m);
        var other = await a.MemberAsync("Gagné", "Luc");
        var (applicationId, _) = await a.ApplyAsync(Person(Canary, "Second"));
        var household = await Json(await a.Admin.PostAsJsonAsync($"{a.Base}/members/{memberId}/household", new { relationship = "Spouse", familyName = Canary, givenName = "Conjoint", dateOfBirth = new DateOnly(1980, 1, 1), noticeGiven = true }));
        var personId = household.GetProperty("id").GetGuid();
        var b = Guid.NewGuid();
        var m = $"{a.Base}/members/{memberId}";
        var probes = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, $"{a.Base}/bylaws", null),
            (HttpMethod.Put, $"{a.Base}/bylaws", Bylaws(Yesterday)),
            (HttpMethod.Get, $"{a.Base}/members?q={Canary}", null),
            (HttpMethod.Get, m, null),
            (HttpMethod.Put, m, new { version = 1, identity = Person("Pirate", "Pirate") }),
            (HttpMethod.Post, $"{m}/status", new { status = "Resigned", effectiveOn = Yesterday, reason = "x" }),
            (HttpMethod.Post, $"{a.Base}/applications/duplicates", Person(Canary, "Témoin")),
            (HttpMethod.Post, $"{a.Base}/applications", new { identity = Person("Pirate", "Pirate"), consent = true }),
            (HttpMethod.Get, $"{a.Base}/applications", null),
            (HttpMethod.Post, $"{a.Base}/admissions", new { resolutionNumber = "X", decidedOn = Yesterday, admit = new[] { applicationId } }),
            (HttpMethod.Post, $"{m}/shares/subscriptions", new { shares = 1, occurredOn = Yesterday }),
            (HttpMethod.Post, $"{m}/shares/payments", new { amount = 1m, method = "Cash", occurredOn = Yesterday }),
            (HttpMethod.Post, $"{m}/shares/transfers", new { toMemberId = other, shares = 1, resolutionNumber = "X", occurredOn = Yesterday }),
            (HttpMethod.Post, $"{m}/refund-requests", new { amount = 1m, requestedOn = Yesterday }),
            (HttpMethod.Post, $"{m}/proceedings", new { sanction = "Exclusion", grounds = "X", noticeSentOn = Yesterday.AddDays(-5), meetingOn = Yesterday }),
            (HttpMethod.Post, $"{m}/category", new { category = "Worker", decidedOn = Yesterday, resolutionNumber = "X", version = 0 }),
            (HttpMethod.Get, $"{m}/amounts-owed", null),
            (HttpMethod.Get, $"{m}/household", null),
            (HttpMethod.Post, $"{m}/household", new { relationship = "Child", familyName = "P", givenName = "P", dateOfBirth = new DateOnly(2015, 1, 1), noticeGiven = true }),
            (HttpMethod.Put, $"{m}/household/{personId}", new { relationship = "Child", familyName = "P", givenName = "P", dateOfBirth = new DateOnly(2015, 1, 1) }),
            (HttpMethod.Delete, $"{m}/household/{personId}", null),
            (HttpMethod.Get, $"{m}/certificate.pdf", null),
        };
        foreach (var (method, url, body) in probes)
            await TenancyProbe.AssertIsolatedAsync(app, b, method, url, body, Canary, includeFederation: true);

        // Nothing of coop A changed.
        var detail = await Json(await a.Admin.GetAsync(m));
        Assert.Equal(Canary, detail.GetProperty("identity").GetProperty("familyName").GetString());
        Assert.Equal(50m, detail.GetProperty("sharesPaid").GetDecimal());
        Assert.Equal("Active", detail.GetProperty("status").GetString());
        Assert.Equal(1, detail.GetProperty("household").GetArrayLength());
    }

    [Fact]
    public async Task A_member_id_of_another_coop_is_not_found_even_through_ones_own_coop_route()
    {
        var a = await StartAsync(app);
        var memberId = await a.MemberAsync(Canary, "Témoin");
        var b = await StartAsync(app);
        var response = await b.Admin.GetAsync($"{b.Base}/members/{memberId}");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Membership.MemberNotFound");
        var transfer = await b.Admin.PostAsJsonAsync($"{b.Base}/members/{await b.MemberAsync("Gagné", "Luc", paid: 10m)}/shares/transfers",
            new { toMemberId = memberId, shares = 1, resolutionNumber = "X", occurredOn = Yesterday });
        await ProblemAssert.IsProblem(transfer, HttpStatusCode.UnprocessableEntity, "Membership.TransferTargetNotActive");
        Assert.Equal(0, (await Json(await b.Admin.GetAsync($"{b.Base}/members?q={Canary}"))).GetProperty("total").GetInt32());
    }
}
