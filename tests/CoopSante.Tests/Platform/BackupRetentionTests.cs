using CoopSante.Platform.Backup;

namespace CoopSante.Tests.Platform;

public sealed class BackupRetentionTests
{
    private static readonly TimeZoneInfo Quebec = CoopSante.Platform.Localization.Formats.Quebec;

    // 02:15 Québec time (07:15 UTC in winter) each day from Monday 2026-11-02 to Sunday 2026-12-06, plus a "run now" on the last day.
    private static readonly List<DateTimeOffset> Daily =
        [.. Enumerable.Range(0, 35).Select(d => new DateTimeOffset(2026, 11, 2, 7, 15, 0, TimeSpan.Zero).AddDays(d)), new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero)];

    [Fact]
    public void The_newest_of_each_of_the_last_days_and_of_the_last_weeks_are_kept_and_nothing_else()
    {
        var keep = BackupRetention.Keep(Daily, daily: 3, weekly: 2, Quebec);
        Assert.Equal(
            [
                new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero), // today's newest (the run-now), also this week's
                new DateTimeOffset(2026, 12, 5, 7, 15, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 4, 7, 15, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 11, 29, 7, 15, 0, TimeSpan.Zero), // last week's newest: Sunday
            ],
            keep.OrderDescending());
    }

    [Fact]
    public void Days_are_Québec_days_and_the_newest_backup_is_kept_even_when_retention_is_zero()
    {
        // Two UTC days, one Québec day (18:30 and 19:30 on December 5): only the newer is that day's.
        DateTimeOffset a = new(2026, 12, 6, 0, 30, 0, TimeSpan.Zero), b = new(2026, 12, 5, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal([a], BackupRetention.Keep([a, b], daily: 1, weekly: 0, Quebec));
        Assert.Equal([a], BackupRetention.Keep([a, b], daily: 0, weekly: 0, Quebec));
        Assert.Empty(BackupRetention.Keep([], daily: 7, weekly: 4, Quebec));
    }
}
