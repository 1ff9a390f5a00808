using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Campaigns.Demo;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Demo;
using CoopSante.Federation.Demo;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>
/// The demo's conformity data, as the issue asks: the example framework published and labelled as an example, a newer draft
/// in consultation with comments, a campaign in progress with Contrecoeur's assessment half answered, a closed campaign
/// with results for at least 8 coops.
/// </summary>
public sealed class ComplianceDemoTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await ResetAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>()
            .Where(s => s is FederationDemoSeeder or ComplianceDemoSeeder or CampaignDemoSeeder).OrderBy(s => s.Order).ToList();
        Assert.Equal(3, seeders.Count);
        foreach (var seeder in seeders) await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        foreach (var seeder in seeders) await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None); // a second run adds nothing
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_demo_has_the_example_framework_published_a_draft_in_consultation_a_campaign_half_answered_by_Contrecoeur_and_a_closed_one_for_eight_coops_or_more()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var frameworks = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/compliance/frameworks")).EnumerateArray().ToList();
        var example = Assert.Single(frameworks);
        Assert.Equal(("Exemple — à remplacer par le Cadre de référence officiel", true), (example.GetProperty("name").GetString(), example.GetProperty("isExample").GetBoolean()));
        var versions = example.GetProperty("versions").EnumerateArray().OrderBy(v => v.GetProperty("number").GetInt32()).ToList();
        Assert.Equal(["Published", "InConsultation"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.InRange(versions[0].GetProperty("recommendationCount").GetInt32(), 18, 24);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var consultation = await db.Consultations.AsNoTracking().SingleAsync();
        Assert.Equal(versions[1].GetProperty("id").GetGuid(), consultation.VersionId);
        Assert.True(await db.ConsultationComments.CountAsync(c => c.ConsultationId == consultation.Id) >= 3);

        var campaigns = await db.Set<Campaign>().AsNoTracking().ToListAsync();
        Assert.Equal(2, campaigns.Count);
        var open = Assert.Single(campaigns, c => c.Status == CampaignStatus.Open);
        var closed = Assert.Single(campaigns, c => c.Status == CampaignStatus.Closed);
        var assessments = await db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking().Include(a => a.Items).ToListAsync();

        var contrecoeur = Assert.Single(assessments, a => a.CampaignId == open.Id && a.CoopId == DemoIds.Contrecoeur);
        var (answered, total) = AssessmentRules.Progress(contrecoeur.Items);
        Assert.Equal(total / 2, answered);
        Assert.True(answered > 0);
        Assert.Equal(AssessmentStatus.InProgress, contrecoeur.Status);

        var closedFiles = assessments.Where(a => a.CampaignId == closed.Id).ToList();
        Assert.True(closedFiles.Count >= 8, $"{closedFiles.Count} coops in the closed campaign");
        Assert.All(closedFiles, a => Assert.Equal(AssessmentStatus.Closed, a.Status));
        // Results: the heat map scores every coop of the closed campaign.
        var heat = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/campaigns/{closed.Id}/heatmap");
        var rows = heat.GetProperty("coops").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(closedFiles.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("score").ValueKind));
    }
}
