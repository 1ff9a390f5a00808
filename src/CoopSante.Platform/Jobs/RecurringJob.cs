using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Jobs;

/// <summary>Work a module runs on a schedule. One instance per run, built from a fresh DI scope.</summary>
public interface IRecurringJob
{
    /// <summary>Does the work; returns a short summary for the jobs page (a count, never personal data), or null.</summary>
    Task<string?> RunAsync(CancellationToken ct);
}

/// <summary>When a job runs: every fixed interval, or on a cron expression (Quartz format, Québec time).</summary>
public sealed record JobSchedule(TimeSpan? Interval, string? Cron)
{
    public static JobSchedule Every(TimeSpan interval) => new(interval, null);
    public static JobSchedule At(string cron) => new(null, cron);
}

/// <summary>A declared recurring job: its stable key (e.g. "platform.outbox"), schedule and the resource that names it on screen.</summary>
public sealed record RecurringJobDefinition(string Key, Type JobType, JobSchedule Schedule, Type LabelResource, string LabelKey);

public static class RecurringJobRegistration
{
    /// <summary>Declares a recurring job; the platform schedules it (clustered on PostgreSQL) and lists it on the jobs page.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string key, JobSchedule schedule, Type labelResource, string labelKey)
        where TJob : class, IRecurringJob
    {
        services.AddSingleton(new RecurringJobDefinition(key, typeof(TJob), schedule, labelResource, labelKey));
        services.AddScoped<TJob>();
        return services;
    }
}
