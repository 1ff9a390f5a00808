using CoopSante.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CoopSante.Platform.Jobs;

/// <summary>Quartz: clustered ADO.NET store on PostgreSQL (tables in schema <c>quartz</c>), in-memory on the SQLite default.</summary>
public static class JobsSetup
{
    public const string SchedulerName = "coopsante";
    public const string Group = "coopsante";

    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                s.GenerateInstanceId = database.Provider == DatabaseProvider.Postgres;
            });
            if (database.Provider == DatabaseProvider.Postgres)
                q.UsePersistentStore(store => ConfigurePostgresStore(store, database.ConnectionString));
            else
                q.UseInMemoryStore(_ => { });
            q.AddJobType<RecurringJobRunner>();
        });
        // Declared jobs are stored before the scheduler starts: this hosted service is registered ahead of Quartz's.
        services.AddHostedService<JobScheduleSync>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddScoped<JobsAdmin>();
        services.AddScoped<IJobRunLog, JobRunLog>();
        return services;
    }

    /// <summary>The clustered store; the tables are created by the Platform migration (<see cref="QuartzSchema"/>), never by Quartz at start-up.</summary>
    public static void ConfigurePostgresStore(IPersistentStoreBuilder store, string connectionString)
    {
        store.UsePostgres(connectionString);
        store.UseClustering(_ => { });
        store.ConfigureStore(o =>
        {
            o.TablePrefix = QuartzSchema.TablePrefix;
            o.SchemaProvisioning = SchemaProvisioning.Validate;
        });
    }

    public static JobKey JobKeyOf(string key) => new(key, Group);

    internal static (IJobDetail Job, ITrigger Trigger) Build(RecurringJobDefinition d, TimeProvider clock)
    {
        var job = JobBuilder.Create<RecurringJobRunner>().WithIdentity(JobKeyOf(d.Key)).WithDescription(d.LabelKey).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(clock).WithIdentity(d.Key, Group).ForJob(job.Key).StartNow();
        trigger = d.Schedule switch
        {
            { Interval: { } every } => trigger.WithSimpleSchedule(x => x.WithInterval(every).RepeatForever()),
            { Cron: { } cron } => trigger.WithCronSchedule(cron, x => x.InTimeZone(Localization.Formats.Quebec)),
            _ => throw new InvalidOperationException($"Job {d.Key} has no schedule."),
        };
        return (job, trigger.Build());
    }
}

/// <summary>Stores every declared job and its trigger (replacing what a previous version stored), then lets Quartz start.</summary>
internal sealed class JobScheduleSync(ISchedulerFactory factory, IEnumerable<RecurringJobDefinition> definitions, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var d in definitions)
        {
            var (job, trigger) = JobsSetup.Build(d, clock);
            jobs[job] = [trigger];
        }
        if (jobs.Count > 0) await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
