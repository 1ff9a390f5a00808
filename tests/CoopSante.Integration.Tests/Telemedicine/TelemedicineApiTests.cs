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

/// <summary>The telemedicine endpoints on PostgreSQL: program, enrolment, provider roster, communications, stats.</summary>
public sealed class TelemedicineApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private DateOnly Today => app.Services.GetRequiredService<TimeProvider>().Today();

    private sealed record Household(MembershipScenario Coop, Guid Member, Guid Spouse, Guid OldChild, Guid AwayChild, Guid Child);

    /// <summary>A participating coop with a member in good standing, a spouse, a child of 30, a child at another address and a child of 10.</summary>
    private async Task<Household> HouseholdAsync(bool participate = true, string family = "Canari-Tlm")
    {
        var coop = await StartAsync(app);
        var member = await coop.MemberAsync(family, "Sophie", paid: 10m, email: "sophie@example.ca");
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Model.HouseholdPerson Person(Model.HouseholdRelationship r, string given, DateOnly born, bool same = true) => new()
        {
            Id = Guid.CreateVersion7(), CoopId = coop.CoopId, MemberId = member, Relationship = r, FamilyName = family, GivenName = given,
            DateOfBirth = born, SameAddress = same, CreatedAt = now.AddDays(-10),
        };
        var spouse = Person(Model.HouseholdRelationship.Spouse, "Mathieu", new DateOnly(1982, 2, 3));
        var old = Person(Model.HouseholdRelationship.Child, "Aîné", Today.AddYears(-30));
        var away = Person(Model.HouseholdRelationship.Child, "Loin", Today.AddYears(-12), same: false);
        var child = Person(Model.HouseholdRelationship.Child, "Rosalie", Today.AddYears(-10));
        await DbAsync(app, db => { db.HouseholdPersons.AddRange(spouse, old, away, child); return db.SaveChangesAsync(); });
        await CoopSante.Integration.Tests.Federation.FederationTestData.InDbAsync(app, db =>
        {
            db.Coops.Add(new CoopSante.Federation.Coops.Coop { Id = coop.CoopId, Name = $"Coop test {coop.CoopId:N}"[..30], LegalName = "Coopérative de solidarité test",
                Neq = CoopSante.Integration.Tests.Federation.FederationTestData.NextNeq(), Address = "1 rue Principale", City = "Contrecoeur", PostalCode = "J0L 1C0", RegionCode = "16",
                Status = CoopSante.Federation.Coops.CoopStatus.Active });
            return db.SaveChangesAsync();
        });
        if (participate)
        {
            var federation = await app.ClientAsync(Role.FederationAdmin);
            var r = await federation.PostAsJsonAsync("/api/v1/telemedicine/program/coops", new { coopId = coop.CoopId, startsOn = Today.AddMonths(-1) });
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        }
        return new Household(coop, member, spouse.Id, old.Id, away.Id, child.Id);
    }

    private object Enrol(Household h, IEnumerable<Guid> people, string institution = "815", string transit = "30123", string account = "123456789", bool pad = true) => new
    {
        memberId = h.Member, coverageStart = Today, personIds = people.ToArray(), email = "sophie@example.ca", language = "fr", consent = true,
        paymentMethod = pad ? "Pad" : "Counter", pad = pad ? new { payorName = "Sophie Canari", institution, transit, account, accepted = true } : null,
    };

    private static Task<int> TelemedicineDbAsync(AppFixture app, Func<TelemedicineDbContext, Task<int>> read) => ReadAsync(app, read);

    private static async Task<T> ReadAsync<T>(AppFixture app, Func<TelemedicineDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>());
    }

    [Fact]
    public async Task The_federation_sets_the_program_and_coops_only_read_it()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var program = await Json(await federation.GetAsync("/api/v1/telemedicine/program"));
        Assert.Equal(8.00m, program.GetProperty("currentPrice").GetDecimal());
        Assert.Equal(30, program.GetProperty("gracePeriodDays").GetInt32());
        Assert.Empty(program.GetProperty("taxes").EnumerateArray());

        var put = await federation.PutAsJsonAsync("/api/v1/telemedicine/program", new { providerName = "Akira", providerContactEmail = "a@b.ca", childAgeLimit = 26, gracePeriodDays = 45, spouseCovered = true, sameAddressRequired = true });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Equal(45, (await Json(put)).GetProperty("gracePeriodDays").GetInt32());
        var price = await federation.PostAsJsonAsync("/api/v1/telemedicine/program/prices", new { effectiveFrom = Today.AddMonths(1), amount = 9.25m });
        Assert.Equal(HttpStatusCode.OK, price.StatusCode);
        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync("/api/v1/telemedicine/program/prices", new { effectiveFrom = Today.AddMonths(1), amount = 9.5m }), HttpStatusCode.Conflict, "Telemedicine.EffectiveDateTaken");
        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync("/api/v1/telemedicine/program/provider-fees", new { effectiveFrom = Today, amount = 8.005m }), HttpStatusCode.BadRequest, "Telemedicine.AmountInvalid");
        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync("/api/v1/telemedicine/program/taxes", new { name = "TPS", rate = 5m, effectiveFrom = Today }), HttpStatusCode.BadRequest, "Telemedicine.RateInvalid");
        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync("/api/v1/telemedicine/program/coops", new { coopId = Guid.NewGuid(), startsOn = Today }), HttpStatusCode.BadRequest, "Telemedicine.CoopUnknown");
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicineProgramUpdated));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicinePriceScheduled));

        var staff = await app.ClientAsync(Role.CoopAdmin, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/telemedicine/program")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync("/api/v1/telemedicine/program", new { providerName = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/telemedicine/program/coops")).StatusCode);
    }

    [Fact]
    public async Task Staff_enrol_a_household_with_PAD_the_family_rule_checked_and_the_account_encrypted()
    {
        var h = await HouseholdAsync();
        var staff = await app.ClientAsync(Role.CoopStaff, h.Coop.CoopId);
        var url = $"/api/v1/coops/{h.Coop.CoopId}/telemedicine";

        var preview = await Json(await staff.GetAsync($"{url}/members/{h.Member}/household"));
        var eligible = preview.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("eligible").GetBoolean()).Select(p => p.GetProperty("personId").GetGuid()).ToHashSet();
        Assert.Equal(new[] { h.Member, h.Spouse, h.Child }.Order(), eligible.Order());

        var tooOld = await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member, h.OldChild])), HttpStatusCode.BadRequest, "Telemedicine.PersonNotEligible");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member, h.AwayChild])), HttpStatusCode.BadRequest, "Telemedicine.PersonNotEligible");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member], institution: "81")), HttpStatusCode.BadRequest, "Telemedicine.InstitutionInvalid");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member], account: "1234567890123")), HttpStatusCode.BadRequest, "Telemedicine.AccountInvalid");
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Spouse])), HttpStatusCode.BadRequest, "Telemedicine.MemberMustBeCovered");
        Assert.Equal(0, await TelemedicineDbAsync(app, db => db.Enrolments.IgnoreQueryFilters().CountAsync()));
        Assert.Contains("26", tooOld.GetProperty("errors").ToString(), StringComparison.Ordinal);

        var created = await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member, h.Spouse, h.Child]));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var e = await Json(created);
        Assert.Equal(3, e.GetProperty("people").GetArrayLength());
        Assert.Equal("••••••789", e.GetProperty("pad").GetProperty("accountMasked").GetString());
        Assert.DoesNotContain("123456789", (await created.Content.ReadAsStringAsync()).Replace("••••••789", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());

        // The column holds an envelope, never the digits; the PDF is the Rule H1 agreement.
        var stored = await ReadAsync(app, db => db.Database.SqlQueryRaw<string>("SELECT account_number AS \"Value\" FROM telemedicine.tele_pad_agreements").SingleAsync());
        Assert.DoesNotContain("123456789", stored, StringComparison.Ordinal);
        var pdf = await staff.GetAsync($"{url}/enrolments/{e.GetProperty("id").GetGuid()}/pad-agreement.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var doc = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("paiements.ca", text, StringComparison.Ordinal);
            Assert.Contains("10jours", text, StringComparison.Ordinal);
            Assert.DoesNotContain("123456789", text, StringComparison.Ordinal);
        }

        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member])), HttpStatusCode.Conflict, "Telemedicine.AlreadyEnrolled");
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicineEnrolled));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicinePadAgreementAccepted));

        var list = await Json(await staff.GetAsync($"{url}/enrolments?q=canari"));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        await TenancyProbe.AssertIsolatedAsync(app, Guid.NewGuid(), HttpMethod.Get, $"{url}/enrolments", canary: "Canari-Tlm");
        await TenancyProbe.AssertIsolatedAsync(app, Guid.NewGuid(), HttpMethod.Get, $"{url}/enrolments/{e.GetProperty("id").GetGuid()}", canary: "Canari-Tlm");
        await TenancyProbe.AssertIsolatedAsync(app, Guid.NewGuid(), HttpMethod.Post, $"{url}/enrolments/{e.GetProperty("id").GetGuid()}/cancel", new { });

        var cancelled = await staff.PostAsJsonAsync($"{url}/enrolments/{e.GetProperty("id").GetGuid()}/cancel", new { reason = "Déménagement" });
        Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        var end = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1).AddDays(-1);
        Assert.Equal(end, (await Json(cancelled)).GetProperty("coverageEnd").Date());
        Assert.All((await Json(cancelled)).GetProperty("people").EnumerateArray(), p => Assert.True(p.GetProperty("coverageEnd").Date() <= end));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicineEnrolmentCancelled));
        // Still covered until the end of the month: a new enrolment before then is the same household's second.
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"{url}/enrolments", Enrol(h, [h.Member])), HttpStatusCode.Conflict, "Telemedicine.AlreadyEnrolled");
    }

    [Fact]
    public async Task Only_active_members_in_good_standing_of_a_participating_coop_may_enrol()
    {
        var outside = await HouseholdAsync(participate: false);
        var staff = await app.ClientAsync(Role.CoopStaff, outside.Coop.CoopId);
        await ProblemAssert.IsProblem(await staff.PostAsJsonAsync($"/api/v1/coops/{outside.Coop.CoopId}/telemedicine/enrolments", Enrol(outside, [outside.Member], pad: false)),
            HttpStatusCode.UnprocessableEntity, "Telemedicine.CoopNotParticipating");

        var h = await HouseholdAsync();
        var owing = await h.Coop.MemberAsync("Owingston", "Bertrand");
        var staffA = await app.ClientAsync(Role.CoopStaff, h.Coop.CoopId);
        await ProblemAssert.IsProblem(await staffA.PostAsJsonAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/enrolments",
            new { memberId = owing, coverageStart = Today, personIds = new[] { owing }, consent = true, paymentMethod = "Counter" }), HttpStatusCode.UnprocessableEntity, "Telemedicine.NotInGoodStanding");
        await ProblemAssert.IsProblem(await staffA.PostAsJsonAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/enrolments",
            new { memberId = outside.Member, coverageStart = Today, personIds = new[] { outside.Member }, consent = true, paymentMethod = "Counter" }), HttpStatusCode.UnprocessableEntity, "Telemedicine.NotAMember");
        await ProblemAssert.IsProblem(await staffA.PostAsJsonAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/enrolments",
            new { memberId = h.Member, coverageStart = Today, personIds = new[] { h.Member }, consent = false, paymentMethod = "Counter" }), HttpStatusCode.BadRequest, "Telemedicine.ConsentRequired");
        Assert.Equal(0, await TelemedicineDbAsync(app, db => db.Enrolments.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task The_provider_reads_the_roster_with_its_key_every_read_is_registered_for_the_coops_privacy_officer()
    {
        var h = await HouseholdAsync();
        var staff = await app.ClientAsync(Role.CoopStaff, h.Coop.CoopId);
        var created = await staff.PostAsJsonAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/enrolments", Enrol(h, [h.Member, h.Spouse], pad: false));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var provider = await KeyClientAsync(null, TelemedicineScopesForTest.Roster);
        var roster = await provider.GetAsync("/api/v1/telemedicine/roster?pageSize=50");
        Assert.True(roster.StatusCode == HttpStatusCode.OK, await roster.Content.ReadAsStringAsync());
        var body = await Json(roster);
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        var first = body.GetProperty("items")[0];
        foreach (var field in new[] { "personId", "familyName", "givenName", "birthDate", "email", "language", "coopId", "coverageStart", "coverageEnd" })
            Assert.True(first.TryGetProperty(field, out _), field);
        var personId = first.GetProperty("personId").GetGuid();
        Assert.NotEqual(h.Member, personId);
        Assert.NotEqual(h.Spouse, personId);

        var csv = await provider.GetAsync("/api/v1/telemedicine/roster?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Length);
        var delta = await Json(await provider.GetAsync($"/api/v1/telemedicine/roster?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}"));
        Assert.Equal(0, delta.GetProperty("total").GetInt32());
        Assert.Equal(2, (await Json(await provider.GetAsync($"/api/v1/telemedicine/roster?since={Uri.EscapeDataString(before.ToString("O"))}"))).GetProperty("total").GetInt32());
        var eligibility = await Json(await provider.GetAsync($"/api/v1/telemedicine/eligibility?personId={personId}"));
        Assert.True(eligibility.GetProperty("eligible").GetBoolean());
        Assert.False((await Json(await provider.GetAsync($"/api/v1/telemedicine/eligibility?personId={Guid.NewGuid()}"))).GetProperty("eligible").GetBoolean());
        await ProblemAssert.IsProblem(await provider.GetAsync("/api/v1/telemedicine/roster?format=xml"), HttpStatusCode.BadRequest, "Telemedicine.FormatUnknown");

        // Another coop's key sees none of these people; a key without the scope, and a person, are refused.
        var otherCoop = await KeyClientAsync(Guid.NewGuid(), TelemedicineScopesForTest.Roster);
        var other = await otherCoop.GetAsync("/api/v1/telemedicine/roster");
        Assert.Equal(0, (await Json(other)).GetProperty("total").GetInt32());
        Assert.DoesNotContain("Canari-Tlm", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await KeyClientAsync(null, "ops:metrics")).GetAsync("/api/v1/telemedicine/roster")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/telemedicine/roster")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/telemedicine/roster")).StatusCode);

        Assert.True(await AuditCountAsync(app, AuditEventType.TelemedicineRosterRead) >= 5);
        var admin = await app.ClientAsync(Role.CoopAdmin, h.Coop.CoopId);
        var register = await Json(await admin.GetAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/communications"));
        Assert.Equal(4, register.GetProperty("total").GetInt32()); // roster, CSV, delta with people, eligibility: reads that held none of its people are not its communications
        Assert.Contains(register.GetProperty("items").EnumerateArray(), r => r.GetProperty("kind").GetString() == "roster-csv" && r.GetProperty("people").GetInt32() == 2);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/coops/{h.Coop.CoopId}/telemedicine/communications")).StatusCode);
    }

    [Fact]
    public async Task The_member_enrols_their_family_in_the_portal_and_the_federation_sees_only_counts()
    {
        var h = await HouseholdAsync();
        var user = await app.UserAsync($"membre-{Guid.NewGuid():N}@example.ca", new RoleGrant(Role.Member, h.Coop.CoopId));
        await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == h.Member).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, user.Id)));
        var member = await app.ClientAsync(user);

        var mine = await Json(await member.GetAsync("/api/v1/portal/me/telemedicine"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("enrolment").ValueKind);
        // The member id in a body is ignored: the portal acts for the signed-in member's household only.
        var enrolled = await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine", new
        {
            memberId = Guid.NewGuid(), coverageStart = Today, personIds = new[] { h.Member, h.Child }, consent = true, paymentMethod = "Pad",
            pad = new { payorName = "Sophie", institution = "815", transit = "30123", account = "7654321", accepted = true },
        });
        Assert.True(enrolled.StatusCode == HttpStatusCode.Created, await enrolled.Content.ReadAsStringAsync());
        Assert.Equal(h.Member, (await Json(enrolled)).GetProperty("memberId").GetGuid());
        Assert.Equal("Portal", await ReadAsync(app, db => db.RosterConsents.IgnoreQueryFilters().Select(c => c.Channel.ToString()).SingleAsync()));
        Assert.Equal("application/pdf", (await member.GetAsync("/api/v1/portal/me/telemedicine/pad-agreement.pdf")).Content.Headers.ContentType?.MediaType);

        var federation = await app.ClientAsync(Role.FederationAdmin);
        var stats = await federation.GetAsync("/api/v1/telemedicine/stats");
        var text = await stats.Content.ReadAsStringAsync();
        Assert.True(stats.StatusCode == HttpStatusCode.OK, text);
        var row = (await Json(stats)).GetProperty("coops").EnumerateArray().Single(c => c.GetProperty("coopId").GetGuid() == h.Coop.CoopId);
        Assert.Equal(1, row.GetProperty("households").GetInt32());
        Assert.Equal(2, row.GetProperty("people").GetInt32());
        Assert.DoesNotContain("Canari-Tlm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sophie", text, StringComparison.Ordinal);

        var cancelled = await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine/cancel", new { endsOn = Today.AddYears(1) });
        Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        Assert.Equal(new DateOnly(Today.Year, Today.Month, 1).AddMonths(1).AddDays(-1), (await Json(cancelled)).GetProperty("coverageEnd").Date());
    }

    private Task<HttpClient> KeyClientAsync(Guid? coopId, string scope) => ProviderKeys.ClientAsync(app, coopId, scope);

    private static class TelemedicineScopesForTest
    {
        public const string Roster = "telemedicine:roster";
    }
}

internal static class JsonDates
{
    public static DateOnly Date(this JsonElement e) => DateOnly.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
