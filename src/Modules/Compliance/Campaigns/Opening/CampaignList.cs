using CoopSante.Compliance.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security.AuditorAssignments;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Opening;

internal sealed record CampaignSummary(Guid Id, string Name, string VersionLabel, DateOnly DueOn, CampaignStatus Status, DateTimeOffset OpenedAt, int Coops, int Submitted, int Closed);

/// <summary>
/// The campaigns a caller may see: federation staff every campaign (counted over the coops they see), a coop's
/// management the campaigns its coop takes part in.
/// </summary>
internal sealed class CampaignList(ComplianceDbContext db, CurrentUser user, AuditorAssignmentService assignments)
{
    private static readonly AssessmentStatus[] SubmittedOrLater = [AssessmentStatus.Submitted, AssessmentStatus.ChangesRequested, AssessmentStatus.Accepted, AssessmentStatus.Closed];

    public async Task<Page<CampaignSummary>> ListAsync(PageRequest page, CancellationToken ct)
    {
        IQueryable<Assessment> assessments;
        if (user.IsFederationStaff)
        {
            var visible = await assignments.VisibleCoopsAsync(ct);
            assessments = db.Set<Assessment>().IgnoreQueryFilters();
            if (visible is not null) assessments = assessments.Where(a => visible.Contains(a.CoopId));
        }
        else if (user.ActiveCoopId is { } coop && user.HasRole(Role.CoopAdmin, coop))
        {
            assessments = db.Set<Assessment>().Where(a => a.CoopId == coop);
        }
        else
        {
            return new Page<CampaignSummary>([], 0, page.Page, page.PageSize);
        }
        var campaigns = db.Set<Campaign>().AsNoTracking();
        if (!user.IsFederationStaff) campaigns = campaigns.Where(c => assessments.Any(a => a.CampaignId == c.Id));
        return await campaigns.OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id)
            .Select(c => new CampaignSummary(c.Id, c.Name, c.VersionLabel, c.DueOn, c.Status, c.OpenedAt,
                assessments.Count(a => a.CampaignId == c.Id),
                assessments.Count(a => a.CampaignId == c.Id && SubmittedOrLater.Contains(a.Status)),
                assessments.Count(a => a.CampaignId == c.Id && a.Status == AssessmentStatus.Closed)))
            .ToPageAsync(page, ct);
    }
}
