namespace CoopSante.Federation.Support;

/// <summary>
/// The federation's fair-cost schedule: an hourly rate per service type (the request's category) from a date on.
/// The rate in force on a day is the one with the latest <see cref="EffectiveFrom"/> not after it.
/// </summary>
internal sealed class FairCostRate
{
    public const decimal RateMax = 1_000m;

    public Guid Id { get; set; }
    public SupportCategory Category { get; set; }
    public decimal HourlyRate { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByName { get; set; }
}

/// <summary>Service-level targets of a category: first response in business hours, resolution in business days (ADR 0040).</summary>
internal sealed class SupportTarget
{
    public const int FirstResponseHoursMax = 200;
    public const int ResolutionDaysMax = 250;

    public SupportCategory Category { get; set; }
    public int FirstResponseHours { get; set; }
    public int ResolutionDays { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The targets of a category the federation has not set: one business day to answer, ten (consulting twenty) to resolve.</summary>
    public static SupportTarget Default(SupportCategory category) => new()
    {
        Category = category,
        FirstResponseHours = 8,
        ResolutionDays = category == SupportCategory.Consulting ? 20 : 10,
    };
}

internal enum SupportThreshold
{
    FirstResponse = 0,
    Resolution = 1,
}

/// <summary>An overdue alert was sent for a request and threshold: the key makes it once, ever (the alert job's idempotency).</summary>
internal sealed class SupportAlert
{
    public Guid RequestId { get; set; }
    public SupportThreshold Threshold { get; set; }
    public Guid CoopId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
