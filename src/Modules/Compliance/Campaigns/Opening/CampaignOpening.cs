using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Opening;

/// <param name="CarryOver">Start each coop from its last assessment: answers, comments and evidence carried over, every status "to do".</param>
internal sealed record OpenCampaignRequest(string? Name, Guid VersionId, DateOnly DueOn, IReadOnlyList<Guid>? CoopIds, bool CarryOver = false);

/// <summary>The federation opens a campaign on a published version: one assessment per chosen coop, with the recommendations that apply to it.</summary>
internal sealed class CampaignOpening(ComplianceDbContext db, IAuditTrail audit, ICurrentUser user, ICoopDirectory coops, ICoopFactsSource facts, TimeProvider clock)
{
    public const int NameMax = 200;
    public const int MaxCoops = 1000;

    public async Task<Campaign> OpenAsync(OpenCampaignRequest request, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > NameMax || InputGuards.HasForbiddenControlCharacters(name)) failures.Add(CampaignErrors.NameRequired.At("name"));
        var today = clock.Today();
        if (request.DueOn <= today || request.DueOn > today.AddYears(3)) failures.Add(CampaignErrors.DueDateInPast.At("dueOn"));
        var coopIds = (request.CoopIds ?? []).Distinct().ToList();
        if (coopIds.Count is 0 or > MaxCoops) failures.Add(CampaignErrors.NoCoops.At("coopIds"));
        var names = coopIds.Count is > 0 and <= MaxCoops ? await coops.NamesAsync(coopIds, ct) : new Dictionary<Guid, string>();
        if (coopIds.Exists(id => !names.ContainsKey(id))) failures.Add(CampaignErrors.CoopUnknown.At("coopIds"));

        var version = await db.Set<FrameworkVersion>().AsNoTracking().Include(v => v.Sections).Include(v => v.Recommendations)
            .FirstOrDefaultAsync(v => v.Id == request.VersionId, ct);
        if (version is null || version.Status != FrameworkVersionStatus.Published) failures.Add(CampaignErrors.VersionNotPublished.At("versionId"));
        DomainException.ThrowIfAny(failures);
        var framework = await db.Set<Framework>().AsNoTracking().Where(f => f.Id == version!.FrameworkId).Select(f => f.Name).FirstAsync(ct);

        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), Name = name, FrameworkVersionId = version!.Id, VersionLabel = $"{framework} — v{version.Number}",
            DueOn = request.DueOn, OpenedAt = clock.GetUtcNow(), OpenedBy = user.UserId,
        };
        db.Add(campaign);
        var known = await facts.FactsAsync(coopIds, today, ct);
        var previous = request.CarryOver ? await LatestAssessmentsAsync(coopIds, ct) : [];
        var entries = new List<AuditEntry> { new(AuditEventType.CampaignOpened, nameof(Campaign), campaign.Id.ToString(), null, new { campaign.Name, version = version.Id, coops = coopIds.Count, request.CarryOver }) };
        foreach (var coopId in coopIds)
        {
            var assessment = BuildAssessment(coopId, campaign.Id, version, known[coopId], previous.GetValueOrDefault(coopId));
            db.Add(assessment);
            entries.Add(new AuditEntry(AuditEventType.CampaignOpened, nameof(Assessment), assessment.Id.ToString(), coopId, new { campaign = campaign.Id, carriedFrom = assessment.CarriedFrom }));
        }
        await db.SaveChangesAndAuditAsync(audit, entries, ct);
        return campaign;
    }

    /// <summary>
    /// A coop's assessment of every recommendation of the version, applicable or not with why; from <paramref name="earlier"/>,
    /// answers, comments and evidence carried over as proposals ("to do" until the coop confirms them, so that what was truly reviewed again shows).
    /// </summary>
    internal static Assessment BuildAssessment(Guid coopId, Guid campaignId, FrameworkVersion version, KnownCoopFacts facts, Assessment? earlier)
    {
        var assessment = new Assessment { Id = Guid.CreateVersion7(), CoopId = coopId, CampaignId = campaignId, CarriedFrom = earlier?.Id };
        var byCode = earlier?.Items.ToDictionary(i => i.Code, StringComparer.Ordinal) ?? [];
        var sections = version.Sections.ToDictionary(s => s.Id);
        foreach (var r in version.Recommendations)
        {
            var section = sections[r.SectionId];
            var verdict = ApplicabilityEvaluation.Evaluate(r.Rule, facts);
            var item = new AssessmentItem
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, AssessmentId = assessment.Id, RecommendationId = r.Id, Code = r.Code,
                TitleFr = r.TitleFr, TitleEn = r.TitleEn, SectionId = section.Id, SectionTitleFr = section.TitleFr, SectionTitleEn = section.TitleEn,
                SectionOrder = section.Order, Order = r.Order, Weight = Math.Clamp(r.Criticality, 1, 3), Applicable = verdict.Applies, ApplicabilityNote = verdict.Note,
            };
            if (verdict.Applies && byCode.TryGetValue(r.Code, out var old) && old.Answer is not null)
            {
                item.Answer = old.Answer;
                item.Justification = old.Justification;
                item.Comment = old.Comment;
                item.CarriedOver = true;
                item.Evidence = old.Evidence.Select(e => new ItemEvidence { ItemId = item.Id, EvidenceId = e.EvidenceId, CoopId = coopId }).ToList();
            }
            assessment.Items.Add(item);
        }
        return assessment;
    }

    /// <summary>Each coop's assessment in its most recently opened earlier campaign, with answers and evidence links.</summary>
    private async Task<Dictionary<Guid, Assessment>> LatestAssessmentsAsync(List<Guid> coopIds, CancellationToken ct)
    {
        var latest = await (from a in db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking()
                            join c in db.Set<Campaign>().AsNoTracking() on a.CampaignId equals c.Id
                            where coopIds.Contains(a.CoopId)
                            select new { a.Id, a.CoopId, c.OpenedAt }).ToListAsync(ct);
        var ids = latest.GroupBy(a => a.CoopId).Select(g => g.OrderByDescending(a => a.OpenedAt).First().Id).ToList();
        var assessments = await db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Include(a => a.Items).ThenInclude(i => i.Evidence).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return assessments.ToDictionary(a => a.CoopId);
    }
}
