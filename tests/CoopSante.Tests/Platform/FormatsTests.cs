using System.Globalization;
using CoopSante.Platform.Localization;

namespace CoopSante.Tests.Platform;

public sealed class FormatsTests
{
    private static readonly CultureInfo Fr = new("fr-CA");
    private static readonly CultureInfo En = new("en-CA");

    [Fact]
    public void Money_is_written_the_french_way_in_french_and_the_english_way_in_english()
    {
        Assert.Equal("1 234,50 $", Formats.Money(1234.5m, Fr).Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal("$1,234.50", Formats.Money(1234.5m, En));
    }

    [Fact]
    public void Dates_use_the_language_of_the_reader()
    {
        var date = new DateOnly(2026, 11, 26);
        Assert.Equal("26 novembre 2026", Formats.Date(date, Fr));
        Assert.Equal("November 26, 2026", Formats.Date(date, En));
        Assert.Equal("jeudi 26 novembre 2026", Formats.DayAndDate(date, Fr));
        Assert.Equal("Thursday, November 26, 2026", Formats.DayAndDate(date, En));
    }

    [Fact]
    public void Instants_are_shown_in_quebec_time()
    {
        var instant = new DateTimeOffset(2026, 7, 1, 16, 5, 0, TimeSpan.Zero); // 12:05 EDT
        Assert.Equal("1 juillet 2026 12 h 05", Formats.DateTime(instant, Fr));
    }

    [Fact]
    public void The_supported_cultures_are_french_first()
    {
        Assert.Equal("fr-CA", Cultures.Supported[0].Name);
        Assert.Equal("fr-CA", Cultures.Normalize("de-DE"));
        Assert.Equal("en-CA", Cultures.Normalize("en-US"));
    }
}
