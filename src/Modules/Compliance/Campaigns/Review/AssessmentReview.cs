using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Review;

internal sealed record ReviewItemRequest(bool Accept, string? Comment);

internal sealed record ActionRequest(string? Title, string? Owner, DateOnly DueOn);

internal sealed record FindingRequest(FindingKind Kind, string? Text, Guid? ItemId, IReadOnlyList<ActionRequest>? Actions);

internal sealed record RecordVisitRequest(DateOnly VisitedOn, string? Summary, IReadOnlyList<FindingRequest>? Findings);

internal sealed record UpdateActionRequest(ActionStatus Status, Guid? ProofEvidenceId, int Version);

/// <summary>
/// The assigned auditor's work: accept each item or request a change with a comment, record the audit visit and its
/// findings with their action plan, follow the actions until done, and close the coop's file (which closes the
/// campaign when it was the last one open).
/// </summary>
internal sealed class AssessmentReview(ComplianceDbContext db, IAuditTrail audit, ICurrentUser user, AssessmentWork work, TimeProvider clock)
{
    public const int TextMax = 4000;
    public const int MaxFindings = 100;

    public async Task ReviewItemAsync(Guid coopId, Guid campaignId, Guid itemId, ReviewItemRequest request, CancellationToken ct)
    {
        var assessment = await work.LoadAsync(coopId, campaignId, ct, tracking: true);
        await work.EnsureCampaignOpenAsync(campaignId, ct);
        if (assessment.Status != AssessmentStatus.Submitted) throw new DomainException(CampaignErrors.NotSubmitted);
        var item = assessment.Items.FirstOrDefault(i => i.Id == itemId && i.Applicable) ?? throw new DomainException(CampaignErrors.ItemNotFound);
        var comment = request.Comment?.Trim();
        if (!request.Accept && string.IsNullOrEmpty(comment)) throw new DomainException(CampaignErrors.ReviewCommentRequired.At("comment"));
        CheckText(comment, "comment", 2000);
        item.Status = request.Accept ? ItemStatus.Accepted : ItemStatus.ChangesRequested;
        item.ReviewComment = string.IsNullOrEmpty(comment) ? null : comment;
        item.ReviewedAt = clock.GetUtcNow();
        item.ReviewedBy = user.UserId;
        var entries = new List<AuditEntry> { new(AuditEventType.AssessmentItemReviewed, nameof(AssessmentItem), item.Id.ToString(), coopId, new { item.Code, accepted = request.Accept }) };
        // The last item reviewed concludes: accepted when every item is, otherwise back to the coop for its changes.
        if (AssessmentRules.AfterReview(assessment.Items) is { } next)
        {
            assessment.Status = next;
            if (next == AssessmentStatus.Accepted) assessment.AcceptedAt = clock.GetUtcNow();
            entries.Add(new AuditEntry(AuditEventType.AssessmentReviewed, nameof(Assessment), assessment.Id.ToString(), coopId, new { status = next.ToString() }));
        }
        assessment.Version++;
        await db.SaveChangesAndAuditAsync(audit, entries, ct);
    }

    public async Task<Guid> RecordVisitAsync(Guid coopId, Guid campaignId, RecordVisitRequest request, CancellationToken ct)
    {
        var assessment = await work.LoadAsync(coopId, campaignId, ct);
        await work.EnsureCampaignOpenAsync(campaignId, ct);
        if (assessment.Status is AssessmentStatus.ToDo or AssessmentStatus.InProgress) throw new DomainException(CampaignErrors.NotSubmitted);
        if (assessment.Status == AssessmentStatus.Closed) throw new DomainException(CampaignErrors.AssessmentLocked);
        var failures = new List<Failure>();
        var today = clock.Today();
        if (request.VisitedOn > today || request.VisitedOn < today.AddYears(-2)) failures.Add(PlatformErrors.InvalidValue.At("visitedOn"));
        failures.AddRange(TextFailures(request.Summary, "summary", TextMax));
        var findings = request.Findings ?? [];
        if (findings.Count > MaxFindings) failures.Add(PlatformErrors.InvalidValue.At("findings"));
        var itemIds = assessment.Items.Select(i => i.Id).ToHashSet();
        for (var f = 0; f < findings.Count && f < MaxFindings; f++)
        {
            var finding = findings[f];
            if (!Enum.IsDefined(finding.Kind)) failures.Add(CampaignErrors.FindingKindInvalid.At($"findings[{f}].kind"));
            if (string.IsNullOrWhiteSpace(finding.Text)) failures.Add(CampaignErrors.FindingTextRequired.At($"findings[{f}].text"));
            failures.AddRange(TextFailures(finding.Text, $"findings[{f}].text", TextMax));
            if (finding.ItemId is { } id && !itemIds.Contains(id)) failures.Add(CampaignErrors.ItemNotFound.At($"findings[{f}].itemId"));
            var actions = finding.Actions ?? [];
            for (var a = 0; a < actions.Count; a++)
            {
                var action = actions[a];
                if (string.IsNullOrWhiteSpace(action.Title) || string.IsNullOrWhiteSpace(action.Owner) || action.DueOn < today || action.DueOn > today.AddYears(5)
                    || action.Title.Length > 500 || action.Owner.Length > 200 || InputGuards.HasForbiddenControlCharacters(action.Title) || InputGuards.HasForbiddenControlCharacters(action.Owner))
                    failures.Add(CampaignErrors.ActionInvalid.At($"findings[{f}].actions[{a}]"));
            }
        }
        DomainException.ThrowIfAny(failures);

        var visit = new AuditVisit
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, AssessmentId = assessment.Id, VisitedOn = request.VisitedOn, AuditorId = user.UserId,
            Summary = request.Summary?.Trim() ?? "", RecordedAt = clock.GetUtcNow(),
        };
        db.Add(visit);
        foreach (var f in findings)
        {
            var finding = new Finding { Id = Guid.CreateVersion7(), CoopId = coopId, AssessmentId = assessment.Id, VisitId = visit.Id, ItemId = f.ItemId, Kind = f.Kind, Text = f.Text!.Trim() };
            db.Add(finding);
            foreach (var a in f.Actions ?? [])
                db.Add(new ActionItem { Id = Guid.CreateVersion7(), CoopId = coopId, AssessmentId = assessment.Id, FindingId = finding.Id, Title = a.Title!.Trim(), Owner = a.Owner!.Trim(), DueOn = a.DueOn });
        }
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AuditVisitRecorded, nameof(AuditVisit), visit.Id.ToString(), coopId,
            new { campaign = campaignId, findings = findings.Count, actions = findings.Sum(f => f.Actions?.Count ?? 0) }), ct);
        return visit.Id;
    }

    /// <summary>The coop or its auditor moves an action forward; "done" needs a proof of completion from the coop's evidence.</summary>
    public async Task<ActionView> UpdateActionAsync(Guid coopId, Guid campaignId, Guid actionId, UpdateActionRequest request, CancellationToken ct)
    {
        var assessment = await work.LoadAsync(coopId, campaignId, ct);
        await work.EnsureCampaignOpenAsync(campaignId, ct);
        if (assessment.Status == AssessmentStatus.Closed) throw new DomainException(CampaignErrors.AssessmentLocked);
        var action = await db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == actionId && a.CoopId == coopId && a.AssessmentId == assessment.Id, ct)
            ?? throw new DomainException(CampaignErrors.ActionNotFound);
        if (!Enum.IsDefined(request.Status)) throw new DomainException(PlatformErrors.InvalidValue.At("status"));
        if (request.ProofEvidenceId is { } proof && !await db.Set<Evidence>().AnyAsync(e => e.Id == proof && e.CoopId == coopId, ct))
            throw new DomainException(CampaignErrors.EvidenceNotFound.At("proofEvidenceId"));
        var proofId = request.ProofEvidenceId ?? action.ProofEvidenceId;
        if (request.Status == ActionStatus.Done && proofId is null) throw new DomainException(CampaignErrors.ProofRequired.At("proofEvidenceId"));
        db.Entry(action).Property(a => a.Version).OriginalValue = request.Version;
        action.Status = request.Status;
        action.ProofEvidenceId = proofId;
        action.DoneAt = request.Status == ActionStatus.Done ? clock.GetUtcNow() : null;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.ActionItemChanged, nameof(ActionItem), action.Id.ToString(), coopId,
            new { status = action.Status.ToString(), proof = action.ProofEvidenceId }), ct);
        return AssessmentWork.Action(action, clock.Today());
    }

    /// <summary>Closes the coop's file once accepted and every action done; the campaign closes with its last open file.</summary>
    public async Task CloseAsync(Guid coopId, Guid campaignId, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().FirstOrDefaultAsync(a => a.CoopId == coopId && a.CampaignId == campaignId, ct)
            ?? throw new DomainException(CampaignErrors.AssessmentNotFound);
        await work.EnsureCampaignOpenAsync(campaignId, ct);
        if (assessment.Status != AssessmentStatus.Accepted) throw new DomainException(CampaignErrors.NotAccepted);
        var open = await db.Set<ActionItem>().CountAsync(a => a.CoopId == coopId && a.AssessmentId == assessment.Id && a.Status != ActionStatus.Done, ct);
        if (open > 0) throw new DomainException(CampaignErrors.ActionsOpen.With(open));
        assessment.Status = AssessmentStatus.Closed;
        assessment.ClosedAt = clock.GetUtcNow();
        var entries = new List<AuditEntry> { new(AuditEventType.AssessmentClosed, nameof(Assessment), assessment.Id.ToString(), coopId, new { campaign = campaignId }) };
        // Crossing coops on purpose: whether this was the campaign's last open file.
        var othersOpen = await db.Set<Assessment>().IgnoreQueryFilters().AnyAsync(a => a.CampaignId == campaignId && a.Id != assessment.Id && a.Status != AssessmentStatus.Closed, ct);
        if (!othersOpen)
        {
            var campaign = await db.Set<Campaign>().FirstAsync(c => c.Id == campaignId, ct);
            campaign.Status = CampaignStatus.Closed;
            campaign.ClosedAt = clock.GetUtcNow();
            entries.Add(new AuditEntry(AuditEventType.CampaignClosed, nameof(Campaign), campaign.Id.ToString(), null, new { campaign.Name }));
        }
        await db.SaveChangesAndAuditAsync(audit, entries, ct);
    }

    private static void CheckText(string? value, string field, int max) => DomainException.ThrowIfAny(TextFailures(value, field, max).ToList());

    private static IEnumerable<Failure> TextFailures(string? value, string field, int max)
    {
        if (value is null) yield break;
        if (value.Length > max) yield return CampaignErrors.TextTooLong.At(field, max);
        if (InputGuards.HasForbiddenControlCharacters(value)) yield return PlatformErrors.InvalidValue.At(field);
    }
}
