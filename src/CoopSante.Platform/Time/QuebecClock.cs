namespace CoopSante.Platform.Time;

/// <summary>
/// Québec's calendar: the product's local dates (admissions, payments, meetings, deadlines) are dates in
/// America/Toronto, whatever the server's zone. "Today" is asked of the injected <see cref="TimeProvider"/>.
/// </summary>
public static class QuebecClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    /// <summary>Today's date in Québec (at 22:00 on January 1 in Québec it is already January 2 in UTC).</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(LocalNow(clock).DateTime);

    /// <summary>The time of day in Québec.</summary>
    public static DateTimeOffset LocalNow(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);
}
