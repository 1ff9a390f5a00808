using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using CoopSante.Telemedicine;
using CoopSante.Telemedicine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using Model = CoopSante.Membership.Model;

namespace CoopSante.Integration.Tests.Telemedicine;

/// <summary>Dated household changes on PostgreSQL: staff and the member add or remove covered people from a date, the family rule checked on that date.</summary>
public sealed class HouseholdChangeTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private DateOnly Today => app.Services.GetRequiredService<TimeProvider>().Today();

    private sealed record Family(MembershipScenario Coop, Guid Member, Guid Spouse, Guid Child, Guid AlmostTwentySix, Guid Away, Guid EnrolmentId, string Url);

    /// <summary>
    /// A participating coop and a member enrolled (at the counter, from today) with one child; at home also a spouse not yet
    /// covered and a child who turns 26 in ten days; a child at another address.
    /// </summary>
    private async Task<Family> EnrolledFamilyAsync(string family)
    {
        var coop = await StartAsync(app);
        var member = await coop.MemberAsync(family, "Julie", paid: 10m, email: "julie@example.ca");
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Model.HouseholdPerson Person(Model.HouseholdRelationship r, string given, DateOnly born, bool same = true) => new()
        {
            Id = Guid.CreateVersion7(), CoopId = coop.CoopId, MemberId = member, Relationship = r, FamilyName = family, GivenName = given,
            DateOfBirth = born, SameAddress = same, CreatedAt = now.AddDays(-10),
        };
        var spouse = Person(Model.HouseholdRelationship.Spouse, "Karim", new DateOnly(1984, 5, 6));
        var child = Person(Model.HouseholdRelationship.Child, "Léa", Today.AddYears(-8));
        var almost = Person(Model.HouseholdRelationship.Child, "Presque", Today.AddDays(10).AddYears(-26));
        var away = Person(Model.HouseholdRelationship.Child, "Ailleurs", Today.AddYears(-15), same: false);
        await DbAsync(app, db => { db.HouseholdPersons.AddRange(spouse, child, almost, away); return db.SaveChangesAsync(); });
        await CoopSante.Integration.Tests.Federation.FederationTestData.InDbAsync(app, db =>
        {
            db.Coops.Add(new CoopSante.Federation.Coops.Coop { Id = coop.CoopId, Name = $"Coop foyer {coop.CoopId:N}"[..30], LegalName = "Coopérative de solidarité foyer",
                Neq = CoopSante.Integration.Tests.Federation.FederationTestData.NextNeq(), Address = "2 rue du Foyer", City = "Contrecoeur", PostalCode = "J0L 1C0", RegionCode = "16",
                Status = CoopSante.Federation.Coops.CoopStatus.Active });
            return db.SaveChangesAsync();
        });
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var joined = await federation.PostAsJsonAsync("/api/v1/telemedicine/program/coops", new { coopId = coop.CoopId, startsOn = Today.AddMonths(-1) });
        Assert.True(joined.StatusCode == HttpStatusCode.Created, await joined.Content.ReadAsStringAsync());
        var url = $"/api/v1/coops/{coop.CoopId}/telemedicine";
        var staff = await app.ClientAsync(Role.CoopStaff, coop.CoopId);
        var enrolled = await staff.PostAsJsonAsync($"{url}/enrolments", new
        {
            memberId = member, coverageStart = Today, personIds = new[] { member, child.Id }, consent = true, paymentMethod = "Counter",
        });
        Assert.True(enrolled.StatusCode == HttpStatusCode.Created, await enrolled.Content.ReadAsStringAsync());
        return new Family(coop, member, spouse.Id, child.Id, almost.Id, away.Id, (await Json(enrolled)).GetProperty("id").GetGuid(), url);
    }

    private async Task<T> ReadAsync<T>(Func<TelemedicineDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>());
    }

    private Task<(int People, int Changes)> WrittenAsync() => ReadAsync(async db =>
        (await db.CoveredPeople.IgnoreQueryFilters().CountAsync(), await db.HouseholdChanges.IgnoreQueryFilters().CountAsync()));

    /// <summary>The person's latest coverage row in the enrolment.</summary>
    private static JsonElement Person(JsonElement enrolment, string given) =>
        enrolment.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("givenName").GetString() == given).MaxBy(p => p.GetProperty("coverageStart").Date());

    [Fact]
    public async Task Staff_add_and_remove_covered_people_from_a_date_the_family_rule_checked_on_that_date_and_the_provider_delta_carries_it()
    {
        var f = await EnrolledFamilyAsync("Canari-Foyer");
        var other = await EnrolledFamilyAsync("Autre-Foyer");
        var staff = await app.ClientAsync(Role.CoopStaff, f.Coop.CoopId);
        var people = $"{f.Url}/enrolments/{f.EnrolmentId}/people";
        var before = await WrittenAsync();
        var otherRosterId = (await Json(await (await app.ClientAsync(Role.CoopStaff, other.Coop.CoopId)).GetAsync($"{other.Url}/enrolments/{other.EnrolmentId}")))
            .GetProperty("people")[0].GetProperty("personId").GetGuid();
        var member = (await Json(await staff.GetAsync($"{f.Url}/enrolments/{f.EnrolmentId}"))).GetProperty("people").EnumerateArray()
            .Single(p => p.GetProperty("givenName").GetString() == "Julie").GetProperty("personId").GetGuid();

        // Hostile: each answer names the rule, in French by default, and writes nothing.
        var tooOld = await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(10), add = new[] { f.AlmostTwentySix } }),
            HttpStatusCode.BadRequest, "Telemedicine.PersonNotEligible");
        Assert.Contains("moins de 26 ans", tooOld.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, add = new[] { f.Away } }), HttpStatusCode.BadRequest, "Telemedicine.PersonNotEligible");
        var early = await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(-1), add = new[] { f.Spouse } }),
            HttpStatusCode.BadRequest, "Telemedicine.ChangeBeforeCoverage");
        Assert.Contains(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), early.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(200), add = new[] { f.Spouse } }), HttpStatusCode.BadRequest, "Telemedicine.ChangeDateInvalid");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, add = new[] { other.Member } }), HttpStatusCode.BadRequest, "Telemedicine.PersonNotInHousehold");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, remove = new[] { otherRosterId } }), HttpStatusCode.BadRequest, "Telemedicine.PersonNotCovered");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, remove = new[] { member } }), HttpStatusCode.BadRequest, "Telemedicine.MemberMustBeCovered");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, add = new[] { f.Child } }), HttpStatusCode.BadRequest, "Telemedicine.NothingToChange");
        // All or nothing: an eligible spouse beside an ineligible child adds neither.
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today, add = new[] { f.Spouse, f.Away } }), HttpStatusCode.BadRequest, "Telemedicine.PersonNotEligible");
        var english = new HttpRequestMessage(HttpMethod.Post, people) { Content = JsonContent.Create(new { effectiveOn = Today.AddDays(-1), add = new[] { f.Spouse } }) };
        english.Headers.AcceptLanguage.ParseAdd("en-CA");
        Assert.Contains("before the enrolment's coverage starts", (await ProblemAssert.IsProblem(await staff.SendAsync(english), HttpStatusCode.BadRequest, "Telemedicine.ChangeBeforeCoverage")).ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await WrittenAsync());
        Assert.Equal(0, await AuditCountAsync(app, AuditEventType.TelemedicineHouseholdChanged));
        await TenancyProbe.AssertIsolatedAsync(app, other.Coop.CoopId, HttpMethod.Post, people, new { effectiveOn = Today.AddDays(3), add = new[] { f.Spouse } }, canary: "Canari-Foyer");

        // The spouse joins in three days; the child of 8 leaves in a week; the one turning 26 is covered until the day before.
        var stamp = DateTimeOffset.UtcNow.AddSeconds(-1);
        var added = await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(3), add = new[] { f.Spouse, f.AlmostTwentySix } });
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var afterAdd = await Json(added);
        Assert.Equal(Today.AddDays(3), Person(afterAdd, "Karim").GetProperty("coverageStart").Date());
        Assert.Equal(JsonValueKind.Null, Person(afterAdd, "Karim").GetProperty("coverageEnd").ValueKind);
        Assert.Equal(Today.AddDays(9), Person(afterAdd, "Presque").GetProperty("coverageEnd").Date());
        var lea = Person(afterAdd, "Léa").GetProperty("personId").GetGuid();

        var removed = await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(7), remove = new[] { lea }, version = afterAdd.GetProperty("version").GetInt32() });
        Assert.True(removed.StatusCode == HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        var afterRemove = await Json(removed);
        Assert.Equal(Today.AddDays(6), Person(afterRemove, "Léa").GetProperty("coverageEnd").Date());
        Assert.Contains(afterRemove.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "Removed" && c.GetProperty("effectiveOn").Date() == Today.AddDays(7)
            && c.GetProperty("personName").GetString() == "Léa Canari-Foyer");
        // A stale version (the one before the removal) is refused.
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync(people, new { effectiveOn = Today.AddDays(8), remove = new[] { Person(afterRemove, "Karim").GetProperty("personId").GetGuid() },
            version = afterAdd.GetProperty("version").GetInt32() }), HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.TelemedicineHouseholdChanged));
        Assert.Equal((before.People + 2, before.Changes + 3), await WrittenAsync());

        // The provider's delta since before the changes holds the three people whose coverage moved, with their dates.
        var key = "test-key-" + Guid.NewGuid().ToString("N");
        await PlatformDbAsync(app, db =>
        {
            db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), Name = "Fournisseur test", CoopId = f.Coop.CoopId, Prefix = key[..11], KeyHash = Tokens.Hash(key), Scopes = "telemedicine:roster",
                CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30) });
            return db.SaveChangesAsync();
        });
        var provider = app.Anonymous();
        provider.DefaultRequestHeaders.Add("X-Api-Key", key);
        var delta = await Json(await provider.GetAsync($"/api/v1/telemedicine/roster?since={Uri.EscapeDataString(stamp.ToString("O"))}"));
        var items = delta.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("givenName").GetString()!, p => p);
        Assert.Equal(["Karim", "Léa", "Presque"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Today.AddDays(6), items["Léa"].GetProperty("coverageEnd").Date());
        Assert.Equal(Today.AddDays(3), items["Karim"].GetProperty("coverageStart").Date());
    }

    [Fact]
    public async Task The_member_adds_their_spouse_in_the_portal_and_may_change_only_their_own_household()
    {
        var f = await EnrolledFamilyAsync("Canari-Portail");
        var other = await EnrolledFamilyAsync("Voisin-Portail");
        var user = await app.UserAsync($"membre-{Guid.NewGuid():N}@example.ca", new RoleGrant(Role.Member, f.Coop.CoopId));
        await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == f.Member).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, user.Id)));
        var member = await app.ClientAsync(user);

        await ProblemAssert.IsProblem(await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine/people", new { effectiveOn = Today, add = new[] { other.Spouse } }),
            HttpStatusCode.BadRequest, "Telemedicine.PersonNotInHousehold");
        await ProblemAssert.IsProblem(await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine/people", new { effectiveOn = Today, add = new[] { f.AlmostTwentySix }, remove = new[] { f.AlmostTwentySix } }),
            HttpStatusCode.BadRequest, "Telemedicine.PersonNotCovered");
        var added = await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine/people", new { effectiveOn = Today.AddDays(1), add = new[] { f.Spouse } });
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        Assert.Equal(f.EnrolmentId, (await Json(added)).GetProperty("id").GetGuid());
        Assert.Equal(3, (await Json(added)).GetProperty("people").GetArrayLength());
        var changed = AuditEventType.TelemedicineHouseholdChanged;
        var entry = await PlatformDbAsync(app, db => db.AuditEvents.Where(a => a.Type == changed).SingleAsync());
        Assert.Equal(f.Coop.CoopId, entry.CoopId);
        Assert.Equal(user.Id, entry.ActorUserId);
        Assert.Contains("Portal", entry.Details ?? "", StringComparison.Ordinal);
        Assert.Equal(2, await ReadAsync(db => db.CoveredPeople.IgnoreQueryFilters().CountAsync(p => p.EnrolmentId == other.EnrolmentId)));

        // Staff of another coop, and a member with no enrolment, change nothing.
        var stranger = await app.UserAsync($"autre-{Guid.NewGuid():N}@example.ca", new RoleGrant(Role.Member, other.Coop.CoopId));
        await ProblemAssert.IsProblem(await (await app.ClientAsync(stranger)).PostAsJsonAsync("/api/v1/portal/me/telemedicine/people", new { effectiveOn = Today, add = new[] { f.Spouse } }),
            HttpStatusCode.UnprocessableEntity, "Telemedicine.NotAMember");
    }
}
