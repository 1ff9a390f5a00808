using System.Net.Http.Json;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Campaigns.Reminders;
using CoopSante.Compliance.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Compliance.CampaignTestData;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Compliance;

public sealed class ComplianceRemindersTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<string?> RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceRemindersJob>().RunAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<string>> RemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking()
            .Where(e => e.Kind == "compliance-reminder").OrderBy(e => e.CreatedAt).Select(e => e.Subject).ToListAsync();
    }

    [Fact]
    public async Task One_email_per_item_and_threshold_ever_however_often_the_job_runs()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(admin, Input(name: "Coop Alpha"));
        await app.UserAsync(Role.CoopAdmin, coop.Id);
        var version = await PublishedVersionAsync(app);
        var response = await admin.PostAsJsonAsync(Campaigns, new { name = "Campagne 2026", versionId = version, dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), coopIds = new[] { coop.Id } });
        response.EnsureSuccessStatusCode();

        Assert.Equal("1", await RunJobAsync());
        Assert.Equal("0", await RunJobAsync());
        var subjects = await RemindersAsync();
        Assert.Single(subjects);
        Assert.Contains("Autoévaluation de conformité à remettre", subjects[0], StringComparison.Ordinal);

        // An overdue action-plan item: one more reminder, once.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var assessment = await db.Set<Assessment>().IgnoreQueryFilters().FirstAsync();
            var visit = new AuditVisit { Id = Guid.CreateVersion7(), CoopId = coop.Id, AssessmentId = assessment.Id, VisitedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40), RecordedAt = DateTimeOffset.UtcNow };
            var finding = new Finding { Id = Guid.CreateVersion7(), CoopId = coop.Id, AssessmentId = assessment.Id, VisitId = visit.Id, Kind = FindingKind.MinorNonConformity, Text = "Registre" };
            db.AddRange(visit, finding, new ActionItem { Id = Guid.CreateVersion7(), CoopId = coop.Id, AssessmentId = assessment.Id, FindingId = finding.Id, Title = "Réviser le registre", Owner = "DG", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2) });
            await db.SaveChangesAsync();
        }
        Assert.Equal("1", await RunJobAsync());
        Assert.Equal("0", await RunJobAsync());
        subjects = await RemindersAsync();
        Assert.Equal(2, subjects.Count);
        Assert.Contains("Réviser le registre", subjects[1], StringComparison.Ordinal);
    }
}
