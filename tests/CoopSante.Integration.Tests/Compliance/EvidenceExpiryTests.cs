using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Compliance.CampaignTestData;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>
/// An evidence file may carry an expiry. Past it, the file stays in the coop's library and on the answers it supported,
/// flagged "expired" to the coop and to the auditor; but no answer saved from then on may rest on it, in this campaign
/// or in one that carried it over.
/// </summary>
public sealed class EvidenceExpiryTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object Answer(string answer, params Guid[] evidence) => new { answer, evidenceIds = evidence };

    private static async Task<Guid> EvidenceAsync(HttpClient coop, Guid coopId, string title, DateOnly attestsOn, DateOnly expiresOn)
    {
        var form = EvidenceForm(Pdf(), "piece.pdf", title, attestsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), expiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var response = await coop.PostAsync($"/api/v1/compliance/coops/{coopId}/evidence", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static JsonElement Item(JsonElement assessment, string code) =>
        assessment.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == code);

    private static (Guid Id, bool Expired)[] Evidence(JsonElement item) =>
        [.. item.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("expired").GetBoolean()))];

    private async Task<int> AttachedAsync(Guid itemId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Set<ItemEvidence>().IgnoreQueryFilters().CountAsync(e => e.ItemId == itemId);
    }

    [Fact]
    public async Task Expired_evidence_is_flagged_to_the_coop_and_the_auditor_and_no_answer_saved_after_its_expiry_may_rest_on_it()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var version = await PublishedVersionAsync(app);
        var first = await OpenAsync(admin, version, [coopA.Id], "Campagne 2025");
        var coop = await app.ClientAsync(Role.CoopAdmin, coopA.Id);
        var file = File(coopA.Id, first);
        var assessment = await AssessmentAsync(coop, coopA.Id, first);
        var today = CoopSante.Platform.Time.QuebecClock.Today(app.Services.GetRequiredService<TimeProvider>()); // the host's day in Québec, not UTC's

        // A policy valid for another year supports GOV-01.
        var policy = await EvidenceAsync(coop, coopA.Id, "Politique de confidentialité", today.AddYears(-1), today.AddYears(1));
        var gov01 = ItemId(assessment, "GOV-01");
        Assert.True((await coop.PutAsJsonAsync($"{file}/items/{gov01}", Answer("Compliant", policy))).IsSuccessStatusCode);
        Assert.Equal([(policy, false)], Evidence(Item(await AssessmentAsync(coop, coopA.Id, first), "GOV-01")));

        // An insurance certificate that lapsed last month may sit in the library, listed as expired…
        var lapsed = await EvidenceAsync(coop, coopA.Id, "Attestation d'assurance 2024", today.AddYears(-2), today.AddDays(-30));
        var library = (await coop.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/coops/{coopA.Id}/evidence")).GetProperty("items").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetGuid(), e => e.GetProperty("expired").GetBoolean());
        Assert.Equal(new Dictionary<Guid, bool> { [policy] = false, [lapsed] = true }, library);

        // …but no answer may rest on it: a coded error naming the file, in the caller's language, and nothing written.
        var gov02 = ItemId(assessment, "GOV-02");
        var fr = await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{file}/items/{gov02}", Answer("Compliant", policy, lapsed)), HttpStatusCode.UnprocessableEntity, "Compliance.EvidenceExpired");
        Assert.Contains("« Attestation d'assurance 2024 » est expirée", fr.GetProperty("title").GetString(), StringComparison.Ordinal);
        var english = await app.ClientAsync(await app.UserAsync(Role.CoopAdmin, coopA.Id), "en-CA");
        var en = await ProblemAssert.IsProblem(await english.PutAsJsonAsync($"{file}/items/{gov02}", Answer("Compliant", lapsed)), HttpStatusCode.UnprocessableEntity, "Compliance.EvidenceExpired");
        Assert.Contains("“Attestation d'assurance 2024” expired", en.GetProperty("title").GetString(), StringComparison.Ordinal);
        var unchanged = Item(await AssessmentAsync(coop, coopA.Id, first), "GOV-02");
        Assert.Equal(("ToDo", 0), (unchanged.GetProperty("status").GetString(), unchanged.GetProperty("evidence").GetArrayLength()));
        Assert.Equal(0, await AttachedAsync(gov02));

        // The policy lapses while the file is open (its expiry passes): the coop and the assigned auditor both see it flagged.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Set<Evidence>().IgnoreQueryFilters()
                .Where(e => e.Id == policy).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExpiresOn, today.AddDays(-1)));
        }
        Assert.Equal([(policy, true)], Evidence(Item(await AssessmentAsync(coop, coopA.Id, first), "GOV-01")));
        var auditorUser = await app.UserAsync(Role.FederationAuditor);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/federation/auditor-assignments", new { auditorId = auditorUser.Id, coopId = coopA.Id })).StatusCode);
        var auditor = await app.ClientAsync(auditorUser);
        Assert.Equal([(policy, true)], Evidence(Item(await AssessmentAsync(auditor, coopA.Id, first), "GOV-01")));
        // The answer given while it was valid stands as given.
        Assert.Equal("Answered", Item(await AssessmentAsync(coop, coopA.Id, first), "GOV-01").GetProperty("status").GetString());

        // Carried into a new campaign, the lapsed policy comes along flagged; confirming the answer on it is refused,
        // confirming it on a current proof goes through.
        var second = await OpenAsync(admin, version, [coopA.Id], "Campagne 2026", carryOver: true);
        var carried = await AssessmentAsync(coop, coopA.Id, second);
        Assert.Equal([(policy, true)], Evidence(Item(carried, "GOV-01")));
        var carriedGov01 = ItemId(carried, "GOV-01");
        await ProblemAssert.IsProblem(await coop.PutAsJsonAsync($"{File(coopA.Id, second)}/items/{carriedGov01}", Answer("Compliant", policy)), HttpStatusCode.UnprocessableEntity, "Compliance.EvidenceExpired");
        Assert.Equal("ToDo", Item(await AssessmentAsync(coop, coopA.Id, second), "GOV-01").GetProperty("status").GetString());
        var renewed = await EvidenceAsync(coop, coopA.Id, "Politique de confidentialité 2026", today, today.AddYears(2));
        Assert.True((await coop.PutAsJsonAsync($"{File(coopA.Id, second)}/items/{carriedGov01}", Answer("Compliant", renewed))).IsSuccessStatusCode);
        var confirmed = Item(await AssessmentAsync(coop, coopA.Id, second), "GOV-01");
        Assert.Equal("Answered", confirmed.GetProperty("status").GetString());
        Assert.Equal([(renewed, false)], Evidence(confirmed));
    }
}
