using System.Globalization;

namespace CoopSante.Platform.Localization;

/// <summary>Money, dates and numbers as each language writes them: "1 234,50 $" in French, "$1,234.50" in English.</summary>
public static class Formats
{
    /// <summary>Québec's zone: local dates (DateOnly) are in America/Toronto.</summary>
    public static TimeZoneInfo Quebec => Time.QuebecClock.Zone;

    public static string Money(decimal amount, CultureInfo? culture = null) =>
        amount.ToString("C2", Culture(culture));

    public static string Number(decimal value, int decimals = 0, CultureInfo? culture = null) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(culture));

    public static string Date(DateOnly date, CultureInfo? culture = null) =>
        date.ToString(IsFrench(culture) ? "d MMMM yyyy" : "MMMM d, yyyy", Culture(culture));

    /// <summary>A date with its day of the week, for events people attend ("samedi 5 décembre 2026", "Saturday, December 5, 2026").</summary>
    public static string DayAndDate(DateOnly date, CultureInfo? culture = null) =>
        date.ToString(IsFrench(culture) ? "dddd d MMMM yyyy" : "dddd, MMMM d, yyyy", Culture(culture));

    public static string DateTime(DateTimeOffset instant, CultureInfo? culture = null)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Quebec);
        return local.ToString(IsFrench(culture) ? "d MMMM yyyy HH 'h' mm" : "MMMM d, yyyy h:mm tt", Culture(culture));
    }

    private static CultureInfo Culture(CultureInfo? culture) => culture ?? CultureInfo.CurrentCulture;
    private static bool IsFrench(CultureInfo? culture) => Culture(culture).TwoLetterISOLanguageName == "fr";
}
