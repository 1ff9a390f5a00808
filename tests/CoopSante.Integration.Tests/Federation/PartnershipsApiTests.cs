using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Partnerships;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class PartnershipsApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Root = "/api/v1/federation/partnerships";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string CoopRoot(Guid coopId) => $"/api/v1/coops/{coopId}/partnerships";

    private sealed record World(HttpClient Federation, CoopDto Contrecoeur, CoopDto Varennes, CoopDto Shawinigan, PartnerDto Cisss);

    /// <summary>Two coops in Montérégie, one in Mauricie, and the CISSS de la Montérégie-Est with one contact.</summary>
    private async Task<World> WorldAsync()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var contrecoeur = await CreateAsync(federation, Input(name: "Coop de Contrecoeur", city: "Contrecoeur", region: "16", postal: "J0L 1C0", status: "Active"));
        var varennes = await CreateAsync(federation, Input(name: "Coop de Varennes", city: "Varennes", region: "16", postal: "J3X 1A1", status: "Active"));
        var shawinigan = await CreateAsync(federation, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active"));
        var cisss = await PostAsync<PartnerDto>(federation, $"{Root}/partners", new PartnerInput("HealthCentre", "CISSS de la Montérégie-Est", "16",
            [new ContactInput("Julie Tremblay", "Conseillère", "julie.tremblay@exemple.ca", "450 555-0101")]));
        return new World(federation, contrecoeur, varennes, shawinigan, cisss);
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static Task<AgreementDetail> AgreementAsync(World w, string title, Guid? coopId, string status = "Active", string region = "16") =>
        PostAsync<AgreementDetail>(w.Federation, $"{Root}/agreements",
            new AgreementInput(title, region, Today.AddMonths(-2), Today.AddMonths(10), status, [w.Cisss.Id], coopId is { } c ? [c] : []));

    private static MultipartFormDataContent File(byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name } };

    private Task<int> RowsAsync() => InDbAsync(app, async db =>
        await db.Set<Agreement>().CountAsync() + await db.Set<ActionPlan>().CountAsync() + await db.Set<PlanAction>().CountAsync()
        + await db.Set<Partner>().CountAsync() + await db.Set<ConsultationEvent>().CountAsync() + await db.Set<Objective>().CountAsync());

    [Fact]
    public async Task The_federation_builds_an_action_plan_and_the_coop_party_reads_it_while_no_other_coop_does()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Canari-entente-Contrecoeur", w.Contrecoeur.Id);
        var agreementUrl = $"{Root}/agreements/{agreement.Id}";
        var document = await (await w.Federation.PostAsync($"{agreementUrl}/documents", File(Pdf, "entente-signee.pdf"))).Content.ReadFromJsonAsync<DocumentDto>();
        var objective = await PostAsync<ObjectiveDto>(w.Federation, $"{agreementUrl}/objectives",
            new ObjectiveInput("Réduire les patients orphelins", [new IndicatorInput("Patients inscrits", "patients", 4200, 5200)]));
        var measured = await w.Federation.PutAsJsonAsync($"{agreementUrl}/indicators/{objective.Indicators[0].Id}", new MeasureInput(4650, Today));
        Assert.Equal(HttpStatusCode.OK, measured.StatusCode);
        var plan = await PostAsync<PlanDto>(w.Federation, $"{agreementUrl}/plans", new PlanInput("Plan d'action concerté 2026", Today.AddMonths(-1)));
        var late = await PostAsync<ActionDto>(w.Federation, $"{agreementUrl}/plans/{plan.Id}/actions",
            new ActionInput("Partager la liste d'attente", "Partner", null, w.Cisss.Contacts[0].Id, Today.AddDays(-7)));
        var ours = await PostAsync<ActionDto>(w.Federation, $"{agreementUrl}/plans/{plan.Id}/actions",
            new ActionInput("Ouvrir des plages le samedi", "Coop", "Nathalie Bergeron", null, Today.AddDays(30)));
        Assert.Equal("Julie Tremblay", late.OwnerName);
        Assert.True(late.Overdue);
        var updated = await w.Federation.PutAsJsonAsync($"{agreementUrl}/actions/{ours.Id}", 
            new ActionInput(ours.Title, ours.OwnerSide, ours.OwnerName, null, ours.DueOn, "InProgress", ours.Version));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await PostAsync<NoteDto>(w.Federation, $"{agreementUrl}/actions/{ours.Id}/notes", new NoteInput("Une IPS recrutée."));
        var consultation = await PostAsync<ConsultationDto>(w.Federation, $"{agreementUrl}/consultations", new ConsultationInput(Today.AddDays(-3), "Rencontre de suivi",
            "## Suivi\n<script>alert(1)</script> [clic](javascript:alert(2))", [w.Cisss.Id], [w.Cisss.Contacts[0].Id], [w.Contrecoeur.Id], [new OutcomeInput("Liste mensuelle")]));
        Assert.DoesNotContain("<script", consultation.MinutesHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", consultation.MinutesHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Julie Tremblay (CISSS de la Montérégie-Est)", consultation.Participants);

        var staff = await app.ClientAsync(Role.CoopStaff, w.Contrecoeur.Id);
        var list = await staff.GetFromJsonAsync<JsonElement>(CoopRoot(w.Contrecoeur.Id));
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("openActions").GetInt32());
        Assert.Equal(1, item.GetProperty("overdueActions").GetInt32());
        var detail = (await staff.GetFromJsonAsync<AgreementDetail>($"{CoopRoot(w.Contrecoeur.Id)}/{agreement.Id}"))!;
        Assert.Equal(4650, detail.Objectives[0].Indicators[0].Current);
        var actions = detail.Plans.Single().Actions;
        Assert.Equal("InProgress", actions.Single(x => x.Id == ours.Id).Status);
        Assert.Equal("Une IPS recrutée.", actions.Single(x => x.Id == ours.Id).Notes.Single().Text);
        var download = await staff.GetAsync($"{CoopRoot(w.Contrecoeur.Id)}/{agreement.Id}/documents/{document!.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // Varennes is in the same region but not a party: a coop agreement is not a regional one.
        foreach (var other in new[] { w.Varennes.Id, w.Shawinigan.Id })
        {
            var client = await app.ClientAsync(Role.CoopAdmin, other);
            Assert.Empty((await client.GetFromJsonAsync<JsonElement>(CoopRoot(other))).GetProperty("items").EnumerateArray());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CoopRoot(other)}/{agreement.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CoopRoot(other)}/{agreement.Id}/documents/{document.Id}")).StatusCode);
        }

        foreach (var type in new[] { AuditEventType.PartnerCreated, AuditEventType.AgreementCreated, AuditEventType.AgreementDocumentAdded, AuditEventType.ObjectiveAdded,
                     AuditEventType.IndicatorMeasured, AuditEventType.ActionPlanCreated, AuditEventType.PlanActionUpdated, AuditEventType.ActionNoteAdded, AuditEventType.ConsultationRecorded })
            Assert.Single(await AuditAsync(app, type));
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.PlanActionAdded)).Count);
    }

    [Fact]
    public async Task A_regional_agreement_is_read_by_every_coop_of_its_region_and_a_draft_by_none()
    {
        var w = await WorldAsync();
        var regional = await AgreementAsync(w, "Entente régionale Montérégie", null);
        var draft = await AgreementAsync(w, "Brouillon Contrecoeur", w.Contrecoeur.Id, status: "Draft");

        foreach (var coop in new[] { w.Contrecoeur.Id, w.Varennes.Id })
        {
            var page = await (await app.ClientAsync(Role.CoopStaff, coop)).GetFromJsonAsync<JsonElement>(CoopRoot(coop));
            Assert.Equal(regional.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
        var mauricie = await app.ClientAsync(Role.CoopStaff, w.Shawinigan.Id);
        Assert.Empty((await mauricie.GetFromJsonAsync<JsonElement>(CoopRoot(w.Shawinigan.Id))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Role.CoopAdmin, w.Contrecoeur.Id)).GetAsync($"{CoopRoot(w.Contrecoeur.Id)}/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_federation_view_counts_by_region_and_shows_overdue_actions()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Entente Contrecoeur", w.Contrecoeur.Id);
        var plan = await PostAsync<PlanDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans", new PlanInput("Plan", Today.AddMonths(-1)));
        await PostAsync<ActionDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions", new ActionInput("En retard", "Federation", "Hélène", null, Today.AddDays(-10)));
        await PostAsync<ActionDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions", new ActionInput("Réalisée", "Federation", "Hélène", null, Today.AddDays(-10), "Done"));
        await PostAsync<PartnerDto>(w.Federation, $"{Root}/partners", new PartnerInput("Municipality", "Ville de Shawinigan", "04"));

        var auditor = await app.ClientAsync(Role.FederationAuditor);
        var summary = (await auditor.GetFromJsonAsync<List<RegionSummary>>($"{Root}/summary"))!;
        Assert.Equal(new RegionSummary("16", 1, 1, 1, 1, 1), summary.Single(s => s.RegionCode == "16"));
        Assert.Equal(new RegionSummary("04", 1, 0, 0, 0, 0), summary.Single(s => s.RegionCode == "04"));
        Assert.Single((await auditor.GetFromJsonAsync<List<RegionSummary>>($"{Root}/summary?region=04"))!);
        Assert.Empty((await auditor.GetFromJsonAsync<JsonElement>($"{Root}/agreements?region=04")).GetProperty("items").EnumerateArray());
        var listed = Assert.Single((await auditor.GetFromJsonAsync<JsonElement>($"{Root}/agreements?region=16")).GetProperty("items").EnumerateArray());
        Assert.Equal(1, listed.GetProperty("overdueActions").GetInt32());
        Assert.Equal(2, (await auditor.GetFromJsonAsync<JsonElement>($"{Root}/partners")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Root}/agreements/{agreement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Root}/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/plans", new PlanInput("x", Today))).StatusCode);
    }

    [Fact]
    public async Task An_action_due_before_its_plan_starts_is_refused_in_the_callers_language_and_nothing_is_written()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Entente", w.Contrecoeur.Id);
        var plan = await PostAsync<PlanDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans", new PlanInput("Plan", Today));
        var before = await RowsAsync();

        var fr = await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions",
            new ActionInput("Trop tôt", "Federation", "Hélène", null, Today.AddDays(-1))), HttpStatusCode.BadRequest, "Federation.ActionDueBeforePlanStarts");
        Assert.Contains("début du plan", fr.ToString(), StringComparison.Ordinal);
        var english = await app.ClientAsync(Role.FederationAdmin, culture: "en-CA");
        var en = await ProblemAssert.IsProblem(await english.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions",
            new ActionInput("Too early", "Federation", "Hélène", null, Today.AddDays(-1))), HttpStatusCode.BadRequest, "Federation.ActionDueBeforePlanStarts");
        Assert.Contains("before the plan starts", en.ToString(), StringComparison.Ordinal);

        var ok = await PostAsync<ActionDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions", new ActionInput("À temps", "Federation", "Hélène", null, Today));
        await ProblemAssert.IsProblem(await w.Federation.PutAsJsonAsync($"{Root}/agreements/{agreement.Id}/actions/{ok.Id}",
            new ActionInput("À temps", "Federation", "Hélène", null, Today.AddDays(-30), "Done", ok.Version)), HttpStatusCode.BadRequest, "Federation.ActionDueBeforePlanStarts");
        Assert.Equal(before + 1, await RowsAsync());
        Assert.Equal(ActionStatus.Planned, await InDbAsync(app, db => db.Set<PlanAction>().Where(a => a.Id == ok.Id).Select(a => a.Status).SingleAsync()));
        Assert.Empty(await AuditAsync(app, AuditEventType.PlanActionUpdated));
    }

    public static TheoryData<string, string> BadAgreements => new()
    {
        { "ends-before-start", "Federation.AgreementEndsBeforeStart" },
        { "unknown-partner", "Federation.PartnerUnknown" },
        { "no-partner", "Federation.AgreementNeedsPartner" },
        { "unknown-coop", "Federation.CoopUnknown" },
        { "unknown-region", "Federation.RegionUnknown" },
        { "unknown-status", "Federation.AgreementStatusUnknown" },
        { "numeric-status", "Federation.AgreementStatusUnknown" },
        { "control-characters", "Platform.MalformedRequest" }, // the JSON reader refuses it before the feature does
        { "oversize-title", "Platform.TooLong" },
    };

    [Theory]
    [MemberData(nameof(BadAgreements))]
    public async Task A_bad_agreement_is_refused_with_a_stable_code_and_nothing_is_written(string bad, string code)
    {
        var w = await WorldAsync();
        var good = new AgreementInput("Entente", "16", Today, Today.AddYears(1), "Active", [w.Cisss.Id], [w.Contrecoeur.Id]);
        var input = bad switch
        {
            "ends-before-start" => good with { EndsOn = Today.AddDays(-1) },
            "unknown-partner" => good with { PartnerIds = [w.Cisss.Id, Guid.NewGuid()] },
            "no-partner" => good with { PartnerIds = [] },
            "unknown-coop" => good with { CoopIds = [Guid.NewGuid()] },
            "unknown-region" => good with { Region = "18" },
            "unknown-status" => good with { Status = "Signed" },
            "numeric-status" => good with { Status = "1" },
            "control-characters" => good with { Title = "Entente\u0007" },
            _ => good with { Title = new string('é', Agreement.TitleMax + 1) },
        };
        var before = await RowsAsync();

        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements", input), HttpStatusCode.BadRequest, code);

        Assert.Equal(before, await RowsAsync());
        Assert.Empty(await AuditAsync(app, AuditEventType.AgreementCreated));
    }

    [Fact]
    public async Task Bad_partners_contacts_owners_and_outcomes_are_refused_and_nothing_is_written()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Entente", w.Contrecoeur.Id);
        var plan = await PostAsync<PlanDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/plans", new PlanInput("Plan", Today));
        var stranger = await PostAsync<PartnerDto>(w.Federation, $"{Root}/partners", new PartnerInput("Other", "Table de concertation", "16", [new ContactInput("Paul")]));
        var before = await RowsAsync();
        var actions = $"{Root}/agreements/{agreement.Id}/plans/{plan.Id}/actions";

        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/partners", new PartnerInput("Hospital", "X", "16")), HttpStatusCode.BadRequest, "Federation.PartnerKindUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/partners", new PartnerInput("Other", "X", "16", [new ContactInput("Y", Email: "pas-un-courriel")])),
            HttpStatusCode.BadRequest, "Platform.InvalidEmail");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync(actions, new ActionInput("A", "Partner", null, stranger.Contacts[0].Id, Today)),
            HttpStatusCode.BadRequest, "Federation.PartnerContactUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync(actions, new ActionInput("A", "Them", "X", null, Today)), HttpStatusCode.BadRequest, "Federation.ActionOwnerSideUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/objectives",
            new ObjectiveInput("Objectif", [new IndicatorInput("I", "u", 0, 1e12m)])), HttpStatusCode.BadRequest, "Federation.IndicatorValueOutOfRange");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/consultations",
            new ConsultationInput(Today, "Rencontre", "Texte", PartnerIds: [Guid.NewGuid()])), HttpStatusCode.BadRequest, "Federation.PartnerUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements/{agreement.Id}/consultations",
            new ConsultationInput(Today, "Rencontre", "Texte", Outcomes: [new OutcomeInput("Résultat", "GOV-999")])), HttpStatusCode.BadRequest, "Federation.RecommendationUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Root}/agreements/{Guid.NewGuid()}/plans", new PlanInput("Plan", Today)), HttpStatusCode.NotFound, "Platform.NotFound");

        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Coop_endpoints_answer_nothing_to_another_coop_and_federation_endpoints_nothing_to_coops()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Canari-partenariat-Contrecoeur", w.Contrecoeur.Id);
        var document = (await (await w.Federation.PostAsync($"{Root}/agreements/{agreement.Id}/documents", File(Pdf, "canari-partenariat.pdf"))).Content.ReadFromJsonAsync<DocumentDto>())!;
        var coop = CoopRoot(w.Contrecoeur.Id);

        foreach (var url in new[] { coop, $"{coop}/{agreement.Id}", $"{coop}/{agreement.Id}/documents/{document.Id}" })
            await TenancyProbe.AssertIsolatedAsync(app, w.Varennes.Id, HttpMethod.Get, url, canary: "Canari-partenariat");
        // The agreement's own coop's members and clinicians are not partnership readers.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.Member, w.Contrecoeur.Id)).GetAsync(coop)).StatusCode);

        var coopAdmin = await app.ClientAsync(Role.CoopAdmin, w.Contrecoeur.Id);
        var before = await RowsAsync();
        foreach (var (method, url) in new[]
                 {
                     (HttpMethod.Get, $"{Root}/summary"), (HttpMethod.Get, $"{Root}/partners"), (HttpMethod.Post, $"{Root}/partners"),
                     (HttpMethod.Post, $"{Root}/partners/{w.Cisss.Id}/contacts"), (HttpMethod.Get, $"{Root}/agreements"), (HttpMethod.Post, $"{Root}/agreements"),
                     (HttpMethod.Get, $"{Root}/agreements/{agreement.Id}"), (HttpMethod.Put, $"{Root}/agreements/{agreement.Id}"),
                     (HttpMethod.Get, $"{Root}/agreements/{agreement.Id}/documents/{document.Id}"), (HttpMethod.Post, $"{Root}/agreements/{agreement.Id}/objectives"),
                     (HttpMethod.Post, $"{Root}/agreements/{agreement.Id}/plans"), (HttpMethod.Post, $"{Root}/agreements/{agreement.Id}/consultations"),
                     (HttpMethod.Get, $"{Root}/recommendations"),
                 })
        {
            using var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Get ? null : JsonContent.Create(new { }) };
            var response = await coopAdmin.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url}: {(int)response.StatusCode}");
        }
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task An_agreement_changes_only_at_the_version_read_and_the_change_is_audited()
    {
        var w = await WorldAsync();
        var agreement = await AgreementAsync(w, "Entente", w.Contrecoeur.Id);
        var url = $"{Root}/agreements/{agreement.Id}";
        var change = new AgreementInput("Entente renouvelée", "16", agreement.StartsOn, agreement.EndsOn, "Suspended", [w.Cisss.Id], [], agreement.Version);

        await ProblemAssert.IsProblem(await w.Federation.PutAsJsonAsync(url, change with { Version = null }), HttpStatusCode.BadRequest, "Platform.Required");
        await ProblemAssert.IsProblem(await w.Federation.PutAsJsonAsync(url, change with { Version = 9 }), HttpStatusCode.Conflict, "Platform.StaleVersion");
        var response = await w.Federation.PutAsJsonAsync(url, change);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<AgreementDetail>())!;

        Assert.Equal(("Suspended", "Entente renouvelée", 0), (updated.Status, updated.Title, updated.Coops.Count));
        Assert.Single(await AuditAsync(app, AuditEventType.AgreementUpdated));
        var contact = await w.Federation.PostAsJsonAsync($"{Root}/partners/{w.Cisss.Id}/contacts", new ContactInput("Marc-André Côté", "Chef"));
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        Assert.Single(await AuditAsync(app, AuditEventType.PartnerContactAdded));
    }

    [Fact]
    public async Task A_consultation_outcome_links_a_recommendation_in_force_and_readers_see_its_title_in_their_language()
    {
        var w = await WorldAsync();
        await CoopSante.Integration.Tests.Compliance.CampaignTestData.PublishedVersionAsync(app);
        var agreement = await AgreementAsync(w, "Entente", w.Contrecoeur.Id);
        var listed = (await w.Federation.GetFromJsonAsync<List<JsonElement>>($"{Root}/recommendations"))!;
        Assert.Contains(listed, r => r.GetProperty("code").GetString() == "GOV-02");

        await PostAsync<ConsultationDto>(w.Federation, $"{Root}/agreements/{agreement.Id}/consultations", new ConsultationInput(Today, "Rencontre", "Texte",
            CoopIds: [w.Contrecoeur.Id], Outcomes: [new OutcomeInput("Présenter l'entente à l'assemblée", " GOV-02 ")]));

        var english = await app.ClientAsync(Role.CoopStaff, w.Contrecoeur.Id, "en-CA");
        var outcome = (await english.GetFromJsonAsync<AgreementDetail>($"{CoopRoot(w.Contrecoeur.Id)}/{agreement.Id}"))!.Consultations.Single().Outcomes.Single();
        Assert.Equal(("GOV-02", "Annual report sent"), (outcome.RecommendationCode, outcome.RecommendationTitle));
        Assert.Equal(["Coop de Contrecoeur"], (await w.Federation.GetFromJsonAsync<AgreementDetail>($"{Root}/agreements/{agreement.Id}"))!.Consultations.Single().Participants);
    }
}
