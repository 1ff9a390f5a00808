using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>Builders for campaign tests: a published version written straight to the compliance schema, evidence forms, assessment reads.</summary>
internal static class CampaignTestData
{
    public const string Campaigns = "/api/v1/compliance/campaigns";

    public static string File(Guid coopId, Guid campaignId) => $"/api/v1/compliance/coops/{coopId}/campaigns/{campaignId}";

    /// <summary>Two sections: GOV-01 (weight 3), GOV-02 (weight 1), PRIV-01 (weight 2) for every coop; TELE-01 only where telemedicine is offered.</summary>
    public static async Task<Guid> PublishedVersionAsync(AppFixture app, string frameworkName = "Cadre d'essai")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var framework = new Framework { Id = Guid.CreateVersion7(), Name = frameworkName, CreatedAt = DateTimeOffset.UtcNow };
        var version = new FrameworkVersion { Id = Guid.CreateVersion7(), FrameworkId = framework.Id, Number = 1, Status = FrameworkVersionStatus.Published, PublishedOn = new DateOnly(2026, 1, 15), CreatedAt = DateTimeOffset.UtcNow };
        var gov = new Section { Id = Guid.CreateVersion7(), VersionId = version.Id, Order = 1, TitleFr = "Gouvernance", TitleEn = "Governance" };
        var privacy = new Section { Id = Guid.CreateVersion7(), VersionId = version.Id, Order = 2, TitleFr = "Renseignements personnels", TitleEn = "Personal information" };
        version.Sections.AddRange([gov, privacy]);
        version.Recommendations.AddRange([
            Rec(version, gov, "GOV-01", 1, "Assemblée annuelle dans les six mois", "AGM within six months", 3),
            Rec(version, gov, "GOV-02", 2, "Rapport annuel transmis", "Annual report sent", 1),
            Rec(version, privacy, "PRIV-01", 1, "Responsable de la protection désigné", "Privacy officer designated", 2),
            Rec(version, privacy, "TELE-01", 2, "Consentement à la télémédecine", "Telemedicine consent", 2, ApplicabilityKind.OffersTelemedicine),
        ]);
        framework.Versions.Add(version);
        db.Add(framework);
        await db.SaveChangesAsync();
        return version.Id;
    }

    private static Recommendation Rec(FrameworkVersion v, Section s, string code, int order, string fr, string en, int weight, ApplicabilityKind kind = ApplicabilityKind.Always) =>
        new() { Id = Guid.CreateVersion7(), VersionId = v.Id, SectionId = s.Id, Code = code, Order = order, TitleFr = fr, TitleEn = en, StatementFr = fr, StatementEn = en, Criticality = weight, Applicability = kind };

    public static async Task<Guid> OpenAsync(HttpClient admin, Guid versionId, IEnumerable<Guid> coops, string name = "Campagne 2026", bool carryOver = false)
    {
        var response = await admin.PostAsJsonAsync(Campaigns, new { name, versionId, dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60), coopIds = coops.ToArray(), carryOver });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> AssessmentAsync(HttpClient client, Guid coopId, Guid campaignId)
    {
        var response = await client.GetAsync(File(coopId, campaignId) + "/assessment");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Guid ItemId(JsonElement assessment, string code) =>
        assessment.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();

    public static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static MultipartFormDataContent EvidenceForm(byte[] content, string fileName, string title = "Procès-verbal de l'AGA 2026", string attestsOn = "2026-06-15", string? expiresOn = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(title), "title" }, { new StringContent(attestsOn), "attestsOn" } };
        if (expiresOn is not null) form.Add(new StringContent(expiresOn), "expiresOn");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    public static async Task<Guid> AddEvidenceAsync(HttpClient coop, Guid coopId, string fileName = "pv-aga.pdf")
    {
        var response = await coop.PostAsync($"/api/v1/compliance/coops/{coopId}/evidence", EvidenceForm(Pdf(), fileName));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Rows of <typeparamref name="T"/> across every coop.</summary>
    public static async Task<int> RowsAsync<T>(AppFixture app) where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Set<T>().IgnoreQueryFilters().CountAsync();
    }
}
