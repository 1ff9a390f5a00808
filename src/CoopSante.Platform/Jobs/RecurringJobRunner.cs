using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CoopSante.Platform.Jobs;

/// <summary>
/// The one Quartz job type: runs the <see cref="IRecurringJob"/> declared under the fired job's key in a fresh scope and records the run
/// in <c>job_runs</c>. Never two runs of one job at once, across the cluster.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RecurringJobRunner(IServiceScopeFactory scopes, IEnumerable<RecurringJobDefinition> definitions, TimeProvider clock, ILogger<RecurringJobRunner> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var key = context.JobDetail.Key.Name;
        var definition = definitions.FirstOrDefault(d => d.Key == key);
        if (definition is null)
        {
            LogUnknownJob(logger, key); // a job left in the clustered store by a version that declared it
            return;
        }
        await RecordAsync(key, r => { r.LastStartedAt = clock.GetUtcNow(); r.LastFinishedAt = null; r.LastResult = JobRunOutcome.Running; }, cancellationToken);
        try
        {
            string? summary;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var job = (IRecurringJob)scope.ServiceProvider.GetRequiredService(definition.JobType);
                summary = await job.RunAsync(cancellationToken);
            }
            await RecordAsync(key, r => { r.LastFinishedAt = clock.GetUtcNow(); r.LastResult = JobRunOutcome.Succeeded; r.LastSummary = summary; r.LastError = null; r.Runs++; }, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogJobFailed(logger, key, e);
            await RecordAsync(key, r => { r.LastFinishedAt = clock.GetUtcNow(); r.LastResult = JobRunOutcome.Failed; r.LastSummary = null; r.LastError = e.GetType().Name; r.Runs++; r.Failures++; }, CancellationToken.None);
            throw new JobExecutionException(e);
        }
    }

    private async Task RecordAsync(string key, Action<JobRunRecord> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var record = await db.JobRuns.FirstOrDefaultAsync(r => r.JobKey == key, ct);
        if (record is null)
        {
            record = new JobRunRecord { JobKey = key };
            db.JobRuns.Add(record);
        }
        change(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            LogRecordFailed(logger, key, e); // the run's own outcome matters more than its bookkeeping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Jobs: no recurring job is declared under {Key}")]
    private static partial void LogUnknownJob(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Jobs: {Key} failed")]
    private static partial void LogJobFailed(ILogger logger, string key, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Jobs: could not record the run of {Key}")]
    private static partial void LogRecordFailed(ILogger logger, string key, Exception e);
}
