using System.Diagnostics.Metrics;

namespace CoopSante.Platform.Observability;

/// <summary>
/// The platform's own instruments, on the "CoopSante" meter: audit appends, the outbox backlog and job runs.
/// Tags carry kinds and outcomes only, never a person, a name or a coop's data.
/// </summary>
public sealed class PlatformMetrics
{
    public const string MeterName = "CoopSante";

    private readonly Counter<long> _auditAppends;
    private readonly Counter<long> _jobRuns;
    private readonly Histogram<double> _jobDuration;
    private volatile Func<long>? _outboxBacklog;

    public PlatformMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _auditAppends = meter.CreateCounter<long>("coopsante.audit.appends", "{event}", "Audit events appended to the chain.");
        _jobRuns = meter.CreateCounter<long>("coopsante.job.runs", "{run}", "Background job runs, by job and result.");
        _jobDuration = meter.CreateHistogram<double>("coopsante.job.duration", "s", "How long background job runs took, by job and result.");
        meter.CreateObservableGauge("coopsante.outbox.backlog", ObserveBacklog, "{message}", "Messages waiting in the outbox.");
    }

    /// <summary>Counts audit events written (called by the audit trail).</summary>
    public void AuditAppended(int count)
    {
        if (count > 0) _auditAppends.Add(count);
    }

    /// <summary>
    /// Lets the outbox report its backlog: <paramref name="read"/> is called on each collection (each scrape or export),
    /// so it must be cheap (a cached count, not a query per scrape). A later call replaces the earlier one.
    /// </summary>
    public void ObserveOutboxBacklog(Func<long> read) => _outboxBacklog = read;

    /// <summary>Records one run of a background job: <paramref name="job"/> is its stable name, <paramref name="result"/> e.g. "succeeded" or "failed".</summary>
    public void JobRan(string job, string result, TimeSpan duration)
    {
        var tags = new KeyValuePair<string, object?>[] { new("job", job), new("result", result) };
        _jobRuns.Add(1, tags);
        _jobDuration.Record(duration.TotalSeconds, tags);
    }

    private IEnumerable<Measurement<long>> ObserveBacklog()
    {
        if (_outboxBacklog is { } read) yield return new Measurement<long>(read());
    }
}
