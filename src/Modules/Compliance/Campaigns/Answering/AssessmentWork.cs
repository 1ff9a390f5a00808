using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Campaigns.Answering;

internal sealed record AnswerRequest(Answer? Answer, string? Justification, string? Comment, IReadOnlyList<Guid>? EvidenceIds);

/// <summary>
/// A coop's work on its assessment: read it, answer each item, submit. The route's coop is the caller's active coop
/// (the coop rule set it), so the query filters keep every other coop's rows out.
/// </summary>
internal sealed class AssessmentWork(ComplianceDbContext db, IAuditTrail audit, ICoopDirectory coops, IStringLocalizer<CampaignText> text, TimeProvider clock)
{
    public async Task<Assessment> LoadAsync(Guid coopId, Guid campaignId, CancellationToken ct, bool tracking = false)
    {
        var query = db.Set<Assessment>().Include(a => a.Items).ThenInclude(i => i.Evidence).AsSplitQuery();
        if (!tracking) query = query.AsNoTracking();
        return await query.FirstOrDefaultAsync(a => a.CoopId == coopId && a.CampaignId == campaignId, ct)
            ?? throw new DomainException(CampaignErrors.AssessmentNotFound);
    }

    public async Task<AssessmentView> ViewAsync(Guid coopId, Guid campaignId, CancellationToken ct)
    {
        var assessment = await LoadAsync(coopId, campaignId, ct);
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(c => c.Id == campaignId, ct);
        var evidenceIds = assessment.Items.SelectMany(i => i.Evidence).Select(e => e.EvidenceId).Distinct().ToList();
        var evidence = await db.Set<Evidence>().AsNoTracking().Where(e => e.CoopId == coopId && evidenceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var today = clock.Today();
        var visits = await VisitsAsync(coopId, assessment, today, ct);
        var (answered, total) = AssessmentRules.Progress(assessment.Items);
        var name = (await coops.NamesAsync([coopId], ct)).GetValueOrDefault(coopId, "");
        return new AssessmentView(assessment.Id, coopId, name, campaign.Id, campaign.Name, campaign.VersionLabel, campaign.DueOn, assessment.Status,
            answered, total, AssessmentViews.Score(assessment.Items),
            assessment.Items.OrderBy(i => i.SectionOrder).ThenBy(i => i.Order).ThenBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => AssessmentViews.Item(i, evidence, text, today)).ToList(),
            visits, assessment.Version);
    }

    private async Task<List<VisitView>> VisitsAsync(Guid coopId, Assessment assessment, DateOnly today, CancellationToken ct)
    {
        var visits = await db.Set<AuditVisit>().AsNoTracking().Where(v => v.CoopId == coopId && v.AssessmentId == assessment.Id).OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).ToListAsync(ct);
        var findings = await db.Set<Finding>().AsNoTracking().Where(f => f.CoopId == coopId && f.AssessmentId == assessment.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var actions = await db.Set<ActionItem>().AsNoTracking().Where(a => a.CoopId == coopId && a.AssessmentId == assessment.Id).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
        var codes = assessment.Items.ToDictionary(i => i.Id, i => i.Code);
        return visits.Select(v => new VisitView(v.Id, v.VisitedOn, v.Summary, findings.Where(f => f.VisitId == v.Id)
            .Select(f => new FindingView(f.Id, f.Kind, f.Text, f.ItemId, f.ItemId is { } id ? codes.GetValueOrDefault(id) : null,
                actions.Where(a => a.FindingId == f.Id).Select(a => Action(a, today)).ToList())).ToList())).ToList();
    }

    public static ActionView Action(ActionItem a, DateOnly today) =>
        new(a.Id, a.FindingId, a.Title, a.Owner, a.DueOn, a.Status, a.ProofEvidenceId, a.Status != ActionStatus.Done && a.DueOn < today, a.Version);

    public async Task AnswerAsync(Guid coopId, Guid campaignId, Guid itemId, AnswerRequest request, CancellationToken ct)
    {
        var assessment = await LoadAsync(coopId, campaignId, ct, tracking: true);
        await EnsureCampaignOpenAsync(campaignId, ct);
        var item = assessment.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new DomainException(CampaignErrors.ItemNotFound);
        var failures = AssessmentRules.ValidateAnswer(assessment.Status, item, request.Answer, request.Justification, request.Comment);
        var evidenceIds = (request.EvidenceIds ?? []).Distinct().ToList();
        if (evidenceIds.Count > 50) failures.Add(CampaignErrors.EvidenceNotFound.At("evidenceIds"));
        else if (evidenceIds.Count > 0)
        {
            var found = await db.Set<Evidence>().AsNoTracking().Where(e => e.CoopId == coopId && evidenceIds.Contains(e.Id))
                .Select(e => new { e.Title, e.ExpiresOn }).ToListAsync(ct);
            if (found.Count != evidenceIds.Count) failures.Add(CampaignErrors.EvidenceNotFound.At("evidenceIds"));
            // An answer saved today rests only on evidence valid today, be it newly attached or kept (carried over included).
            var today = clock.Today();
            failures.AddRange(found.Where(e => Evidence.IsExpired(e.ExpiresOn, today)).OrderBy(e => e.Title, StringComparer.Ordinal)
                .Select(e => CampaignErrors.EvidenceExpired.At("evidenceIds", e.Title, e.ExpiresOn!.Value)));
        }
        if (failures.Exists(f => f.Error.Kind == ErrorKind.Conflict)) throw new DomainException(failures.Where(f => f.Error.Kind == ErrorKind.Conflict));
        DomainException.ThrowIfAny(failures);

        item.Answer = request.Answer;
        item.Justification = request.Answer == Answer.NotApplicable ? request.Justification!.Trim() : NullIfBlank(request.Justification);
        item.Comment = NullIfBlank(request.Comment);
        item.Status = ItemStatus.Answered;
        item.AnsweredAt = clock.GetUtcNow();
        var keep = evidenceIds.ToHashSet();
        item.Evidence.RemoveAll(e => !keep.Contains(e.EvidenceId));
        foreach (var id in evidenceIds.Where(id => !item.Evidence.Exists(e => e.EvidenceId == id)))
            item.Evidence.Add(new ItemEvidence { ItemId = item.Id, EvidenceId = id, CoopId = coopId });
        if (assessment.Status == AssessmentStatus.ToDo) assessment.Status = AssessmentStatus.InProgress;
        assessment.Version++; // the aggregate changed through one of its items
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AssessmentAnswered, nameof(AssessmentItem), item.Id.ToString(), coopId,
            new { item.Code, answer = item.Answer?.ToString(), evidence = evidenceIds.Count }), ct);
    }

    public async Task SubmitAsync(Guid coopId, Guid campaignId, CancellationToken ct)
    {
        var assessment = await LoadAsync(coopId, campaignId, ct, tracking: true);
        await EnsureCampaignOpenAsync(campaignId, ct);
        DomainException.ThrowIfAny(AssessmentRules.ValidateSubmit(assessment.Status, assessment.Items));
        assessment.Status = AssessmentStatus.Submitted;
        assessment.SubmittedAt = clock.GetUtcNow();
        var (answered, total) = AssessmentRules.Progress(assessment.Items);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AssessmentSubmitted, nameof(Assessment), assessment.Id.ToString(), coopId,
            new { campaign = campaignId, answered, total }), ct);
    }

    public async Task EnsureCampaignOpenAsync(Guid campaignId, CancellationToken ct)
    {
        if (await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId && c.Status == CampaignStatus.Closed, ct)) throw new DomainException(CampaignErrors.CampaignClosed);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
