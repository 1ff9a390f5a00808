using System.Globalization;
using System.Resources;
using CoopSante.Membership.Resources;

namespace CoopSante.Membership.Meetings;

/// <summary>Meeting texts in a given language (a member's letter, a chosen PDF language), whatever the request's culture.</summary>
internal static class MeetingsStrings
{
    private static readonly ResourceManager Text = new(typeof(MeetingsText));

    public static CultureInfo CultureFor(string? language) =>
        CultureInfo.GetCultureInfo(string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en-CA" : "fr-CA");

    public static string T(string key, CultureInfo culture) => Text.GetString(key, culture) ?? key;

    public static string F(string key, CultureInfo culture, params object?[] args) => string.Format(culture, T(key, culture), args);
}
