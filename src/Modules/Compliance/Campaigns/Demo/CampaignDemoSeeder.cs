using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Campaigns.Opening;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Federation.Contracts;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance.Campaigns.Demo;

/// <summary>
/// Demo campaigns on the first published version (the framework seeder runs before): a closed 2025 campaign with results
/// for ten coops, and the 2026 campaign in progress with Contrecoeur's assessment half answered. Deterministic answers.
/// </summary>
internal sealed class CampaignDemoSeeder : IDemoSeeder
{
    public int Order => 560;

    private static readonly Answer[] Pattern = [Answer.Compliant, Answer.Compliant, Answer.Partial, Answer.Compliant, Answer.NonCompliant, Answer.Compliant, Answer.Partial];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ComplianceDbContext>();
        if (await db.Set<Campaign>().AnyAsync(ct)) return;
        var version = await db.Set<FrameworkVersion>().AsNoTracking().Include(v => v.Sections).Include(v => v.Recommendations)
            .Where(v => v.Status == FrameworkVersionStatus.Published).OrderBy(v => v.PublishedOn).FirstOrDefaultAsync(ct);
        if (version is null) return;
        var framework = await db.Set<Framework>().AsNoTracking().Where(f => f.Id == version.FrameworkId).Select(f => f.Name).FirstAsync(ct);
        var registry = await services.GetRequiredService<ICoopRegistry>().ListAsync(ct);
        var clock = services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var closedCoops = registry.Where(c => c.Id != DemoIds.Contrecoeur).Take(9).Select(c => c.Id).Prepend(DemoIds.Contrecoeur).Distinct().ToList();
        var openCoops = registry.Where(c => c.Id != DemoIds.Contrecoeur).Skip(9).Take(5).Select(c => c.Id).Prepend(DemoIds.Contrecoeur).Distinct().ToList();
        var facts = await services.GetRequiredService<ICoopFactsSource>().FactsAsync(closedCoops.Union(openCoops).ToList(), today, ct);
        var label = $"{framework} — v{version.Number}";

        var closed = new Campaign
        {
            Id = Guid.CreateVersion7(), Name = "Campagne de conformité 2025", FrameworkVersionId = version.Id, VersionLabel = label,
            DueOn = today.AddDays(-200), Status = CampaignStatus.Closed, OpenedAt = now.AddDays(-300), ClosedAt = now.AddDays(-120),
        };
        db.Add(closed);
        var seed = 0;
        foreach (var coopId in closedCoops)
        {
            var assessment = CampaignOpening.BuildAssessment(coopId, closed.Id, version, facts[coopId], null);
            assessment.Status = AssessmentStatus.Closed;
            assessment.SubmittedAt = now.AddDays(-210);
            assessment.AcceptedAt = assessment.ClosedAt = now.AddDays(-130);
            foreach (var item in assessment.Items.Where(i => i.Applicable))
            {
                item.Answer = Pattern[seed++ % Pattern.Length];
                item.Status = ItemStatus.Accepted;
                item.AnsweredAt = now.AddDays(-215);
                item.ReviewedAt = now.AddDays(-135);
            }
            seed += coopId.GetHashCode() & 3; // coops differ, deterministically within a run
            db.Add(assessment);
        }

        var open = new Campaign
        {
            Id = Guid.CreateVersion7(), Name = "Campagne de conformité 2026", FrameworkVersionId = version.Id, VersionLabel = label,
            DueOn = today.AddDays(45), OpenedAt = now.AddDays(-20),
        };
        db.Add(open);
        foreach (var coopId in openCoops)
        {
            var assessment = CampaignOpening.BuildAssessment(coopId, open.Id, version, facts[coopId], null);
            if (coopId == DemoIds.Contrecoeur)
            {
                var applicable = assessment.Items.Where(i => i.Applicable).OrderBy(i => i.SectionOrder).ThenBy(i => i.Order).ToList();
                foreach (var item in applicable.Take(applicable.Count / 2))
                {
                    item.Answer = Pattern[seed++ % Pattern.Length];
                    item.Status = ItemStatus.Answered;
                    item.AnsweredAt = now.AddDays(-5);
                }
                assessment.Status = AssessmentStatus.InProgress;
            }
            db.Add(assessment);
        }
        await db.SaveChangesAsync(ct);
    }
}
