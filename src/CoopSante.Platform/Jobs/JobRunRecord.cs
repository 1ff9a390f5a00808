namespace CoopSante.Platform.Jobs;

/// <summary>The last run of a recurring job, whichever host ran it (one row per job).</summary>
public sealed class JobRunRecord
{
    public string JobKey { get; set; } = "";
    public DateTimeOffset LastStartedAt { get; set; }
    public DateTimeOffset? LastFinishedAt { get; set; }
    public JobRunOutcome LastResult { get; set; }
    /// <summary>What the job reported (e.g. how many e-mails it sent).</summary>
    public string? LastSummary { get; set; }
    /// <summary>The failure's exception type, never its message (it may quote personal data).</summary>
    public string? LastError { get; set; }
    public long Runs { get; set; }
    public long Failures { get; set; }
}

public enum JobRunOutcome { Running, Succeeded, Failed }
