using CoopSante.Platform.Time;

namespace CoopSante.Federation.Support;

/// <summary>
/// The federation's business time for service-level targets (ADR 0040): Monday to Friday, 8 h 30 to 16 h 30 in Québec
/// (8 business hours a day). Statutory holidays are not subtracted (a target is never tighter than the calendar says).
/// </summary>
internal static class BusinessTime
{
    public static readonly TimeSpan Opens = new(8, 30, 0);
    public static readonly TimeSpan Closes = new(16, 30, 0);

    /// <summary>The instant <paramref name="hours"/> business hours after <paramref name="start"/>.</summary>
    public static DateTimeOffset AddBusinessHours(DateTimeOffset start, int hours)
    {
        var local = TimeZoneInfo.ConvertTime(start, QuebecClock.Zone).DateTime;
        var left = TimeSpan.FromHours(hours);
        local = NextOpenMoment(local);
        while (true)
        {
            var close = local.Date + Closes;
            var today = close - local;
            if (left <= today) return Utc(local + left);
            left -= today;
            local = NextOpenMoment(local.Date.AddDays(1) + Opens);
        }
    }

    /// <summary>Closing time on the <paramref name="days"/>-th business day after the day of <paramref name="start"/>.</summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        var date = TimeZoneInfo.ConvertTime(start, QuebecClock.Zone).Date;
        var added = 0;
        while (added < days)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date)) added++;
        }
        while (!IsBusinessDay(date)) date = date.AddDays(1);
        return Utc(date + Closes);
    }

    private static bool IsBusinessDay(DateTime date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The moment itself when the federation is open then, else the next opening.</summary>
    private static DateTime NextOpenMoment(DateTime local)
    {
        if (local.TimeOfDay >= Closes) local = local.Date.AddDays(1) + Opens;
        if (local.TimeOfDay < Opens) local = local.Date + Opens;
        while (!IsBusinessDay(local)) local = local.Date.AddDays(1) + Opens;
        return local;
    }

    /// <summary>The instant of a Québec wall-clock time, in UTC (PostgreSQL stores instants in UTC only).</summary>
    private static DateTimeOffset Utc(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, QuebecClock.Zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
