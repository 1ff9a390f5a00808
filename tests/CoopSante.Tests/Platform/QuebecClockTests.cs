using CoopSante.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace CoopSante.Tests.Platform;

public sealed class QuebecClockTests
{
    [Fact]
    public void At_midnight_utc_it_is_still_yesterday_evening_in_quebec()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)); // 19:00 on Jan 1 (EST)
        Assert.Equal(new DateOnly(2026, 1, 1), clock.Today());
        Assert.Equal(19, clock.LocalNow().Hour);
    }

    [Fact]
    public void Today_is_the_quebec_date_not_the_utc_date_late_in_the_evening()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 0, 0, TimeSpan.Zero)); // 22:00 on Jan 1 in Québec
        Assert.Equal(new DateOnly(2026, 1, 1), clock.Today());
        clock.Advance(TimeSpan.FromHours(2)); // midnight in Québec
        Assert.Equal(new DateOnly(2026, 1, 2), clock.Today());
    }

    [Fact]
    public void Summer_time_moves_québec_midnight_to_four_o_clock_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 3, 59, 0, TimeSpan.Zero)); // 23:59 EDT on June 30
        Assert.Equal(new DateOnly(2026, 6, 30), clock.Today());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today());
    }
}
