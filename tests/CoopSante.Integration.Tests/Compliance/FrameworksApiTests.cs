using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopSante.Compliance;
using CoopSante.Compliance.Frameworks;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Compliance.ComplianceTestData;

namespace CoopSante.Integration.Tests.Compliance;

public sealed class FrameworksApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string V(Guid id) => $"/api/v1/compliance/versions/{id}";

    [Fact]
    public async Task A_federation_admin_authors_reorders_and_publishes_a_version_and_the_list_shows_its_count()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (frameworkId, versionId, sections) = await DraftAsync(admin, "Cadre de test", ("Gouvernance", 2), ("Vie privée", 1));
        var detail = await OkAsync<VersionDetail>(await admin.GetAsync(V(versionId)));
        var gov2 = detail.Sections[0].Recommendations[1];
        Assert.Equal("GOU-2", gov2.Code);

        // Move GOU-2 first in its section, then move VIE-1 into Gouvernance at the end; the sections swap places.
        Status(await admin.PostAsJsonAsync($"{V(versionId)}/recommendations/{gov2.Id}/move", new MoveInput(null, 0)), HttpStatusCode.NoContent);
        var vie1 = detail.Sections[1].Recommendations[0];
        Status(await admin.PostAsJsonAsync($"{V(versionId)}/recommendations/{vie1.Id}/move", new MoveInput(sections[0].Id, 2)), HttpStatusCode.NoContent);
        Status(await admin.PostAsJsonAsync($"{V(versionId)}/sections/{sections[1].Id}/move", new MoveInput(null, 0)), HttpStatusCode.NoContent);
        detail = await OkAsync<VersionDetail>(await admin.GetAsync(V(versionId)));
        Assert.Equal(["Vie privée", "Gouvernance"], detail.Sections.Select(s => s.TitleFr));
        Assert.Equal(["GOU-2", "GOU-1", "VIE-1"], detail.Sections[1].Recommendations.Select(r => r.Code));
        Assert.Equal([1, 2, 3], detail.Sections[1].Recommendations.Select(r => r.Order));

        // The emptied section keeps the version from being published, with a stable code naming it; nothing changes.
        var refused = await admin.PostAsJsonAsync($"{V(versionId)}/status", new StatusInput("Published"));
        var problem = await ProblemAssert.IsProblem(refused, HttpStatusCode.UnprocessableEntity, "Compliance.SectionEmpty");
        Assert.Contains("Vie privée", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(FrameworkVersionStatus.Draft, await InDbAsync(app, db => db.FrameworkVersions.Where(v => v.Id == versionId).Select(v => v.Status).SingleAsync()));

        Status(await admin.DeleteAsync($"{V(versionId)}/sections/{sections[1].Id}"), HttpStatusCode.NoContent);
        Status(await admin.PostAsJsonAsync($"{V(versionId)}/status", new StatusInput("InConsultation")), HttpStatusCode.OK);
        Status(await admin.PostAsJsonAsync($"{V(versionId)}/status", new StatusInput("Published")), HttpStatusCode.OK);

        // Frozen once published.
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{V(versionId)}/sections", new SectionInput("Nouvelle", "New")), HttpStatusCode.Conflict, "Compliance.VersionNotEditable");

        using var list = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/compliance/frameworks"));
        var framework = list.RootElement.EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == frameworkId);
        Assert.Equal("Cadre de test", framework.GetProperty("name").GetString());
        Assert.False(framework.GetProperty("isExample").GetBoolean());
        var version = framework.GetProperty("versions").EnumerateArray().Single();
        Assert.Equal(versionId, version.GetProperty("id").GetGuid());
        Assert.Equal(1, version.GetProperty("number").GetInt32());
        Assert.Equal("Published", version.GetProperty("status").GetString());
        Assert.Equal(3, version.GetProperty("recommendationCount").GetInt32());

        Assert.Equal(2, (await AuditAsync(app, AuditEventType.FrameworkVersionStatusChanged)).Count);
        Assert.Single(await AuditAsync(app, AuditEventType.FrameworkContentDeleted));
    }

    [Fact]
    public async Task Auditors_read_frameworks_but_cannot_author_and_coop_people_and_anonymous_get_nothing()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (_, versionId, sections) = await DraftAsync(admin, "canari-cadre-hibou", ("Gouvernance", 1));
        var auditor = await app.ClientAsync(Role.FederationAuditor);
        Assert.Contains("canari-cadre-hibou", await auditor.GetStringAsync("/api/v1/compliance/frameworks"), StringComparison.Ordinal);
        Status(await auditor.GetAsync(V(versionId)), HttpStatusCode.OK);
        Status(await auditor.PostAsJsonAsync($"{V(versionId)}/recommendations", Rec(sections[0].Id, "AUD-1")), HttpStatusCode.Forbidden);
        Status(await auditor.PostAsJsonAsync($"{V(versionId)}/status", new StatusInput("Published")), HttpStatusCode.Forbidden);
        Status(await auditor.GetAsync($"{V(versionId)}/export"), HttpStatusCode.Forbidden);

        var coop = Guid.CreateVersion7();
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Get, "/api/v1/compliance/frameworks", canary: "canari-cadre-hibou");
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Get, V(versionId), canary: "canari-cadre-hibou");
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Post, $"{V(versionId)}/recommendations", Rec(sections[0].Id, "COOP-1"));
        await TenancyProbe.AssertIsolatedAsync(app, coop, HttpMethod.Post, $"{V(versionId)}/duplicate");
        Assert.Equal((1, 1), await CountsAsync(app));
    }

    [Theory]
    [InlineData("code", "bad code!", "Compliance.CodeInvalid")]
    [InlineData("criticality", "9", "Compliance.CriticalityInvalid")]
    [InlineData("applicability", "Sometimes", "Compliance.ApplicabilityUnknown")]
    [InlineData("applicabilityParameter", "missing", "Compliance.ApplicabilityParameterInvalid")]
    [InlineData("titleFr", "Titre\u0007", "Platform.MalformedRequest")] // the platform refuses control characters before the feature sees them
    [InlineData("statementFr", "", "Platform.Required")]
    public async Task A_bad_recommendation_gets_a_localized_error_with_a_stable_code_and_nothing_is_written(string field, string value, string code)
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (_, versionId, sections) = await DraftAsync(admin, "Cadre", ("Gouvernance", 0));
        var input = Rec(sections[0].Id, "GOV-1");
        input = field switch
        {
            "code" => input with { Code = value },
            "criticality" => input with { Criticality = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "applicability" => input with { Applicability = value },
            "applicabilityParameter" => input with { Applicability = "MoreMembersThan", ApplicabilityParameter = null },
            "titleFr" => input with { TitleFr = value },
            _ => input with { StatementFr = value },
        };
        var problem = await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{V(versionId)}/recommendations", input), HttpStatusCode.BadRequest, code);
        Assert.DoesNotContain(code, problem.GetProperty("title").GetString(), StringComparison.Ordinal); // a message, not the bare code
        Assert.Equal(0, await InDbAsync(app, db => db.Recommendations.CountAsync()));
    }

    [Fact]
    public async Task A_version_exported_as_json_and_as_xlsx_imports_back_as_a_new_draft_with_the_same_text()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (frameworkId, versionId, sections) = await DraftAsync(admin, "Cadre", ("Gouvernance", 2), ("Vie privée", 1));
        // A statement that looks like a formula survives the XLSX round trip as text.
        var formula = Rec(sections[1].Id, "VIE-9", statement: "=HYPERLINK(\"http://x\")", applicability: "MoreMembersThan", parameter: 2000);
        await OkAsync<RecommendationDto>(await admin.PostAsJsonAsync($"{V(versionId)}/recommendations", formula));
        var original = await OkAsync<VersionDetail>(await admin.GetAsync(V(versionId)));

        foreach (var format in new[] { "json", "xlsx" })
        {
            var file = await admin.GetByteArrayAsync($"{V(versionId)}/export?format={format}");
            using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", $"cadre.{format}" } };
            var created = await OkAsync<VersionListItem>(await admin.PostAsync($"/api/v1/compliance/frameworks/{frameworkId}/import", form));
            Assert.Equal("Draft", created.Status);
            var imported = await OkAsync<VersionDetail>(await admin.GetAsync(V(created.Id)));
            Assert.Equal(original.Sections.Select(s => (s.TitleFr, s.TitleEn)), imported.Sections.Select(s => (s.TitleFr, s.TitleEn)));
            Assert.Equal(
                original.Sections.SelectMany(s => s.Recommendations).Select(r => r with { Id = default, SectionId = default }),
                imported.Sections.SelectMany(s => s.Recommendations).Select(r => r with { Id = default, SectionId = default }));
        }
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.FrameworkVersionImported)).Count);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\":\"coopsante.framework-version\",\"formatVersion\":1,\"sections\":[{\"titleFr\":\"A\",\"titleEn\":\"A\",\"recommendations\":[{\"code\":\"A-1\",\"titleFr\":\"t\",\"titleEn\":\"t\",\"statementFr\":\"s\",\"statementEn\":\"s\",\"criticality\":2},{\"code\":\"A-1\"}]}]}")]
    [InlineData("PK\u0003\u0004 broken zip")]
    [InlineData("{\"format\":\"other\",\"formatVersion\":1,\"sections\":[]}")]
    public async Task A_malformed_or_invalid_import_file_is_refused_whole_with_a_localized_error(string content)
    {
        var admin = await app.ClientAsync(Role.FederationAdmin, culture: "en-CA");
        var (frameworkId, _, _) = await DraftAsync(admin, "Cadre", ("Gouvernance", 1));
        var before = await CountsAsync(app);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", "cadre.json" } };
        var response = await admin.PostAsync($"/api/v1/compliance/frameworks/{frameworkId}/import", form);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Compliance.", text, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(app));
        Assert.Empty(await AuditAsync(app, AuditEventType.FrameworkVersionImported));
    }

    [Fact]
    public async Task A_duplicated_draft_compared_with_its_source_shows_added_removed_moved_and_changed_with_the_word_diff()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (_, v1, _) = await DraftAsync(admin, "Cadre", ("Gouvernance", 3), ("Vie privée", 1));
        var copy = await OkAsync<VersionListItem>(await admin.PostAsync($"{V(v1)}/duplicate", null));
        Assert.Equal(2, copy.Number);
        var d = await OkAsync<VersionDetail>(await admin.GetAsync(V(copy.Id)));
        var (gov, vie) = (d.Sections[0], d.Sections[1]);
        var gou1 = gov.Recommendations[0];
        await OkAsync<RecommendationDto>(await admin.PutAsJsonAsync($"{V(copy.Id)}/recommendations/{gou1.Id}",
            Rec(gov.Id, "GOU-1", statement: "La coop fait cela chaque année.")));
        Status(await admin.PostAsJsonAsync($"{V(copy.Id)}/recommendations/{gov.Recommendations[1].Id}/move", new MoveInput(vie.Id, 1)), HttpStatusCode.NoContent);
        Status(await admin.DeleteAsync($"{V(copy.Id)}/recommendations/{gov.Recommendations[2].Id}"), HttpStatusCode.NoContent);
        await OkAsync<RecommendationDto>(await admin.PostAsJsonAsync($"{V(copy.Id)}/recommendations", Rec(vie.Id, "VIE-2")));

        var result = await OkAsync<VersionComparisonResult>(await admin.GetAsync($"{V(v1)}/compare/{copy.Id}"));
        Assert.Equal(new ComparisonSummary(Added: 1, Removed: 1, Moved: 1, Changed: 1, Unchanged: 1), result.Summary);
        Assert.Equal("Added", result.Items.Single(i => i.Code == "VIE-2").Kind);
        Assert.Equal("Removed", result.Items.Single(i => i.Code == "GOU-3").Kind);
        var moved = result.Items.Single(i => i.Code == "GOU-2");
        Assert.True(moved.Moved);
        Assert.Equal(("Gouvernance", "Vie privée"), (moved.FromSectionFr, moved.ToSectionFr));
        var changed = result.Items.Single(i => i.Code == "GOU-1");
        var diff = Assert.Single(changed.Changes);
        Assert.Equal("statementFr", diff.Field);
        Assert.Contains(diff.Parts, p => p.Kind == "Removed" && p.Text.Contains("ceci.", StringComparison.Ordinal));
        Assert.Contains(diff.Parts, p => p.Kind == "Added" && p.Text.Contains("chaque année.", StringComparison.Ordinal));
        Assert.Equal("La coop fait ceci.", string.Concat(diff.Parts.Where(p => p.Kind != "Added").Select(p => p.Text)));
    }

    [Fact]
    public async Task Publishing_a_new_version_retires_the_previous_one()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (_, v1, _) = await DraftAsync(admin, "Cadre", ("Gouvernance", 1));
        Status(await admin.PostAsJsonAsync($"{V(v1)}/status", new StatusInput("Published")), HttpStatusCode.OK);
        var v2 = await OkAsync<VersionListItem>(await admin.PostAsync($"{V(v1)}/duplicate", null));
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{V(v2.Id)}/status", new StatusInput("Retired")), HttpStatusCode.Conflict, "Compliance.StatusChangeRefused");
        Status(await admin.PostAsJsonAsync($"{V(v2.Id)}/status", new StatusInput("Published")), HttpStatusCode.OK);
        var statuses = await InDbAsync(app, db => db.FrameworkVersions.OrderBy(v => v.Number).Select(v => v.Status).ToListAsync());
        Assert.Equal([FrameworkVersionStatus.Retired, FrameworkVersionStatus.Published], statuses);
    }
}
