using System.Net;
using System.Net.Http.Json;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>Builders and reads for the compliance tests.</summary>
internal static class ComplianceTestData
{
    public static RecommendationInput Rec(Guid sectionId, string code, string statement = "La coop fait ceci.", int criticality = 2, string applicability = "Always", int? parameter = null) =>
        new(sectionId, code, $"Titre {code}", $"Title {code}", statement, "The coop does this.", null, null, "RLRQ c. C-67.2, art. 76", null, null, criticality, applicability, parameter);

    public static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>A framework with one draft holding the given sections, each with recommendations coded PREFIX-1…n.</summary>
    public static async Task<(Guid FrameworkId, Guid VersionId, List<SectionDto> Sections)> DraftAsync(HttpClient admin, string name, params (string Title, int Count)[] sections)
    {
        var f = await OkAsync<FrameworkListItem>(await admin.PostAsJsonAsync("/api/v1/compliance/frameworks", new FrameworkInput(name)));
        var versionId = f.Versions[0].Id;
        var made = new List<SectionDto>();
        foreach (var (title, count) in sections)
        {
            var s = await OkAsync<SectionDto>(await admin.PostAsJsonAsync($"/api/v1/compliance/versions/{versionId}/sections", new SectionInput(title, title + " (en)")));
            for (var i = 1; i <= count; i++)
                await OkAsync<RecommendationDto>(await admin.PostAsJsonAsync($"/api/v1/compliance/versions/{versionId}/recommendations", Rec(s.Id, $"{title[..3].ToUpperInvariant()}-{i}")));
            made.Add(s);
        }
        return (f.Id, versionId, made);
    }

    public static async Task<T> InDbAsync<T>(AppFixture app, Func<ComplianceDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>());
    }

    public static async Task<List<AuditEvent>> AuditAsync(AppFixture app, AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Type == type).OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<(int Versions, int Recommendations)> CountsAsync(AppFixture app) =>
        await InDbAsync(app, async db => (await db.FrameworkVersions.CountAsync(), await db.Recommendations.CountAsync()));

    public static void Status(HttpResponseMessage response, HttpStatusCode expected) => Assert.Equal(expected, response.StatusCode);
}
