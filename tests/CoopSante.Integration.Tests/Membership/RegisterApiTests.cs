using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using CoopSante.Membership;

namespace CoopSante.Integration.Tests.Membership;

public sealed class RegisterApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Bylaws_are_kept_as_dated_versions_and_each_change_is_audited()
    {
        var s = await StartAsync(app);
        var second = await s.Admin.PutAsJsonAsync($"{s.Base}/bylaws", Bylaws(Yesterday, userShares: 2));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var view = await Json(await s.Admin.GetAsync($"{s.Base}/bylaws"));
        Assert.Equal(2, view.GetProperty("versions").GetArrayLength());
        var user = view.GetProperty("inForce").GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "User");
        Assert.Equal(2, user.GetProperty("qualifyingShares").GetInt32());
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.BylawsChanged));
    }

    [Fact]
    public async Task Bylaws_of_a_solidarity_coop_with_one_category_are_refused_and_nothing_is_written()
    {
        var coopId = Guid.NewGuid();
        var admin = await app.ClientAsync(Role.CoopAdmin, coopId);
        var response = await admin.PutAsJsonAsync($"/api/v1/coops/{coopId}/bylaws", new
        {
            effectiveFrom = Yesterday, categories = new[] { new { category = "User", qualifyingShares = 1, shareUnitValue = 10m, instalmentMonths = 0 } },
            fiscalYearEndMonth = 2, fiscalYearEndDay = 30, quorumKind = "Percentage", quorumValue = 10, minimumNoticeDays = 10, boardSize = 9, minimumShareCapital = 0m,
        });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Membership.BylawsNeedTwoCategories");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "Membership.FiscalYearEndInvalid");
        Assert.Equal(0, await DbAsync(app, db => db.Bylaws.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Staff_cannot_change_bylaws_nor_admit_members()
    {
        var s = await StartAsync(app);
        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"{s.Base}/bylaws", Bylaws(Yesterday))).StatusCode);
        var (applicationId, _) = await s.ApplyAsync(Person("Gagné", "Luc"));
        var admit = await staff.PostAsJsonAsync($"{s.Base}/admissions", new { resolutionNumber = "CA-1", decidedOn = Yesterday, admit = new[] { applicationId } });
        Assert.Equal(HttpStatusCode.Forbidden, admit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{s.Base}/members")).StatusCode);
    }

    [Theory]
    [InlineData(Role.Clinician)]
    [InlineData(Role.Member)]
    public async Task Clinicians_and_members_have_no_access_to_the_register(Role role)
    {
        var s = await StartAsync(app);
        var client = await app.ClientAsync(role, s.CoopId);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{s.Base}/members")).StatusCode);
    }

    [Fact]
    public async Task Admission_in_a_batch_gives_sequential_member_numbers_and_subscribes_the_qualifying_shares()
    {
        var s = await StartAsync(app);
        var (a1, m1) = await s.ApplyAsync(Person("Bélanger", "Marie"));
        var (a2, m2) = await s.ApplyAsync(Person("Lévesque", "Paul", category: "Worker"));
        var result = await s.AdmitAsync(a1, a2);
        var numbers = result.GetProperty("admitted").EnumerateArray().Select(a => a.GetProperty("memberNumber").GetInt32()).ToList();
        Assert.Equal([1, 2], numbers);
        var worker = await Json(await s.Admin.GetAsync($"{s.Base}/members/{m2}"));
        Assert.Equal("Active", worker.GetProperty("status").GetString());
        Assert.Equal(50m, worker.GetProperty("sharesSubscribed").GetDecimal());
        Assert.False(worker.GetProperty("inGoodStanding").GetBoolean());
        Assert.Equal(2, worker.GetProperty("statusHistory").GetArrayLength());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MembersAdmitted));

        // Numbers are never reused: the next admission continues the sequence.
        var (a3, _) = await s.ApplyAsync(Person("Côté", "Anne"));
        var third = await s.AdmitAsync(a3);
        Assert.Equal(3, third.GetProperty("admitted")[0].GetProperty("memberNumber").GetInt32());
        Assert.NotEqual(m1, m2);
    }

    [Fact]
    public async Task Admitting_an_already_admitted_person_answers_409_and_changes_nothing()
    {
        var s = await StartAsync(app);
        var (a1, _) = await s.ApplyAsync(Person("Bouchard-Tremblay", "Julie"));
        await s.AdmitAsync(a1);
        var (a2, m2) = await s.ApplyAsync(Person("Gagné", "Luc"));
        var again = await s.Admin.PostAsJsonAsync($"{s.Base}/admissions", new { resolutionNumber = "CA-2026-02", decidedOn = Yesterday, admit = new[] { a2, a1 } });
        await ProblemAssert.IsProblem(again, HttpStatusCode.Conflict, "Membership.AlreadyDecided");
        Assert.Equal(1, await DbAsync(app, db => db.AdmissionDecisions.IgnoreQueryFilters().CountAsync()));
        Assert.Equal("Applicant", (await Json(await s.Admin.GetAsync($"{s.Base}/members/{m2}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Admission_without_a_resolution_number_is_refused()
    {
        var s = await StartAsync(app);
        var (a1, _) = await s.ApplyAsync(Person("Gagné", "Luc"));
        var response = await s.Admin.PostAsJsonAsync($"{s.Base}/admissions", new { resolutionNumber = " ", decidedOn = Yesterday, admit = new[] { a1 } });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Membership.ResolutionRequired");
    }

    [Theory]
    [InlineData(1, "Membership.DateOfBirthImplausible")]
    [InlineData(-130, "Membership.DateOfBirthImplausible")]
    public async Task Application_with_a_future_or_impossible_date_of_birth_is_refused_and_nothing_is_written(int yearsFromNow, string code)
    {
        var s = await StartAsync(app);
        var response = await s.Admin.PostAsJsonAsync($"{s.Base}/applications", new { identity = Person("Côté", "Léa", Yesterday.AddYears(yearsFromNow).AddDays(2)), consent = true });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, code);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "dateOfBirth");
        Assert.Equal(0, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await AuditCountAsync(app, AuditEventType.MemberApplicationReceived));
    }

    [Theory]
    [InlineData("fr-CA", "Le code postal doit avoir la forme A1A 1A1.")]
    [InlineData("en-CA", "The postal code must look like A1A 1A1.")]
    public async Task Application_with_an_invalid_postal_code_gets_a_localized_field_error(string culture, string message)
    {
        var s = await StartAsync(app);
        var client = await app.ClientAsync(Role.CoopStaff, s.CoopId, culture);
        var response = await client.PostAsJsonAsync($"{s.Base}/applications", new { identity = Person("Côté", "Léa", postalCode: "D0L 1C0"), consent = true });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Membership.PostalCodeInvalid");
        var error = problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("field").GetString() == "postalCode");
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(0, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Likely_duplicates_are_shown_before_saving_and_block_until_acknowledged()
    {
        var s = await StartAsync(app);
        await s.MemberAsync("Côté", "Élise", email: "elise.cote@example.ca");
        var sameName = Person("COTE", "Elise", email: null);
        var matches = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", sameName));
        Assert.Equal("NameAndDateOfBirth", matches[0].GetProperty("reason").GetString());
        var sameEmail = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", Person("Autre", "Nom", new DateOnly(1990, 1, 1), email: "Elise.Cote@example.ca")));
        Assert.Equal("Email", sameEmail[0].GetProperty("reason").GetString());
        var emailOnly = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", new { kind = "Person", familyName = "Autre", email = "elise.cote@example.ca" }));
        Assert.Equal("Email", emailOnly[0].GetProperty("reason").GetString());
        // Words that only start the name, another date of birth, or an e-mail that only shares words: not duplicates.
        Assert.Equal(0, (await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", Person("Cot", "Eli", email: null)))).GetArrayLength());
        Assert.Equal(0, (await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", Person("Côté", "Élise", new DateOnly(1990, 1, 1), email: null)))).GetArrayLength());
        Assert.Equal(0, (await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications/duplicates", Person("Autre", "Nom", new DateOnly(1990, 1, 1), email: "elise@example.ca")))).GetArrayLength());

        var blocked = await s.Admin.PostAsJsonAsync($"{s.Base}/applications", new { identity = sameName, consent = true });
        await ProblemAssert.IsProblem(blocked, HttpStatusCode.Conflict, "Membership.LikelyDuplicate");
        Assert.Equal(1, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));
        var acknowledged = await s.Admin.PostAsJsonAsync($"{s.Base}/applications", new { identity = sameName, consent = true, acknowledgeDuplicates = true });
        Assert.Equal(HttpStatusCode.Created, acknowledged.StatusCode);
    }

    [Fact]
    public async Task Search_ignores_accents_and_case_and_finds_by_number_email_phone_and_postal_code()
    {
        var s = await StartAsync(app);
        await s.MemberAsync("Côté", "Hélène", email: "helene@example.ca");
        await s.MemberAsync("Bouchard-Tremblay", "Éric");
        await s.MemberAsync("O'Neil", "Shawn", category: "Supporting");
        var (_, applicant) = await s.ApplyAsync(Person("Lévesque", "René", postalCode: "h2x 1y4", phone: "514-555-0199"));

        async Task<List<string>> Find(string query)
        {
            var page = await Json(await s.Admin.GetAsync($"{s.Base}/members?{query}"));
            return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("familyName").GetString()!).ToList();
        }
        Assert.Equal(["Côté"], await Find("q=cote"));
        Assert.Equal(["Côté"], await Find("q=HELENE%20C%C3%94T"));
        Assert.Equal(["Bouchard-Tremblay"], await Find("q=tremblay"));
        Assert.Equal(["O'Neil"], await Find("q=oneil"));
        Assert.Equal(["Côté"], await Find("q=helene%40example.ca"));
        Assert.Equal(["Lévesque"], await Find("q=H2X%201Y4"));
        Assert.Equal(["Lévesque"], await Find("q=(514)%20555-0199"));
        Assert.Equal(["Bouchard-Tremblay"], await Find("q=2"));
        // The member number is matched exactly (its own index), the other terms as words.
        Assert.Equal(["Bouchard-Tremblay"], await Find("q=bouchard%202"));
        Assert.Empty(await Find("q=2%20cote"));
        Assert.Equal(["Côté"], await Find("q=1&pageSize=5"));
        Assert.Equal(["Lévesque"], await Find("q=514"));
        Assert.Equal(["O'Neil"], await Find("category=Supporting"));
        Assert.Equal(["Lévesque"], await Find("status=Applicant"));
        // A search with filters, ordered members first then applicants, paged with its total; past the end, the total still.
        Assert.Equal(["Lévesque"], await Find("q=l&status=Applicant"));
        Assert.Empty(await Find("q=cote&status=Applicant"));
        Assert.Equal(["O'Neil"], await Find("q=o&category=Supporting"));
        var searched = await Json(await s.Admin.GetAsync($"{s.Base}/members?q=j0l&page=2&pageSize=2"));
        Assert.Equal(3, searched.GetProperty("total").GetInt32());
        Assert.Equal(["O'Neil"], searched.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("familyName").GetString()!).ToList());
        Assert.False(searched.GetProperty("items")[0].GetProperty("inGoodStanding").GetBoolean());
        var beyond = await Json(await s.Admin.GetAsync($"{s.Base}/members?q=j0l&page=5&pageSize=2"));
        Assert.Equal(3, beyond.GetProperty("total").GetInt32());
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());

        var page = await Json(await s.Admin.GetAsync($"{s.Base}/members?page=2&pageSize=3"));
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal(applicant, item.GetProperty("id").GetGuid());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("memberNumber").ValueKind);
        Assert.Equal("User", item.GetProperty("category").GetString());
        Assert.False(item.GetProperty("inGoodStanding").GetBoolean());

        await ProblemAssert.IsProblem(await s.Admin.GetAsync($"{s.Base}/members?pageSize=100000"), HttpStatusCode.BadRequest, "Platform.InvalidPage");
        await ProblemAssert.IsProblem(await s.Admin.GetAsync($"{s.Base}/members?status=Nope"), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }

    [Fact]
    public async Task An_edit_of_a_stale_version_answers_409_and_keeps_the_newer_data()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gagné", "Luc");
        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        var version = detail.GetProperty("version").GetInt32();
        var first = await s.Admin.PutAsJsonAsync($"{s.Base}/members/{memberId}", new { version, identity = Person("Gagné", "Luc", email: "luc@example.ca") });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await s.Admin.PutAsJsonAsync($"{s.Base}/members/{memberId}", new { version, identity = Person("Gagné", "Lucien") });
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
        var after = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        Assert.Equal("Luc", after.GetProperty("identity").GetProperty("givenName").GetString());
        Assert.Equal("luc@example.ca", after.GetProperty("identity").GetProperty("email").GetString());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MemberUpdated));
    }

    [Fact]
    public async Task Resignation_is_dated_with_its_reason_and_S58_exclusion_is_never_a_single_status_change()
    {
        var s = await StartAsync(app);
        var resigning = await s.MemberAsync("Gagné", "Luc", paid: 10m);
        var excluded = await s.MemberAsync("Côté", "Anne");
        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        var resign = await staff.PostAsJsonAsync($"{s.Base}/members/{resigning}/status", new { status = "Resigned", effectiveOn = Yesterday, reason = "Déménagement" });
        Assert.Equal(HttpStatusCode.OK, resign.StatusCode);
        var detail = await Json(resign);
        Assert.Equal("Resigned", detail.GetProperty("status").GetString());
        Assert.Equal("Déménagement", detail.GetProperty("statusHistory").EnumerateArray().Last().GetProperty("reason").GetString());
        // s. 38: membership ended, so the paid shares joined the refund queue.
        var queued = await Json(await s.Admin.GetAsync($"{s.Base}/refund-requests?status=Requested"));
        Assert.Equal(10m, queued.GetProperty("items").EnumerateArray().Single().GetProperty("amount").GetDecimal());

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{s.Base}/members/{excluded}/status", new { status = "Excluded", effectiveOn = Yesterday, reason = "x", resolutionNumber = "CA-9" })).StatusCode);
        var direct = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{excluded}/status", new { status = "Excluded", effectiveOn = Yesterday, reason = "Motif", resolutionNumber = "CA-9" });
        await ProblemAssert.IsProblem(direct, HttpStatusCode.UnprocessableEntity, "Membership.ExclusionFollowsSection58");
        var again = await staff.PostAsJsonAsync($"{s.Base}/members/{resigning}/status", new { status = "Deceased", effectiveOn = Yesterday, reason = "x" });
        await ProblemAssert.IsProblem(again, HttpStatusCode.UnprocessableEntity, "Membership.StatusChangeNotAllowed");
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MemberStatusChanged));
    }

    [Fact]
    public async Task Household_persons_are_added_corrected_and_removed_with_their_eligibility()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gagné", "Luc");
        var url = $"{s.Base}/members/{memberId}/household";
        var spouse = await Json(await s.Admin.PostAsJsonAsync(url, new { relationship = "Spouse", familyName = "Côté", givenName = "Anne", dateOfBirth = new DateOnly(1982, 3, 1), sameAddress = true, noticeGiven = true }));
        Assert.True(spouse.GetProperty("eligibleFamily").GetBoolean());
        var child = await Json(await s.Admin.PostAsJsonAsync(url, new { relationship = "Child", familyName = "Gagné", givenName = "Zoé", dateOfBirth = Yesterday.AddYears(-30), sameAddress = true, noticeGiven = true }));
        Assert.False(child.GetProperty("eligibleFamily").GetBoolean());
        var fixedChild = await s.Admin.PutAsJsonAsync($"{url}/{child.GetProperty("id").GetGuid()}", new { relationship = "Child", familyName = "Gagné", givenName = "Zoé", dateOfBirth = Yesterday.AddYears(-10), sameAddress = true, version = child.GetProperty("version").GetInt32() });
        Assert.True((await Json(fixedChild)).GetProperty("eligibleFamily").GetBoolean());
        var future = await s.Admin.PostAsJsonAsync(url, new { relationship = "Child", familyName = "Gagné", givenName = "Bébé", dateOfBirth = Yesterday.AddDays(30), sameAddress = true, noticeGiven = true });
        await ProblemAssert.IsProblem(future, HttpStatusCode.BadRequest, "Membership.DateOfBirthImplausible");
        Assert.Equal(HttpStatusCode.NoContent, (await s.Admin.DeleteAsync($"{url}/{spouse.GetProperty("id").GetGuid()}")).StatusCode);
        var list = await Json(await s.Admin.GetAsync(url));
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(4, await AuditCountAsync(app, AuditEventType.HouseholdChanged));
    }
}
