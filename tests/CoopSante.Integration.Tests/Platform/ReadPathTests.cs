using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Register;
using CoopSante.Platform.Data;
using CoopSante.Platform.Time;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The read path (issue 21, ADR 0019): public data is cacheable and revalidates; the rest is never stored; reads stay a few queries.</summary>
public sealed class ReadPathTests(AppFixture app) : IAsyncLifetime
{
    private const string Directory = "/api/v1/directory/coops";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_public_directory_is_cacheable_by_anyone_and_a_matching_ETag_answers_304()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(admin, Input(name: "Coop des Patriotes") with { Status = "Active" });
        var anonymous = app.Anonymous();

        foreach (var url in new[] { $"{Directory}?pageSize=25", $"{Directory}/{coop.Id}" })
        {
            var first = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.CacheControl is { Public: true, NoStore: false, MaxAge: not null }, first.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Language", first.Headers.Vary);
            var etag = first.Headers.ETag ?? throw new InvalidOperationException($"{url} has no ETag");
            Assert.Contains("Coop des Patriotes", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            conditional.Headers.IfNoneMatch.Add(etag);
            var revalidated = await anonymous.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
            Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

            using var stale = new HttpRequestMessage(HttpMethod.Get, url);
            stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
            Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(stale)).StatusCode);

            // The English answer names the services in English: another representation, another ETag.
            var english = await app.Anonymous("en-CA").GetAsync(url);
            Assert.NotEqual(etag, english.Headers.ETag);
            Assert.Contains("Family medicine", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_change_to_a_coop_shows_in_the_directory_at_once_despite_the_cache()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(admin, Input(name: "Coop des Patriotes", city: "Contrecoeur") with { Status = "Active" });
        var before = await app.Anonymous().GetAsync($"{Directory}/{coop.Id}");
        Assert.Contains("Contrecoeur", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await app.Anonymous().GetAsync(Directory);

        var update = await admin.PutAsJsonAsync($"/api/v1/federation/coops/{coop.Id}", Input(name: "Coop des Patriotes", city: "Verchères", neq: coop.Neq) with { Version = coop.Version });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var after = await app.Anonymous().GetAsync($"{Directory}/{coop.Id}");
        Assert.Contains("Verchères", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var relisted = await app.Anonymous().GetAsync(Directory);
        Assert.Contains("Verchères", await relisted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(listed.Headers.ETag, relisted.Headers.ETag);
    }

    [Fact]
    public async Task Signed_in_answers_and_health_probes_are_never_stored()
    {
        var s = await MembershipScenario.StartAsync(app);
        var memberId = await s.MemberAsync("Bélanger", "Marie");
        foreach (var url in new[] { $"{s.Base}/members/{memberId}", $"{s.Base}/members", "/api/v1/auth/me" })
        {
            var response = await s.Admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: {response.Headers.CacheControl}");
            Assert.Null(response.Headers.ETag);
        }
        foreach (var url in new[] { "/health/live", "/health/ready" })
        {
            var response = await app.Anonymous().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: {response.Headers.CacheControl}");
        }
        // A refusal of the public API is not public data either.
        var missing = await app.Anonymous().GetAsync($"{Directory}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_directory_read_runs_at_most_three_queries_and_none_once_cached()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coops = new List<CoopDto>();
        for (var i = 0; i < 3; i++) coops.Add(await CreateAsync(admin, Input(name: $"Coop {i}") with { Status = "Active" }));
        var anonymous = app.Anonymous();
        using var queries = new QueryCounter();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Directory}?pageSize=2")).StatusCode);
        var list = queries.Of<FederationDbContext>();
        Assert.True(list.Count <= 3, $"{list.Count} queries:\n{string.Join("\n---\n", list)}"); // page, count, services
        queries.Clear();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Directory}/{coops[0].Id}")).StatusCode);
        var one = queries.Of<FederationDbContext>();
        Assert.True(one.Count <= 2, $"{one.Count} queries:\n{string.Join("\n---\n", one)}"); // the coop with its services, the services' names

        queries.Clear();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Directory}?pageSize=2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Directory}/{coops[0].Id}")).StatusCode);
        Assert.Empty(queries.Of<FederationDbContext>());
    }

    [Fact]
    public async Task A_member_read_is_one_register_statement_and_no_identity_lookup()
    {
        var s = await MembershipScenario.StartAsync(app);
        var memberId = await s.MemberAsync("Bélanger", "Marie", paid: 10m);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync($"{s.Base}/members/{memberId}")).StatusCode); // warm: first-use work is not the read's
        using var queries = new QueryCounter();

        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync($"{s.Base}/members/{memberId}")).StatusCode);
        var register = queries.Of<MembershipDbContext>();
        // ADR 0027: the member, the qualifying amount under the bylaws in force, the status history, the share lines and the
        // household in one statement (one round trip); the access-log row goes through the audit writer, not EF.
        Assert.True(register.Count == 1, $"{register.Count} queries:\n{string.Join("\n---\n", register)}");
        Assert.Empty(queries.Of<FederationDbContext>()); // authorization reads the token, not the registry
        Assert.Empty(queries.Of<PlatformDbContext>()); // nor the accounts
    }

    [Fact]
    public async Task The_member_read_in_one_statement_answers_what_the_queries_by_part_answer()
    {
        var s = await MembershipScenario.StartAsync(app, minimumShareCapital: 0m);
        var memberId = await s.MemberAsync("Gagné", "Luc", paid: 10m);
        var household = $"{s.Base}/members/{memberId}/household";
        foreach (var (relationship, given, born) in new[] { ("Spouse", "Anne", new DateOnly(1982, 3, 1)), ("Child", "Zoé", MembershipScenario.Yesterday.AddYears(-10)) })
        {
            var added = await s.Admin.PostAsJsonAsync(household, new { relationship, familyName = "Gagné", givenName = given, dateOfBirth = born, sameAddress = true, noticeGiven = true });
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
        var other = await s.MemberAsync("Côté", "Paul"); // another member's rows stay out

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(s.CoopId);
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var byParts = await RegisterApi.DetailByPartsAsync(db, clock, memberId, CancellationToken.None);
        var inOne = await MemberDetailQuery.ReadAsync(db, memberId, clock.Today(), CancellationToken.None);

        Assert.NotNull(inOne);
        Assert.Equal(2, byParts.Household.Count);
        Assert.NotEmpty(byParts.Shares);
        Assert.NotEmpty(byParts.StatusHistory);
        Assert.Equal(JsonSerializer.Serialize(byParts, Web), JsonSerializer.Serialize(inOne, Web));

        // Raw SQL skips the query filters: the statement narrows by the caller's coop itself.
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(Guid.NewGuid());
        Assert.Null(await MemberDetailQuery.ReadAsync(db, memberId, clock.Today(), CancellationToken.None));
        Assert.NotEqual(other, memberId);
    }
}
