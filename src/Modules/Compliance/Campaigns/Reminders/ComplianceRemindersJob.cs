using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Campaigns.Reminders;

/// <summary>
/// Reminds each coop's management before its assessment is due (14 and 3 days ahead) and of every overdue action-plan
/// item. Idempotent: a reminder is keyed by its item and threshold, and its key is saved with its e-mails in one
/// transaction, so that one reminder goes out per item and threshold, ever, however often the job runs.
/// </summary>
internal sealed class ComplianceRemindersJob(ComplianceDbContext db, PlatformDbContext platform, IEmailOutbox outbox, ICoopDirectory coops, TimeProvider clock) : IRecurringJob
{
    public const string Key = "compliance.reminders";
    public const string Cron = "0 0 7 * * ?";
    public static readonly int[] DaysBeforeDue = [14, 3];
    private static readonly AssessmentStatus[] NotSubmitted = [AssessmentStatus.ToDo, AssessmentStatus.InProgress, AssessmentStatus.ChangesRequested];

    private sealed record Due(string Key, Guid CoopId, string Template, object[] Values);

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var due = new List<Due>();
        // The job works for the whole federation: it crosses coops on purpose.
        var open = await (from a in db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking()
                          join c in db.Set<Campaign>().AsNoTracking() on a.CampaignId equals c.Id
                          where c.Status == CampaignStatus.Open && NotSubmitted.Contains(a.Status) && c.DueOn >= today && c.DueOn <= today.AddDays(DaysBeforeDue.Max())
                          select new { a.Id, a.CoopId, c.Name, c.DueOn }).ToListAsync(ct);
        foreach (var a in open)
        {
            // The nearest threshold reached only: a coop reminded at 3 days is not also sent the 14-day one late.
            var threshold = DaysBeforeDue.Where(d => a.DueOn.DayNumber - today.DayNumber <= d).Min();
            due.Add(new Due($"due:{threshold}:{a.Id:N}", a.CoopId, "Campaign.Email.DueSoon", [a.Name, a.DueOn]));
        }
        var overdue = await (from x in db.Set<ActionItem>().IgnoreQueryFilters().AsNoTracking()
                             join a in db.Set<Assessment>().IgnoreQueryFilters() on x.AssessmentId equals a.Id
                             join c in db.Set<Campaign>() on a.CampaignId equals c.Id
                             where x.Status != ActionStatus.Done && x.DueOn < today && a.Status != AssessmentStatus.Closed
                             select new { x.Id, x.CoopId, x.Title, x.DueOn, c.Name }).ToListAsync(ct);
        due.AddRange(overdue.Select(x => new Due($"overdue:{x.Id:N}", x.CoopId, "Campaign.Email.ActionOverdue", [x.Name, x.DueOn, x.Title])));

        var keys = due.Select(d => d.Key).ToList();
        var sent = (await db.Set<ReminderSent>().AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var pending = due.Where(d => !sent.Contains(d.Key)).ToList();
        if (pending.Count == 0) return "0";
        var coopIds = pending.Select(p => p.CoopId).Distinct().ToList();
        var names = await coops.NamesAsync(coopIds, ct);
        var admins = await (from g in platform.RoleGrants.AsNoTracking()
                            join u in platform.Users.AsNoTracking() on g.UserId equals u.Id
                            where g.Role == Role.CoopAdmin && g.CoopId != null && coopIds.Contains(g.CoopId.Value) && u.Email != null
                            select new { CoopId = g.CoopId!.Value, Email = u.Email!, u.PreferredCulture }).ToListAsync(ct);
        var messages = new List<EmailMessage>();
        foreach (var p in pending)
        {
            foreach (var admin in admins.Where(x => x.CoopId == p.CoopId).DistinctBy(x => x.Email))
            {
                var culture = EmailTemplates.CultureOf(admin.PreferredCulture);
                object?[] values = [names.GetValueOrDefault(p.CoopId, ""), .. p.Values];
                messages.Add(EmailTemplates.Render(typeof(CampaignText), p.Template, culture, values).To(admin.Email, "compliance-reminder", p.CoopId));
            }
            db.Add(new ReminderSent { Key = p.Key, SentAt = clock.GetUtcNow() });
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await outbox.EnqueueAsync(db, messages, ct);
        await tx.CommitAsync(ct);
        return pending.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
