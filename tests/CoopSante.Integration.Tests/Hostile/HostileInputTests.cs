using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Federation;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Membership.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Hostile;

/// <summary>
/// Bad input is tried, not imagined: every string of the Big List of Naughty Strings (blns, MIT) goes into the text
/// fields of the main write endpoints. No answer is a 5xx, and every refused request writes nothing.
/// </summary>
public sealed class HostileInputTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await FederationTestData.ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static IReadOnlyList<string> Strings { get; } = JsonSerializer.Deserialize<List<string>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json")))!
        .Append(new string('é', 5000)).Append("\0").Append("TREM04121925").ToList();

    [Fact]
    public async Task The_coop_registry_answers_every_naughty_string_without_a_server_error()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = 0;
        var failures = new List<string>();
        foreach (var s in Strings)
        {
            var input = FederationTestData.Input(name: s, city: s, description: s);
            var response = await admin.PostAsJsonAsync("/api/v1/federation/coops", input);
            if (response.StatusCode == HttpStatusCode.Created) created++;
            else if (response.StatusCode != HttpStatusCode.BadRequest && response.StatusCode != HttpStatusCode.Conflict)
                failures.Add($"{(int)response.StatusCode} for {JsonSerializer.Serialize(s)}");
        }
        Assert.Empty(failures);
        Assert.Equal(created, await FederationTestData.CoopCountAsync(app));
        var search = await app.Anonymous().GetAsync("/api/v1/directory/coops?q=" + Uri.EscapeDataString("'; DROP TABLE coops; --"));
        Assert.True(search.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{search.StatusCode}");
    }

    [Fact]
    public async Task The_public_application_form_answers_every_naughty_string_without_a_server_error()
    {
        var s = await MembershipScenario.StartAsync(app);
        var visitor = app.Anonymous();
        var accepted = 0;
        var failures = new List<string>();
        foreach (var text in Strings)
        {
            var identity = new
            {
                kind = "Person", familyName = text, givenName = text, dateOfBirth = new DateOnly(1980, 5, 17),
                street = text, city = text, province = "QC", postalCode = "J0L 1C0", phone = text, email = (string?)null,
                preferredLanguage = "fr", category = "User",
            };
            var response = await visitor.PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications",
                new { identity, consent = true, consentTextVersion = CoopSante.Membership.Applications.ApplicationsApi.ConsentTextVersion });
            if (response.StatusCode == HttpStatusCode.Created) accepted++;
            else if (response.StatusCode != HttpStatusCode.BadRequest && response.StatusCode != HttpStatusCode.Conflict)
                failures.Add($"{(int)response.StatusCode} for {JsonSerializer.Serialize(text)}");
        }
        Assert.Empty(failures);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal(accepted, await db.Members.IgnoreQueryFilters().CountAsync(m => m.CoopId == s.CoopId));
    }
}

public sealed class ControlCharacterTests(AppFixture app)
{
    [Theory]
    [InlineData("/api/v1/directory/coops?q=%00")]
    [InlineData("/api/v1/directory/coops?q=a%01b")]
    public async Task A_control_character_in_the_query_answers_400(string url)
    {
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync(url), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }

    [Fact]
    public async Task A_nul_character_in_a_json_body_answers_400()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "a\0b@test.ca", password = "x" });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }
}

/// <summary>A <c>null</c> inside a JSON array is refused at the door, whatever the endpoint, and nothing is written.</summary>
public sealed class NullInArrayTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Bylaws_with_a_null_category_answer_400_and_nothing_is_written()
    {
        var coopId = Guid.NewGuid();
        var admin = await app.ClientAsync(Role.CoopAdmin, coopId);
        var response = await admin.PutAsync($"/api/v1/coops/{coopId}/bylaws", JsonContent.Create(new
        {
            effectiveFrom = MembershipScenario.Yesterday, categories = new object?[] { null, new { category = "User", qualifyingShares = 1, shareUnitValue = 10m, instalmentMonths = 0 } },
            fiscalYearEndMonth = 12, fiscalYearEndDay = 31, quorumKind = "Number", quorumValue = 10, minimumNoticeDays = 10, boardSize = 9, minimumShareCapital = 0m,
        }));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal(0, await db.Bylaws.IgnoreQueryFilters().CountAsync(b => b.CoopId == coopId));
    }

    internal sealed record Listed(string Name, IReadOnlyList<string> Items, List<List<int?>> Grid);

    [Fact]
    public void The_check_runs_when_a_body_is_read_and_never_when_a_response_is_written()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        // Writing: the serializer's own converters, no wrapper around every list of every response (ADR 0027).
        foreach (var type in new[] { typeof(List<string>), typeof(IReadOnlyList<Guid>), typeof(Listed) })
            Assert.Equal(typeof(System.Text.Json.JsonSerializer).Assembly, options.GetTypeInfo(type).Converter.GetType().Assembly);
        Assert.Equal("""{"name":"a","items":["x"],"grid":[[1,null]]}""", System.Text.Json.JsonSerializer.Serialize(new Listed("a", ["x"], [[1, null]]), options));
        // Reading: a null item of a list, or of a list inside a list, is refused; a null inside an item's own value is not an item.
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Listed>("""{"name":"a","items":["x",null],"grid":[]}""", options));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Listed>("""{"name":"a","items":[],"grid":[null]}""", options));
        Assert.Equal(2, System.Text.Json.JsonSerializer.Deserialize<Listed>("""{"name":"a","items":["x","y"],"grid":[[1]]}""", options)!.Items.Count);
    }

    [Fact]
    public async Task An_election_with_a_null_candidate_answers_400()
    {
        var coopId = Guid.NewGuid();
        var staff = await app.ClientAsync(Role.CoopStaff, coopId);
        var response = await staff.PostAsync($"/api/v1/coops/{coopId}/meetings/{Guid.NewGuid()}/elections",
            JsonContent.Create(new { category = "User", seats = 1, candidates = new object?[] { null } }));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }

    [Fact]
    public async Task A_meeting_whose_agenda_holds_a_null_item_answers_400_and_nothing_is_written()
    {
        var coopId = Guid.NewGuid();
        var staff = await app.ClientAsync(Role.CoopStaff, coopId);
        var response = await staff.PostAsync($"/api/v1/coops/{coopId}/meetings", new StringContent(
            """{"kind":"Annual","date":"2030-01-10","startTime":"19:00:00","place":"Salle","agenda":["Ouverture",null]}""",
            System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal(0, await db.Set<CoopSante.Membership.Meetings.Meeting>().IgnoreQueryFilters().CountAsync(m => m.CoopId == coopId));
    }
}
