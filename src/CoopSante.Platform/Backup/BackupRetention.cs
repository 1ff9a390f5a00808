using System.Globalization;

namespace CoopSante.Platform.Backup;

/// <summary>Which backups to keep: the newest of each of the last <c>daily</c> days and of the last <c>weekly</c> ISO weeks (Québec time); never the newest one.</summary>
internal static class BackupRetention
{
    public static IReadOnlySet<DateTimeOffset> Keep(IEnumerable<DateTimeOffset> backups, int daily, int weekly, TimeZoneInfo zone)
    {
        var newestFirst = backups.Distinct().OrderDescending().ToList();
        var keep = new HashSet<DateTimeOffset>();
        if (newestFirst.Count == 0) return keep;
        keep.Add(newestFirst[0]);
        DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        foreach (var group in newestFirst.GroupBy(Day).Take(Math.Max(0, daily))) keep.Add(group.First());
        foreach (var group in newestFirst.GroupBy(t => (ISOWeek.GetYear(Day(t).ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(Day(t).ToDateTime(TimeOnly.MinValue)))).Take(Math.Max(0, weekly)))
            keep.Add(group.First());
        return keep;
    }
}
