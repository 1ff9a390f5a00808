namespace CoopSante.Telemedicine.Enrolments;

/// <summary>Dates of coverage: billed by calendar month, never pro rata, so coverage ends on the last day of a paid month.</summary>
internal static class CoverageDates
{
    /// <summary>How far ahead a coverage may start.</summary>
    public const int MaxDaysAhead = 90;

    public static DateOnly EndOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

    public static bool StartIsAllowed(DateOnly start, DateOnly today) => start >= today && start <= today.AddDays(MaxDaysAhead);

    /// <summary>
    /// The last covered day after a cancellation made on <paramref name="today"/>: the end of the paid period when billing
    /// says it (<paramref name="paidThrough"/>), otherwise the end of the current month; never before the coverage started.
    /// </summary>
    public static DateOnly CancellationEnd(DateOnly coverageStart, DateOnly today, DateOnly? paidThrough)
    {
        var end = paidThrough ?? EndOfMonth(today);
        // Cancelled before coverage began: nothing was covered, nothing is billed; the day before the start says so.
        return coverageStart > today ? coverageStart.AddDays(-1) : end;
    }

    /// <summary>Whether a requested end is acceptable: not in the past, not before the coverage start (except the "never started" day before).</summary>
    public static bool EndIsAllowed(DateOnly coverageStart, DateOnly end, DateOnly today) =>
        end >= coverageStart.AddDays(-1) && end >= today.AddDays(-1);
}
