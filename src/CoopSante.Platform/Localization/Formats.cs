using System.Globalization;

namespace CoopSante.Platform.Localization;

/// <summary>Money, dates and numbers as each language writes them: "1 234,50 $" in French, "$1,234.50" in English.</summary>
public static partial class Formats
{
    /// <summary>Québec's zone: local dates (DateOnly) are in America/Toronto.</summary>
    public static TimeZoneInfo Quebec => CoopSante.Platform.Time.QuebecClock.Zone;

    public static string Money(decimal amount, CultureInfo? culture = null) =>
        amount.ToString("C2", Culture(culture));

    public static string Number(decimal value, int decimals = 0, CultureInfo? culture = null) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(culture));

    /// <summary>A percentage as each language writes it: "11,1 %" in French, "11.1%" in English.</summary>
    public static string Percent(decimal value, int decimals = 1, CultureInfo? culture = null) =>
        Number(value, decimals, culture) + (IsFrench(culture) ? "\u00a0%" : "%");

    public static string Date(DateOnly date, CultureInfo? culture = null) =>
        date.ToString(IsFrench(culture) ? "d MMMM yyyy" : "MMMM d, yyyy", Culture(culture));

    /// <summary>The Québec date of an instant, written like <see cref="Date(DateOnly, CultureInfo?)"/>.</summary>
    public static string Date(DateTimeOffset instant, CultureInfo? culture = null) =>
        Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Quebec).DateTime), culture);

    /// <summary>A day of every year, such as a fiscal year end: "31 décembre", "December 31".</summary>
    public static string DayOfYear(int month, int day, CultureInfo? culture = null) =>
        month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(2000, month)
            ? new DateOnly(2000, month, day).ToString(IsFrench(culture) ? "d MMMM" : "MMMM d", Culture(culture))
            : string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}");

    /// <summary>A month such as a billing period "2026-11": "novembre 2026", "November 2026"; <paramref name="period"/> as it is when it is not one.</summary>
    public static string Month(string period, CultureInfo? culture = null) => PeriodAs(period, "MMMM yyyy", culture);

    /// <summary>The month alone, short, for the axis of a chart of consecutive months: "nov.", "Nov".</summary>
    public static string ShortMonth(string period, CultureInfo? culture = null) => PeriodAs(period, "MMM", culture);

    private static string PeriodAs(string period, string format, CultureInfo? culture) =>
        DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.ToString(format, Culture(culture))
            : period;

    /// <summary>A date with its day of the week, for events people attend ("samedi 5 décembre 2026", "Saturday, December 5, 2026").</summary>
    public static string DayAndDate(DateOnly date, CultureInfo? culture = null) =>
        date.ToString(IsFrench(culture) ? "dddd d MMMM yyyy" : "dddd, MMMM d, yyyy", Culture(culture));

    public static string DateTime(DateTimeOffset instant, CultureInfo? culture = null)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Quebec);
        return local.ToString(IsFrench(culture) ? "d MMMM yyyy HH 'h' mm" : "MMMM d, yyyy h:mm tt", Culture(culture));
    }

    /// <summary>A date and time on one short line, for logs and lists: "2026-12-06 08 h 05", "2026-12-06, 8:05 a.m.".</summary>
    public static string ShortDateTime(DateTimeOffset instant, CultureInfo? culture = null)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Quebec);
        return IsFrench(culture)
            ? local.ToString("yyyy-MM-dd HH 'h' mm", Culture(culture))
            : $"{local.ToString("yyyy-MM-dd", Culture(culture))}, {Time(TimeOnly.FromDateTime(local.DateTime), culture)}";
    }

    /// <summary>The colon after a label: French puts a space before it ("Statut : actif"), English does not ("Status: active").</summary>
    public static string Colon(CultureInfo? culture = null) => IsFrench(culture) ? " : " : ": ";

    /// <summary>A label and its value joined by the language's colon.</summary>
    public static string Labelled(string label, string? value, CultureInfo? culture = null) => label + Colon(culture) + value;

    /// <summary>A time of day: "8 h", "8 h 30", "17 h" in French; "8 a.m.", "8:30 a.m.", "5 p.m." in English (Canadian style).</summary>
    public static string Time(TimeOnly time, CultureInfo? culture = null)
    {
        if (IsFrench(culture))
            return time.Minute == 0 ? $"{time.Hour.ToString(CultureInfo.InvariantCulture)} h" : time.ToString("H 'h' mm", CultureInfo.InvariantCulture);
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture);
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes} {(time.Hour < 12 ? "a.m." : "p.m.")}";
    }

    /// <summary>A span of time: "8 h – 17 h", "8 a.m. – 5 p.m.".</summary>
    public static string TimeRange(TimeOnly from, TimeOnly to, CultureInfo? culture = null) => $"{Time(from, culture)} – {Time(to, culture)}";

    /// <summary>
    /// Free text written with French hours ("8 h – 17 h", "8 h 30 à 12 h"), as opening hours are stored, shown in the reader's
    /// language: English reads "8 a.m. – 5 p.m.", "8:30 a.m. to 12 p.m."; French text is returned as it is.
    /// </summary>
    public static string Hours(string? text, CultureInfo? culture = null)
    {
        if (string.IsNullOrEmpty(text) || IsFrench(culture)) return text ?? "";
        var english = FrenchHour().Replace(text, m =>
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return hour is >= 0 and <= 24 && minute is >= 0 and < 60 ? Time(new TimeOnly(hour % 24, minute), culture) : m.Value;
        });
        return FrenchTo().Replace(english, " to ");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<h>\d{1,2})\s?h(?:\s?(?<m>\d{2}))?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 200)]
    private static partial System.Text.RegularExpressions.Regex FrenchHour();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+à\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 200)]
    private static partial System.Text.RegularExpressions.Regex FrenchTo();

    private static CultureInfo Culture(CultureInfo? culture) => culture ?? CultureInfo.CurrentCulture;
    private static bool IsFrench(CultureInfo? culture) => Culture(culture).TwoLetterISOLanguageName == "fr";
}
