namespace CoopSante.Platform.Email;

/// <summary>How the outbox retries (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Tries before a message is given up as <see cref="OutboxStatus.Failed"/>.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>The wait after the first failure; it doubles after each one, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);
    /// <summary>How long a dispatcher's claim on a batch lasts; a crashed dispatcher's rows are free again after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
    public int BatchSize { get; set; } = 50;
    /// <summary>Batches one dispatch run sends at most, so that a run ends and reports.</summary>
    public int MaxBatchesPerRun { get; set; } = 100;

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed tries (1, 2, 4, ... times the first).</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
