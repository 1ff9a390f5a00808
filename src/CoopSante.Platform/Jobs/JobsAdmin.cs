using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Quartz;

namespace CoopSante.Platform.Jobs;

public sealed record JobRow(string Key, string Label, string Schedule, DateTimeOffset? NextRunAt, DateTimeOffset? LastStartedAt, DateTimeOffset? LastFinishedAt,
    JobRunOutcome? LastResult, string? LastSummary, string? LastError);

/// <summary>The jobs page's work (federation admins): every declared job with its next and last run, and "run now", audited.</summary>
internal sealed class JobsAdmin(ISchedulerFactory factory, IEnumerable<RecurringJobDefinition> definitions, PlatformDbContext db, IAuditTrail audit,
    CurrentUser user, IStringLocalizerFactory localizers)
{
    public async Task<Page<JobRow>> ListAsync(PageRequest page, CancellationToken ct = default)
    {
        EnsureFederationAdmin();
        var all = definitions.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var slice = all.Skip(page.Skip).Take(page.PageSize).ToList();
        var keys = slice.Select(d => d.Key).ToList();
        var runs = await db.JobRuns.AsNoTracking().Where(r => keys.Contains(r.JobKey)).ToDictionaryAsync(r => r.JobKey, StringComparer.Ordinal, ct);
        var scheduler = await factory.GetScheduler(ct);
        var rows = new List<JobRow>();
        foreach (var d in slice)
        {
            var triggers = await scheduler.GetTriggersOfJob(JobsSetup.JobKeyOf(d.Key), ct);
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            runs.TryGetValue(d.Key, out var run);
            rows.Add(new JobRow(d.Key, localizers.Create(d.LabelResource)[d.LabelKey], Describe(d.Schedule), next,
                run?.LastStartedAt, run?.LastFinishedAt, run?.LastResult, run?.LastSummary, run?.LastError));
        }
        return new Page<JobRow>(rows, all.Count, page.Page, page.PageSize);
    }

    /// <summary>Fires the job once, now, on whichever host of the cluster takes it; audited.</summary>
    public async Task RunNowAsync(string key, CancellationToken ct = default)
    {
        EnsureFederationAdmin();
        if (!definitions.Any(d => d.Key == key)) throw new DomainException(PlatformErrors.NotFound);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.JobRunRequested, "Job", key)], ct);
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.TriggerJob(JobsSetup.JobKeyOf(key), ct);
        await tx.CommitAsync(ct);
    }

    private void EnsureFederationAdmin()
    {
        if (!user.HasRole(Role.FederationAdmin)) throw new DomainException(PlatformErrors.Forbidden);
    }

    private static string Describe(JobSchedule s) => s.Interval is { } every
        ? (every.TotalMinutes >= 1
            ? string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{every.TotalMinutes:0.#} min")
            : string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{every.TotalSeconds:0} s"))
        : s.Cron ?? "";
}

/// <summary>What observability reads of the jobs: each job's last run.</summary>
public interface IJobRunLog
{
    Task<IReadOnlyList<JobRunRecord>> LastRunsAsync(CancellationToken ct = default);
}

internal sealed class JobRunLog(PlatformDbContext db) : IJobRunLog
{
    public async Task<IReadOnlyList<JobRunRecord>> LastRunsAsync(CancellationToken ct = default) =>
        await db.JobRuns.AsNoTracking().OrderBy(r => r.JobKey).ToListAsync(ct);
}
