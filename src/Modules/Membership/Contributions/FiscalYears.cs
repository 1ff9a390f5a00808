using System.Globalization;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;

namespace CoopSante.Membership.Contributions;

/// <summary>A fiscal year of the coop, named by the calendar year in which it ends (by-laws: its last month and day).</summary>
internal readonly record struct FiscalYear(int Year, DateOnly StartsOn, DateOnly EndsOn)
{
    /// <summary>"2026" when the year is a calendar year, "2026-2027" when it straddles two.</summary>
    public string Label => StartsOn.Year == EndsOn.Year
        ? Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{StartsOn.Year}-{EndsOn.Year}");

    public static FiscalYear Named(int year, BylawsVersion? bylaws)
    {
        var (month, day) = EndOf(bylaws);
        return new FiscalYear(year, MeetingDeadlines.FiscalYearStart(year, month, day), MeetingDeadlines.FiscalYearEnd(year, month, day));
    }

    public static FiscalYear Containing(DateOnly day, BylawsVersion? bylaws)
    {
        var (month, endDay) = EndOf(bylaws);
        return Named(day > MeetingDeadlines.FiscalYearEnd(day.Year, month, endDay) ? day.Year + 1 : day.Year, bylaws);
    }

    private static (int Month, int Day) EndOf(BylawsVersion? bylaws) =>
        bylaws is { FiscalYearEndMonth: >= 1 and <= 12 } b ? (b.FiscalYearEndMonth, Math.Max(1, b.FiscalYearEndDay)) : (12, 31);
}
