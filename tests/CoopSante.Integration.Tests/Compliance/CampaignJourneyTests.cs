using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Compliance;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using MiniExcelLibs;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Compliance.CampaignTestData;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>The conformity process end to end over the API: open, answer with evidence, submit, review, audit, action plan, close, report.</summary>
public sealed class CampaignJourneyTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object Answer(string answer, string? justification = null, string? comment = null, Guid[]? evidence = null) =>
        new { answer, justification, comment, evidenceIds = evidence ?? [] };

    [Fact]
    public async Task A_coop_answers_with_evidence_the_assigned_auditor_sends_one_item_back_accepts_the_revision_and_the_file_closes_with_its_action_plan()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var coopB = await CreateAsync(admin, Input(name: "Coop Bêta"));
        var version = await PublishedVersionAsync(app);
        var campaign = await OpenAsync(admin, version, [coopA.Id, coopB.Id]);
        var coop = await app.ClientAsync(Role.CoopAdmin, coopA.Id);
        var file = File(coopA.Id, campaign);

        var assessment = await AssessmentAsync(coop, coopA.Id, campaign);
        Assert.Equal("ToDo", assessment.GetProperty("status").GetString());
        Assert.Equal((0, 3), (assessment.GetProperty("answered").GetInt32(), assessment.GetProperty("total").GetInt32()));
        // The coop does not take part in the telemedicine program (Telemedicine.Contracts says so): the item shows, does not apply, and says why.
        var tele = assessment.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "TELE-01");
        Assert.False(tele.GetProperty("applicable").GetBoolean());
        Assert.Contains("n'offre pas la télémédecine", tele.GetProperty("applicabilityNote").GetString(), StringComparison.Ordinal);

        var evidence = await AddEvidenceAsync(coop, coopA.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PutAsJsonAsync($"{file}/items/{ItemId(assessment, "GOV-01")}", Answer("Compliant", comment: "AGA tenue le 15 juin", evidence: [evidence]))).StatusCode);
        await ProblemAssert.IsProblem(await coop.PostAsync($"{file}/submit", null), HttpStatusCode.UnprocessableEntity, "Compliance.AssessmentIncomplete");
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PutAsJsonAsync($"{file}/items/{ItemId(assessment, "GOV-02")}", Answer("Partial"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PutAsJsonAsync($"{file}/items/{ItemId(assessment, "PRIV-01")}", Answer("NonCompliant"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PostAsync($"{file}/submit", null)).StatusCode);
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{ItemId(assessment, "GOV-02")}", Answer("Compliant")), HttpStatusCode.Conflict, "Compliance.AssessmentLocked");

        // An auditor not assigned to the coop learns nothing of it; assigned, they review.
        var auditorUser = await app.UserAsync(Role.FederationAuditor);
        var auditor = await app.ClientAsync(auditorUser);
        await ProblemAssert.IsProblem(await auditor.GetAsync($"{file}/assessment"), HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/federation/auditor-assignments", new { auditorId = auditorUser.Id, coopId = coopA.Id })).StatusCode);
        var seen = await AssessmentAsync(auditor, coopA.Id, campaign);
        var gov1 = seen.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "GOV-01");
        Assert.Equal(evidence, gov1.GetProperty("evidence")[0].GetProperty("id").GetGuid());
        Assert.Equal(64, gov1.GetProperty("evidence")[0].GetProperty("sha256").GetString()!.Length);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/compliance/coops/{coopA.Id}/evidence/{evidence}/content")).StatusCode);
        await ProblemAssert.IsProblem(await auditor.GetAsync($"{File(coopB.Id, campaign)}/assessment"), HttpStatusCode.NotFound, "Platform.NotFound");

        await ProblemAssert.IsProblem(await auditor.PostAsJsonAsync($"{file}/items/{ItemId(seen, "PRIV-01")}/review", new { accept = false }), HttpStatusCode.BadRequest, "Compliance.ReviewCommentRequired");
        Assert.Equal(HttpStatusCode.NoContent, (await auditor.PostAsJsonAsync($"{file}/items/{ItemId(seen, "GOV-01")}/review", new { accept = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await auditor.PostAsJsonAsync($"{file}/items/{ItemId(seen, "GOV-02")}/review", new { accept = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await auditor.PostAsJsonAsync($"{file}/items/{ItemId(seen, "PRIV-01")}/review", new { accept = false, comment = "Joindre la résolution du CA." })).StatusCode);
        var back = await AssessmentAsync(coop, coopA.Id, campaign);
        Assert.Equal("ChangesRequested", back.GetProperty("status").GetString());

        // The coop revises what was questioned only; the accepted items stay as accepted.
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{ItemId(back, "GOV-01")}", Answer("Partial")), HttpStatusCode.Conflict, "Compliance.ItemLocked");
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PutAsJsonAsync($"{file}/items/{ItemId(back, "PRIV-01")}", Answer("Partial", comment: "Résolution jointe", evidence: [evidence]))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coop.PostAsync($"{file}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await auditor.PostAsJsonAsync($"{file}/items/{ItemId(back, "PRIV-01")}/review", new { accept = true })).StatusCode);
        Assert.Equal("Accepted", (await AssessmentAsync(coop, coopA.Id, campaign)).GetProperty("status").GetString());

        var visit = await auditor.PostAsJsonAsync($"{file}/visits", new
        {
            visitedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), summary = "Visite au siège",
            findings = new[] { new { kind = "MinorNonConformity", text = "Registre des incidents non révisé", itemId = ItemId(back, "PRIV-01"),
                actions = new[] { new { title = "Réviser le registre des incidents", owner = "Directrice générale", dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) } } } },
        });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        await ProblemAssert.IsProblem(await auditor.PostAsync($"{file}/close", null), HttpStatusCode.UnprocessableEntity, "Compliance.ActionsOpen");
        var action = (await AssessmentAsync(coop, coopA.Id, campaign)).GetProperty("visits")[0].GetProperty("findings")[0].GetProperty("actions")[0];
        var actionUrl = $"{file}/actions/{action.GetProperty("id").GetGuid()}";
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync(actionUrl, new { status = "Done", version = 0 }), HttpStatusCode.UnprocessableEntity, "Compliance.ActionProofRequired");
        var proof = await AddEvidenceAsync(coop, coopA.Id, "registre-revise.pdf");
        Assert.Equal(HttpStatusCode.OK, (await coop.PutAsJsonAsync(actionUrl, new { status = "Done", proofEvidenceId = proof, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await auditor.PostAsync($"{file}/close", null)).StatusCode);

        // The campaign stays open while coop B's file is open.
        var campaigns = await admin.GetFromJsonAsync<JsonElement>(Campaigns);
        Assert.Equal("Open", campaigns.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(1, campaigns.GetProperty("items")[0].GetProperty("closed").GetInt32());

        // Score: GOV-01 3×1 + GOV-02 1×½ + PRIV-01 2×½ = 4.5 of 6.
        var results = await coop.GetFromJsonAsync<JsonElement>($"{file}/results");
        Assert.Equal(75m, results.GetProperty("score").GetDecimal());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("federation").ValueKind);

        var report = await coop.GetAsync($"{file}/report.pdf");
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await report.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Rapport d'audit de conformité", text, StringComparison.Ordinal);
            Assert.Contains("Coop Alpha", text, StringComparison.Ordinal);
            Assert.Contains("Réviser le registre des incidents", text, StringComparison.Ordinal);
            Assert.Contains("75,0", text, StringComparison.Ordinal);
        }
        using (var pdf = PdfDocument.Open(await coop.GetByteArrayAsync($"{file}/report.pdf?lang=en")))
            Assert.Contains("Conformity audit report", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        using (var pdf = PdfDocument.Open(await coop.GetByteArrayAsync($"{file}/applicability.pdf")))
            Assert.Contains("TELE-01", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);

        var workbook = new MemoryStream(await admin.GetByteArrayAsync($"{Campaigns}/{campaign}/export.xlsx"));
        Assert.Contains("Réponses", MiniExcel.GetSheetNames(workbook));
        Assert.Equal(8, MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Réponses").Count());

        Assert.NotEmpty(await AuditAsync(app, AuditEventType.AssessmentSubmitted));
        Assert.Single(await AuditAsync(app, AuditEventType.AssessmentClosed));
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.AssessmentReviewed)).Count);
    }

    [Fact]
    public async Task Bad_answers_and_bad_evidence_get_a_coded_error_and_write_nothing()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var campaign = await OpenAsync(admin, await PublishedVersionAsync(app), [coopA.Id]);
        var coop = await app.ClientAsync(Role.CoopAdmin, coopA.Id);
        var file = File(coopA.Id, campaign);
        var assessment = await AssessmentAsync(coop, coopA.Id, campaign);
        var item = ItemId(assessment, "GOV-01");

        var problem = await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{item}", Answer("NotApplicable", "  ")), HttpStatusCode.BadRequest, "Compliance.NotApplicableNeedsJustification");
        Assert.Contains("justification", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{ItemId(assessment, "TELE-01")}", Answer("Compliant")), HttpStatusCode.UnprocessableEntity, "Compliance.ItemNotApplicable");
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{item}", Answer("Compliant", comment: new string('x', 4001))), HttpStatusCode.BadRequest, "Compliance.TextTooLong");
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{item}", Answer("Compliant", evidence: [Guid.NewGuid()])), HttpStatusCode.NotFound, "Compliance.EvidenceNotFound");
        await ProblemAssert.IsProblem(await coop.PostAsync($"{file}/submit", null), HttpStatusCode.UnprocessableEntity, "Compliance.AssessmentIncomplete");
        var unchanged = await AssessmentAsync(coop, coopA.Id, campaign);
        Assert.Equal(("ToDo", 0), (unchanged.GetProperty("status").GetString(), unchanged.GetProperty("answered").GetInt32()));

        var evidence = $"/api/v1/compliance/coops/{coopA.Id}/evidence";
        byte[] exe = [.. "MZ"u8, .. new byte[600]];
        await ProblemAssert.IsProblem(await coop.PostAsync(evidence, EvidenceForm(exe, "rapport.pdf")), HttpStatusCode.UnprocessableEntity, "Files.Executable");
        await ProblemAssert.IsProblem(await coop.PostAsync(evidence, EvidenceForm("just some text"u8.ToArray(), "notes.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TypeNotAllowed");
        await ProblemAssert.IsProblem(await coop.PostAsync(evidence, EvidenceForm(Pdf(20 * 1024 * 1024 + 1), "gros.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TooLarge");
        await ProblemAssert.IsProblem(await coop.PostAsync(evidence, EvidenceForm(Pdf(), "futur.pdf", attestsOn: "2999-01-01")), HttpStatusCode.BadRequest, "Compliance.EvidenceDatesInvalid");
        await ProblemAssert.IsProblem(await coop.PostAsync(evidence, EvidenceForm(Pdf(), "sans-titre.pdf", title: "")), HttpStatusCode.BadRequest, "Compliance.EvidenceTitleRequired");
        Assert.Equal(0, await RowsAsync<CoopSante.Compliance.Campaigns.Evidence>(app));
        Assert.Equal(0, await RowsAsync<CoopSante.Compliance.Campaigns.ItemEvidence>(app));
        Assert.Empty(await AuditAsync(app, AuditEventType.AssessmentAnswered));

        // The English caller reads the same code in English.
        var english = await app.ClientAsync(await app.UserAsync(Role.CoopAdmin, coopA.Id), "en-CA");
        var en = await ProblemAssert.IsProblem(await english.PutAsJsonAsync($"{file}/items/{item}", Answer("NotApplicable")), HttpStatusCode.BadRequest, "Compliance.NotApplicableNeedsJustification");
        Assert.Contains("requires a justification", en.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coop_never_sees_another_coops_answers_evidence_or_results()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var coopB = await CreateAsync(admin, Input(name: "Coop Bêta"));
        var campaign = await OpenAsync(admin, await PublishedVersionAsync(app), [coopA.Id, coopB.Id]);
        var coop = await app.ClientAsync(Role.CoopAdmin, coopA.Id);
        var assessment = await AssessmentAsync(coop, coopA.Id, campaign);
        var evidence = await AddEvidenceAsync(coop, coopA.Id, "Canari-A-7781.pdf");
        const string canary = "Canari-A-7781";
        await coop.PutAsJsonAsync($"{File(coopA.Id, campaign)}/items/{ItemId(assessment, "GOV-01")}", Answer("Compliant", comment: canary, evidence: [evidence]));

        var file = File(coopA.Id, campaign);
        foreach (var (method, url) in new[]
        {
            (HttpMethod.Get, $"{file}/assessment"), (HttpMethod.Get, $"{file}/results"), (HttpMethod.Get, $"{file}/report.pdf"),
            (HttpMethod.Get, $"{file}/applicability.pdf"), (HttpMethod.Get, $"{file}/applicability.xlsx"),
            (HttpMethod.Get, $"/api/v1/compliance/coops/{coopA.Id}/evidence"), (HttpMethod.Get, $"/api/v1/compliance/coops/{coopA.Id}/evidence/{evidence}/content"),
        })
            await TenancyProbe.AssertIsolatedAsync(app, coopB.Id, method, url, canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, coopB.Id, HttpMethod.Put, $"{file}/items/{ItemId(assessment, "GOV-02")}", Answer("Compliant"));
        await TenancyProbe.AssertIsolatedAsync(app, coopB.Id, HttpMethod.Post, $"{file}/submit");
        await TenancyProbe.AssertIsolatedAsync(app, coopB.Id, HttpMethod.Post, $"/api/v1/compliance/coops/{coopA.Id}/evidence", content: () => EvidenceForm(Pdf(), "x.pdf"));

        // Coop B's own admin, through its own route, with A's evidence id: not found, nothing attached.
        var other = await app.ClientAsync(Role.CoopAdmin, coopB.Id);
        var theirs = await AssessmentAsync(other, coopB.Id, campaign);
        await ProblemAssert.IsProblem(await other.PutAsJsonAsync($"{File(coopB.Id, campaign)}/items/{ItemId(theirs, "GOV-01")}", Answer("Compliant", evidence: [evidence])), HttpStatusCode.NotFound, "Compliance.EvidenceNotFound");
        Assert.DoesNotContain(canary, await (await other.GetAsync(Campaigns)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await other.GetFromJsonAsync<JsonElement>(Campaigns);
        Assert.Equal(1, list.GetProperty("items")[0].GetProperty("coops").GetInt32());
        // Coop staff opening campaigns or the heat map is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{Campaigns}/{campaign}/heatmap")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync(Campaigns, new { name = "x", versionId = Guid.NewGuid(), dueOn = "2030-01-01", coopIds = new[] { coopB.Id } })).StatusCode);
    }

    [Fact]
    public async Task A_new_campaign_starts_from_the_last_assessment_with_answers_and_evidence_carried_over_and_every_status_to_do()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var version = await PublishedVersionAsync(app);
        var first = await OpenAsync(admin, version, [coopA.Id], "Campagne 2025");
        var coop = await app.ClientAsync(Role.CoopAdmin, coopA.Id);
        var assessment = await AssessmentAsync(coop, coopA.Id, first);
        var evidence = await AddEvidenceAsync(coop, coopA.Id);
        await coop.PutAsJsonAsync($"{File(coopA.Id, first)}/items/{ItemId(assessment, "GOV-01")}", Answer("Compliant", comment: "Tenue en juin", evidence: [evidence]));
        await coop.PutAsJsonAsync($"{File(coopA.Id, first)}/items/{ItemId(assessment, "PRIV-01")}", Answer("NotApplicable", "Aucun renseignement détenu"));

        var second = await OpenAsync(admin, version, [coopA.Id], "Campagne 2026", carryOver: true);
        var carried = await AssessmentAsync(coop, coopA.Id, second);
        var gov = carried.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "GOV-01");
        Assert.Equal(("Compliant", "Tenue en juin", "ToDo", true), (gov.GetProperty("answer").GetString(), gov.GetProperty("comment").GetString(), gov.GetProperty("status").GetString(), gov.GetProperty("carriedOver").GetBoolean()));
        Assert.Equal(evidence, gov.GetProperty("evidence")[0].GetProperty("id").GetGuid());
        var priv = carried.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "PRIV-01");
        Assert.Equal("Aucun renseignement détenu", priv.GetProperty("justification").GetString());
        // Nothing counts as answered until the coop confirms it.
        Assert.Equal(0, carried.GetProperty("answered").GetInt32());
        await ProblemAssert.IsProblem(await coop.PostAsync($"{File(coopA.Id, second)}/submit", null), HttpStatusCode.UnprocessableEntity, "Compliance.AssessmentIncomplete");
        // The first campaign's answers are untouched.
        Assert.Equal("Answered", (await AssessmentAsync(coop, coopA.Id, first)).GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "GOV-01").GetProperty("status").GetString());
        // The trend across campaigns: each campaign the coop took part in, oldest first, the first scored from its answers
        // (GOV-01 compliant, weight 3; GOV-02 unanswered, weight 1; PRIV-01 not applicable, out): 6 / 8.
        var trend = (await coop.GetFromJsonAsync<JsonElement>($"{File(coopA.Id, second)}/results")).GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(["Campagne 2025", "Campagne 2026"], trend.Select(t => t.GetProperty("campaignName").GetString()));
        Assert.Equal(75.0m, trend[0].GetProperty("score").GetDecimal());
        // The carried-over proposals earn nothing until the coop confirms them (PRIV-01's "not applicable" included): 0 / 12.
        Assert.Equal(0m, trend[1].GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task The_federation_distribution_shows_only_from_five_coops_that_answered_and_the_heat_map_matches_each_coops_score()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coops = new List<Guid>();
        for (var i = 0; i < 5; i++) coops.Add((await CreateAsync(admin, Input(name: $"Coop {i}"))).Id);
        var campaign = await OpenAsync(admin, await PublishedVersionAsync(app), coops);
        string[] answers = ["Compliant", "Partial", "NonCompliant", "Compliant", "Partial"];
        for (var i = 0; i < 5; i++)
        {
            var c = await app.ClientAsync(Role.CoopAdmin, coops[i]);
            var a = await AssessmentAsync(c, coops[i], campaign);
            foreach (var code in new[] { "GOV-01", "GOV-02", "PRIV-01" })
                Assert.Equal(HttpStatusCode.NoContent, (await c.PutAsJsonAsync($"{File(coops[i], campaign)}/items/{ItemId(a, code)}", Answer(answers[i]))).StatusCode);
            if (i < 4) Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsync($"{File(coops[i], campaign)}/submit", null)).StatusCode);
            else
            {
                var hidden = await c.GetFromJsonAsync<JsonElement>($"{File(coops[i], campaign)}/results");
                Assert.Equal(JsonValueKind.Null, hidden.GetProperty("federation").ValueKind);
                Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsync($"{File(coops[i], campaign)}/submit", null)).StatusCode);
            }
        }
        var first = await app.ClientAsync(Role.CoopAdmin, coops[0]);
        var results = await first.GetFromJsonAsync<JsonElement>($"{File(coops[0], campaign)}/results");
        var federation = results.GetProperty("federation");
        Assert.Equal((5, 50m, 50m, 100m), (federation.GetProperty("coops").GetInt32(), federation.GetProperty("q1").GetDecimal(), federation.GetProperty("median").GetDecimal(), federation.GetProperty("q3").GetDecimal()));
        Assert.Equal(100m, results.GetProperty("score").GetDecimal());
        // The coop's page names no other coop.
        Assert.DoesNotContain("Coop 1", results.ToString(), StringComparison.Ordinal);

        var heat = await admin.GetFromJsonAsync<JsonElement>($"{Campaigns}/{campaign}/heatmap");
        Assert.Equal(["Gouvernance", "Renseignements personnels"], heat.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var rows = heat.GetProperty("coops").GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("coopName").GetString()!);
        Assert.Equal(0m, rows["Coop 2"].GetProperty("score").GetDecimal());
        Assert.Equal(50m, rows["Coop 1"].GetProperty("score").GetDecimal());
        Assert.Equal(100m, rows["Coop 3"].GetProperty("sections")[1].GetDecimal());
    }
}
