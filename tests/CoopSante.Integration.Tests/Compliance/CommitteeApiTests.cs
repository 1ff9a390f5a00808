using System.Net;
using System.Net.Http.Json;
using CoopSante.Compliance;
using CoopSante.Compliance.Committee;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Compliance.ComplianceTestData;

namespace CoopSante.Integration.Tests.Compliance;

public sealed class CommitteeApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private const string Root = "/api/v1/compliance/committee";

    [Fact]
    public async Task The_federation_records_a_meeting_a_decision_and_a_follow_up_linked_to_a_recommendation_and_the_minutes_pdf_lists_them()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await DraftAsync(admin, "Cadre", ("Gouvernance", 1));
        await OkAsync<MemberDto>(await admin.PostAsJsonAsync($"{Root}/members", new MemberInput("Marie Lavoie", "FQCS", false, new DateOnly(2026, 1, 5), null)));
        await OkAsync<MemberDto>(await admin.PostAsJsonAsync($"{Root}/members", new MemberInput("Personne du CISSS", "CISSS — exemple", true, new DateOnly(2026, 1, 5), null)));
        var meeting = await OkAsync<MeetingDto>(await admin.PostAsJsonAsync($"{Root}/meetings",
            new MeetingInput(new DateOnly(2026, 2, 10), "Première rencontre", "- Mandat\n- Calendrier", "Le comité adopte son mandat.", null)));
        var decision = await OkAsync<DecisionDto>(await admin.PostAsJsonAsync($"{Root}/meetings/{meeting.Id}/decisions", new DecisionInput("Réviser la recommandation GOU-1.")));
        var item = await OkAsync<FollowUpDto>(await admin.PostAsJsonAsync($"{Root}/decisions/{decision.Id}/follow-ups",
            new FollowUpInput("Proposer un nouveau libellé", "Marie Lavoie", new DateOnly(2026, 3, 1), "gou-1", null, null, null)));
        Assert.Equal("GOU-1", item.RecommendationCode);
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{Root}/decisions/{decision.Id}/follow-ups",
            new FollowUpInput("X", "Y", new DateOnly(2026, 3, 1), "NOPE-9", null, null, null)), HttpStatusCode.BadRequest, "Compliance.RecommendationUnknown");
        var done = await OkAsync<FollowUpDto>(await admin.PutAsJsonAsync($"{Root}/decisions/{decision.Id}/follow-ups/{item.Id}",
            new FollowUpInput(item.Title, item.Owner, item.DueOn, item.RecommendationCode, null, "Done", item.Version)));
        Assert.Equal("Done", done.Status);
        Assert.NotNull(done.DoneOn);
        await ProblemAssert.IsProblem(await admin.PutAsJsonAsync($"{Root}/decisions/{decision.Id}/follow-ups/{item.Id}",
            new FollowUpInput(item.Title, item.Owner, item.DueOn, null, null, "Open", item.Version)), HttpStatusCode.Conflict, "Platform.StaleVersion");

        var auditor = await app.ClientAsync(Role.FederationAuditor);
        var pdf = await auditor.GetByteArrayAsync($"{Root}/meetings/{meeting.Id}/minutes.pdf");
        using var doc = PdfDocument.Open(pdf);
        var text = string.Join(" ", doc.GetPages().Select(p => p.Text));
        Assert.Contains("Première rencontre", text, StringComparison.Ordinal);
        Assert.Contains("Réviser la recommandation GOU-1.", text, StringComparison.Ordinal);
        Assert.Contains("Proposer un nouveau libellé", text, StringComparison.Ordinal);
        Assert.Contains("CISSS — exemple", text, StringComparison.Ordinal);
        Status(await auditor.PostAsJsonAsync($"{Root}/meetings/{meeting.Id}/decisions", new DecisionInput("x")), HttpStatusCode.Forbidden);
        Assert.Equal(1, (await OkAsync<Page<FollowUpDto>>(await auditor.GetAsync($"{Root}/follow-ups"))).Total);
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.CommitteeFollowUpSaved)).Count);
    }

    [Fact]
    public async Task Coop_people_and_anonymous_reach_nothing_of_the_committee_and_a_bad_meeting_writes_nothing()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var meeting = await OkAsync<MeetingDto>(await admin.PostAsJsonAsync($"{Root}/meetings", new MeetingInput(new DateOnly(2026, 2, 10), "canari-comite-castor", "Ordre du jour", null, null)));
        var coop = Guid.CreateVersion7();
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Get, $"{Root}/meetings", canary: "canari-comite-castor");
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Get, $"{Root}/meetings/{meeting.Id}/minutes.pdf");
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Post, $"{Root}/meetings/{meeting.Id}/decisions", new DecisionInput("x"));
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{Root}/meetings", new MeetingInput(null, "Titre\u0001", " ", null, null)), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{Root}/meetings", new MeetingInput(null, "Titre", " ", null, null)), HttpStatusCode.BadRequest, "Platform.Required");
        Assert.Equal(1, await InDbAsync(app, db => db.CommitteeMeetings.CountAsync()));
        Assert.Equal(0, await InDbAsync(app, db => db.CommitteeDecisions.CountAsync()));
    }
}
