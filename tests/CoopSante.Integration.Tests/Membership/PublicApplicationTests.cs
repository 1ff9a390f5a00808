using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using CoopSante.Membership;

namespace CoopSante.Integration.Tests.Membership;

public sealed class PublicApplicationTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_person_applies_on_the_public_form_the_register_by_law_and_only_the_optional_uses_as_consents()
    {
        var s = await StartAsync(app);
        var visitor = app.Anonymous("en-CA");
        var form = await Json(await visitor.GetAsync($"/api/v1/public/coops/{s.CoopId}/application-form"));
        var version = form.GetProperty("consentTextVersion").GetString();
        // The form tells the qualifying shares the by-laws require, per category.
        var user = form.GetProperty("shares").EnumerateArray().Single(x => x.GetProperty("category").GetString() == "User");
        Assert.Equal(10m, user.GetProperty("amount").GetDecimal());
        var response = await visitor.PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications",
            new { identity = Person("Bélanger", "Sophie"), consentTextVersion = version, emailNotices = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var memberId = (await Json(response)).GetProperty("memberId").GetGuid();
        var consent = await DbAsync(app, db => db.Consents.IgnoreQueryFilters().SingleAsync(c => c.MemberId == memberId));
        Assert.Equal(MemberConsent.EmailNoticesPurpose, consent.Purpose);
        Assert.Equal(version, consent.TextVersion);
        Assert.Equal(ApplicationChannel.PublicForm, consent.Channel);
        Assert.Equal(s.CoopId, consent.CoopId);
        var application = await DbAsync(app, db => db.Applications.IgnoreQueryFilters().SingleAsync(a => a.MemberId == memberId));
        Assert.Equal(version, application.ConsentTextVersion);
        var pending = await Json(await s.Admin.GetAsync($"{s.Base}/applications"));
        Assert.Equal("PublicForm", pending.GetProperty("items")[0].GetProperty("channel").GetString());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MemberApplicationReceived));
    }

    [Fact]
    public async Task The_register_is_kept_because_the_Act_requires_it_so_an_application_needs_no_consent_and_records_none()
    {
        var s = await StartAsync(app);
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications", new { identity = Person("Bélanger", "Sophie") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await DbAsync(app, db => db.Consents.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_person_under_14_applies_only_with_a_parents_or_tutors_consent_which_is_recorded()
    {
        var s = await StartAsync(app);
        var today = MeetingsData.Today;
        var child = Person("Gagnon", "Léa", dob: today.AddYears(-10));
        var url = $"/api/v1/public/coops/{s.CoopId}/applications";

        var refused = await app.Anonymous().PostAsJsonAsync(url, new { identity = child });
        var problem = await ProblemAssert.IsProblem(refused, HttpStatusCode.BadRequest, "Membership.GuardianConsentRequired");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("guardianName", fields);
        Assert.Contains("guardianRelationship", fields);
        Assert.Contains("guardianConsent", fields);
        var unticked = await app.Anonymous().PostAsJsonAsync(url, new { identity = child, guardian = new { name = "Marie Gagnon", relationship = "Parent", consent = false } });
        await ProblemAssert.IsProblem(unticked, HttpStatusCode.BadRequest, "Membership.GuardianConsentRequired");
        Assert.Equal(0, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));

        var accepted = await app.Anonymous().PostAsJsonAsync(url, new { identity = child, guardian = new { name = "Marie Gagnon", relationship = "Tutor", consent = true } });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var application = await DbAsync(app, db => db.Applications.IgnoreQueryFilters().SingleAsync());
        Assert.Equal("Marie Gagnon", application.GuardianName);
        Assert.Equal(GuardianRelationship.Tutor, application.GuardianRelationship);
        Assert.NotNull(application.GuardianConsentedAt);

        // At 14 the person consents alone: no guardian is asked for, none recorded (two days of margin: Québec's date may trail UTC's).
        var fourteen = await app.Anonymous().PostAsJsonAsync(url, new { identity = Person("Gagnon", "Noé", dob: today.AddYears(-14).AddDays(-2), email: "noe@example.ca") });
        Assert.Equal(HttpStatusCode.Created, fourteen.StatusCode);
        Assert.Equal(1, await DbAsync(app, db => db.Applications.IgnoreQueryFilters().CountAsync(a => a.GuardianName == null)));
    }

    [Fact]
    public async Task A_coop_without_bylaws_has_no_public_form()
    {
        var unknown = Guid.NewGuid();
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"/api/v1/public/coops/{unknown}/application-form"), HttpStatusCode.NotFound, "Platform.NotFound");
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/coops/{unknown}/applications", new { identity = Person("Bélanger", "Sophie"), consent = true });
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Platform.NotFound");
    }

    [Fact]
    public async Task The_public_form_never_reveals_whether_a_person_is_already_in_the_register()
    {
        var s = await StartAsync(app);
        await s.MemberAsync("Côté", "Élise", email: "elise@example.ca");
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications", new { identity = Person("Côté", "Élise", email: "elise@example.ca"), consent = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.DoesNotContain("Élise", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
