using System.Globalization;
using CoopSante.Federation.Data;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>
/// Every quarter hour, each open request past its first-response or resolution deadline gets one alert, ever: an e-mail to its
/// adviser (to the federation's admins while none is assigned). The alert row and its e-mails commit together, and the
/// (request, threshold) key makes a second or concurrent run send nothing again.
/// </summary>
internal sealed class SupportAlertJob(FederationDbContext db, PlatformDbContext platform, IEmailOutbox outbox, TimeProvider clock) : IRecurringJob
{
    public const string Key = "federation.support-overdue";
    public const string Cron = "0 0/15 * * * ?";
    public const string Kind = "support-overdue";

    private sealed record Recipient(Guid UserId, string Email, string Culture);

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.SupportRequests.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status != SupportStatus.Closed && ((r.FirstResponseAt == null && r.FirstResponseDue < now) || r.ResolutionDue < now))
            .Select(r => new
            {
                r.Id, r.CoopId, r.Reference, r.Subject, r.AdviserId, r.FirstResponseAt, r.FirstResponseDue, r.ResolutionDue,
                Sent = db.SupportAlerts.Where(a => a.RequestId == r.Id).Select(a => a.Threshold).ToList(),
            })
            .ToListAsync(ct);
        if (due.Count == 0) return "0";
        var admins = await People(g => g.CoopId == null && g.Role == Role.FederationAdmin, ct);
        var coops = await db.Coops.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var sent = 0;
        foreach (var r in due)
        {
            var thresholds = new List<SupportThreshold>();
            if (r.FirstResponseAt is null && r.FirstResponseDue < now && !r.Sent.Contains(SupportThreshold.FirstResponse)) thresholds.Add(SupportThreshold.FirstResponse);
            if (r.ResolutionDue < now && !r.Sent.Contains(SupportThreshold.Resolution)) thresholds.Add(SupportThreshold.Resolution);
            if (thresholds.Count == 0) continue;
            var to = r.AdviserId is { } adviser ? await People(g => g.UserId == adviser && g.CoopId == null, ct) : admins;
            var messages = new List<EmailMessage>();
            foreach (var threshold in thresholds)
            {
                db.SupportAlerts.Add(new SupportAlert { RequestId = r.Id, Threshold = threshold, CoopId = r.CoopId, SentAt = now });
                var deadline = threshold == SupportThreshold.FirstResponse ? r.FirstResponseDue : r.ResolutionDue;
                foreach (var person in to)
                {
                    var culture = EmailTemplates.CultureOf(person.Culture);
                    messages.Add(EmailTemplates.Render(typeof(SupportText), $"Email.SupportOverdue.{threshold}.", culture,
                            r.Reference, r.Subject, coops.GetValueOrDefault(r.CoopId, ""), Formats.ShortDateTime(deadline, culture))
                        .To(person.Email, Kind, r.CoopId));
                }
            }
            sent += await outbox.EnqueueOnceAsync(db, messages, ct);
        }
        return sent.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<List<Recipient>> People(System.Linq.Expressions.Expression<Func<Platform.Identity.UserRoleGrant, bool>> grant, CancellationToken ct) =>
        (await platform.RoleGrants.AsNoTracking().Where(grant).Where(g => g.Role == Role.FederationAdmin || g.Role == Role.FederationAuditor)
            .Join(platform.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.Email, u.PreferredCulture }).Distinct().ToListAsync(ct))
        .Where(u => !string.IsNullOrWhiteSpace(u.Email)).Select(u => new Recipient(u.Id, u.Email!, u.PreferredCulture)).ToList();
}
