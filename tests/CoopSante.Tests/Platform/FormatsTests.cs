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
    public void Percentages_keep_their_sign_apart_in_french_only()
    {
        Assert.Equal("11,1\u00a0%", Formats.Percent(11.12m, 1, Fr));
        Assert.Equal("11.1%", Formats.Percent(11.12m, 1, En));
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

    [Fact]
    public void English_times_read_8_am_to_5_pm_and_french_times_stay_8_h_to_17_h()
    {
        Assert.Equal("8 a.m. – 5 p.m.", Formats.TimeRange(new TimeOnly(8, 0), new TimeOnly(17, 0), En));
        Assert.Equal("8:30 a.m.", Formats.Time(new TimeOnly(8, 30), En));
        Assert.Equal("12 p.m.", Formats.Time(new TimeOnly(12, 0), En));
        Assert.Equal("12 a.m.", Formats.Time(new TimeOnly(0, 0), En));
        Assert.Equal("8 h – 17 h", Formats.TimeRange(new TimeOnly(8, 0), new TimeOnly(17, 0), Fr));
        Assert.Equal("8 h 30", Formats.Time(new TimeOnly(8, 30), Fr));
    }

    [Theory]
    [InlineData("8 h – 17 h", "8 a.m. – 5 p.m.")]
    [InlineData("8 h 30 à 12 h", "8:30 a.m. to 12 p.m.")]
    [InlineData("Sur rendez-vous", "Sur rendez-vous")]
    [InlineData("99 h", "99 h")]
    public void Opening_hours_written_in_french_read_in_english(string stored, string english)
    {
        Assert.Equal(english, Formats.Hours(stored, En));
        Assert.Equal(stored, Formats.Hours(stored, Fr));
    }

    [Fact]
    public void English_puts_no_space_before_a_colon_and_french_does()
    {
        Assert.Equal("Status: active", Formats.Labelled("Status", "active", En));
        Assert.Equal("Statut : actif", Formats.Labelled("Statut", "actif", Fr));
    }

    [Fact]
    public void A_fiscal_year_end_is_a_day_of_every_year_and_a_short_instant_keeps_the_iso_date()
    {
        Assert.Equal("31 décembre", Formats.DayOfYear(12, 31, Fr));
        Assert.Equal("December 31", Formats.DayOfYear(12, 31, En));
        Assert.Equal("02-30", Formats.DayOfYear(2, 30, En));
        var instant = new DateTimeOffset(2026, 7, 1, 16, 5, 0, TimeSpan.Zero); // 12:05 EDT
        Assert.Equal("2026-07-01, 12:05 p.m.", Formats.ShortDateTime(instant, En));
        Assert.Equal("2026-07-01 12 h 05", Formats.ShortDateTime(instant, Fr));
    }
}
