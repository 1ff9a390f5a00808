using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Email;

public sealed record OutboxEmailRow(Guid Id, string To, string Subject, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Preview, string Body,
    OutboxStatus Status = OutboxStatus.Pending, int Attempts = 0, string? Reason = null);

/// <summary>The e-mails that were (or would have been) sent: federation admins see all, a coop admin their coop's.</summary>
internal sealed class OutboxList(PlatformDbContext db, CurrentUser user, DemoOptions demo)
{
    public const int PreviewLength = 160;

    public async Task<Page<OutboxEmailRow>> ListAsync(Guid? coopId, PageRequest page, CancellationToken ct = default)
    {
        IQueryable<OutboxEmail> query = db.OutboxEmails.AsNoTracking();
        if (coopId is { } coop)
        {
            AdminRights.EnsureCanAdminister(user, coop);
            query = query.Where(m => m.CoopId == coop);
        }
        else if (!user.HasRole(Role.FederationAdmin))
        {
            throw new DomainException(PlatformErrors.Forbidden);
        }
        var result = await query.OrderByDescending(m => m.CreatedAt).ToPageAsync(page, ct);
        // Bodies carry single-use links (invitations, password resets): shown only in demo mode, where nothing is really sent.
        if (!demo.Enabled)
            return new Page<OutboxEmailRow>(result.Items.Select(m => new OutboxEmailRow(m.Id, m.To, m.Subject, m.Kind, m.CreatedAt, m.SentAt, "", "", m.Status, m.Attempts, m.LastError)).ToList(), result.Total, result.PageNumber, result.PageSize);
        return new Page<OutboxEmailRow>(
            result.Items.Select(m => new OutboxEmailRow(m.Id, m.To, m.Subject, m.Kind, m.CreatedAt, m.SentAt,
                m.TextBody.Length > PreviewLength ? m.TextBody[..PreviewLength] + "…" : m.TextBody, m.TextBody, m.Status, m.Attempts, m.LastError)).ToList(),
            result.Total, result.PageNumber, result.PageSize);
    }
}
