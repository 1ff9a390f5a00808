namespace CoopSante.Membership.Common;

/// <summary>Local dates of the register are Québec dates (America/Toronto).</summary>
internal static class MembershipClock
{
    private static readonly TimeZoneInfo Quebec = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Quebec).DateTime);
}
