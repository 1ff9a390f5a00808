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
    public async Task A_person_applies_on_the_public_form_with_a_recorded_consent_and_waits_for_admission()
    {
        var s = await StartAsync(app);
        var visitor = app.Anonymous("en-CA");
        var form = await Json(await visitor.GetAsync($"/api/v1/public/coops/{s.CoopId}/application-form"));
        var version = form.GetProperty("consentTextVersion").GetString();
        var response = await visitor.PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications", new { identity = Person("Bélanger", "Sophie"), consent = true, consentTextVersion = version });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var memberId = (await Json(response)).GetProperty("memberId").GetGuid();
        var consent = await DbAsync(app, db => db.Consents.IgnoreQueryFilters().SingleAsync(c => c.MemberId == memberId));
        Assert.Equal(version, consent.TextVersion);
        Assert.Equal(ApplicationChannel.PublicForm, consent.Channel);
        Assert.Equal(s.CoopId, consent.CoopId);
        var pending = await Json(await s.Admin.GetAsync($"{s.Base}/applications"));
        Assert.Equal("PublicForm", pending.GetProperty("items")[0].GetProperty("channel").GetString());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MemberApplicationReceived));
    }

    [Fact]
    public async Task Public_application_without_consent_is_refused_and_nothing_is_written()
    {
        var s = await StartAsync(app);
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications", new { identity = Person("Bélanger", "Sophie"), consent = false });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Membership.ConsentRequired");
        Assert.Equal(0, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync()));
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
