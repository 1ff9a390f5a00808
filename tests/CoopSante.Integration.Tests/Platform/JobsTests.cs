using System.Collections.Concurrent;
using System.Security.Claims;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>Quartz on its clustered PostgreSQL store, the declared jobs, their recorded runs and "run now".</summary>
public sealed class JobsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static ClaimsPrincipal As(Role role) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Guid.CreateVersion7().ToString()),
        new Claim(ClaimTypes.Name, "Test " + role),
        new Claim(PlatformClaims.Grant, PlatformClaims.Encode(new RoleGrant(role, role.IsFederationRole() ? null : Guid.CreateVersion7()))),
    ], "test"));

    private async Task<T> AsAsync<T>(Role role, Func<JobsAdmin, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(As(role));
        return await work(scope.ServiceProvider.GetRequiredService<JobsAdmin>());
    }

    [Fact]
    public async Task The_outbox_dispatch_is_a_declared_job_with_its_next_run()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-CA");
        var page = await AsAsync(Role.FederationAdmin, a => a.ListAsync(new PageRequest(1, 25)));

        var outbox = Assert.Single(page.Items, j => j.Key == OutboxDispatchJob.Key);
        Assert.Equal("Envoi des courriels en attente", outbox.Label);
        Assert.NotNull(outbox.NextRunAt);
    }

    [Fact]
    public async Task Run_now_is_audited_runs_the_job_and_records_its_result()
    {
        await AsAsync(Role.FederationAdmin, async a => { await a.RunNowAsync(OutboxDispatchJob.Key); return 0; });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.Type == AuditEventType.JobRunRequested).ToListAsync();
        Assert.Equal(OutboxDispatchJob.Key, Assert.Single(audit).TargetId);

        JobRunRecord? run = null;
        for (var i = 0; i < 100 && run?.LastResult is not JobRunOutcome.Succeeded; i++)
        {
            await Task.Delay(100);
            run = await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.JobKey == OutboxDispatchJob.Key);
        }
        Assert.Equal(JobRunOutcome.Succeeded, run?.LastResult);
        Assert.NotNull(run!.LastFinishedAt);
    }

    [Fact]
    public async Task Run_now_is_refused_to_a_coop_admin_and_nothing_is_audited()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() => AsAsync(Role.CoopAdmin, async a => { await a.RunNowAsync(OutboxDispatchJob.Key); return 0; }));
        Assert.Contains(e.Failures, f => f.Error == PlatformErrors.Forbidden);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.AnyAsync(a => a.Type == AuditEventType.JobRunRequested));
    }

    [Fact]
    public async Task Two_schedulers_on_the_same_clustered_store_fire_a_job_once_per_trigger()
    {
        CountingJob.Firings.Clear();
        var nodes = new[] { await NodeAsync("node-a"), await NodeAsync("node-b") };
        try
        {
            var job = JobBuilder.Create<CountingJob>().WithIdentity("count", "it").Build();
            var trigger = TriggerBuilder.Create().WithIdentity("count", "it").ForJob(job.Key).StartNow()
                .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromMilliseconds(250)).WithRepeatCount(11)).Build();
            await nodes[1].Scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true });

            for (var i = 0; i < 150 && CountingJob.Firings.Count < 12; i++) await Task.Delay(100);
            await Task.Delay(600); // a duplicate firing would land here

            var firings = CountingJob.Firings.ToList();
            Assert.Equal(12, firings.Count);
            Assert.Equal(12, firings.Select(f => f.Scheduled).Distinct().Count());
        }
        finally
        {
            await nodes[0].Scheduler.DeleteJob(new JobKey("count", "it"));
            foreach (var n in nodes)
            {
                await n.Scheduler.Shutdown(true);
                await n.Services.DisposeAsync();
            }
        }
    }

    private async Task<(IScheduler Scheduler, ServiceProvider Services)> NodeAsync(string instanceId)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "it-cluster";
                s.InstanceId = instanceId;
                s.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            q.UsePersistentStore(store => JobsSetup.ConfigurePostgresStore(store, app.ConnectionString));
            q.AddJobType<CountingJob>();
        });
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        return (scheduler, provider);
    }

    internal sealed class CountingJob : IJob
    {
        public static readonly ConcurrentQueue<(DateTimeOffset Scheduled, string Node)> Firings = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Firings.Enqueue((context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Scheduler.SchedulerInstanceId));
            return ValueTask.CompletedTask;
        }
    }
}
