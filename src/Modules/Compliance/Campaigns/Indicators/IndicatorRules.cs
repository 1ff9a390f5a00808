using CoopSante.Membership.Contracts;

namespace CoopSante.Compliance.Campaigns.Indicators;

/// <summary>The indicators' rules as plain functions of the facts (unit-tested without a database). Each returns a state and the resource key of its detail.</summary>
internal static class IndicatorRules
{
    /// <summary>
    /// The AGM of the last ended fiscal year is held within six months of its end (Cooperatives Act, s. 76): passing when one
    /// was held in that window or is planned by the deadline; failing when the deadline passed without one, or none is planned.
    /// </summary>
    public static (IndicatorState, string) AgmWithinSixMonths(GovernanceDates? dates, DateOnly today)
    {
        if (dates is null) return (IndicatorState.Unavailable, "Campaign.Indicator.NoBylaws");
        if (dates.LastAgm is { } last && last > dates.LastFiscalYearEnd && last <= dates.AgmDeadline) return (IndicatorState.Pass, "Campaign.Indicator.AgmHeld");
        if (dates.NextAgm is { } next && next <= dates.AgmDeadline && today <= dates.AgmDeadline) return (IndicatorState.Pass, "Campaign.Indicator.AgmPlanned");
        return (IndicatorState.Fail, "Campaign.Indicator.AgmMissing");
    }

    /// <summary>
    /// The annual report of the last ended fiscal year is sent within 30 days of its AGM (Cooperatives Act, s. 134; the
    /// deadline Membership computes): passing when sent by the deadline, failing when sent late or not sent once the
    /// deadline passed, pending (not an alert, not a pass) before it. Not available only when the calendar does not carry
    /// the sending at all (no bylaws, or an implementation that leaves the fiscal year unset).
    /// </summary>
    public static (IndicatorState, string) AnnualReportSent(GovernanceDates? dates, DateOnly today)
    {
        if (dates is null) return (IndicatorState.Unavailable, "Campaign.Indicator.NoBylaws");
        if (dates.FiscalYear == 0) return (IndicatorState.Unavailable, "Campaign.Indicator.ReportUnknown");
        if (dates.AnnualReportSentOn is { } sent)
            return sent <= dates.AnnualReportDeadline ? (IndicatorState.Pass, "Campaign.Indicator.ReportSent") : (IndicatorState.Fail, "Campaign.Indicator.ReportSentLate");
        return today <= dates.AnnualReportDeadline ? (IndicatorState.Pending, "Campaign.Indicator.ReportDue") : (IndicatorState.Fail, "Campaign.Indicator.ReportMissing");
    }

    /// <summary>Supporting members hold at most one third of the board's seats, counted over the whole board.</summary>
    public static (IndicatorState, string) SupportingAtMostOneThird(GovernanceDates? dates)
    {
        if (dates is null) return (IndicatorState.Unavailable, "Campaign.Indicator.NoBylaws");
        var seated = dates.Board.Sum(b => b.Directors);
        if (seated == 0) return (IndicatorState.Unavailable, "Campaign.Indicator.NoBoard");
        var supporting = dates.Board.Where(b => b.Category == MembershipCategory.Supporting).Sum(b => b.Directors);
        var board = Math.Max(seated, dates.BoardSize);
        return supporting * 3 <= board ? (IndicatorState.Pass, "Campaign.Indicator.SupportingOk") : (IndicatorState.Fail, "Campaign.Indicator.SupportingTooMany");
    }

    public static (IndicatorState, string) PrivacyOfficer(PrivacyFacts facts) => facts.OfficerDesignated switch
    {
        null => (IndicatorState.Unavailable, "Campaign.Indicator.Unavailable"),
        true => (IndicatorState.Pass, "Campaign.Indicator.OfficerDesignated"),
        false => (IndicatorState.Fail, "Campaign.Indicator.OfficerMissing"),
    };

    /// <summary>The incident register reviewed within the last 12 months.</summary>
    public static (IndicatorState, string) IncidentRegisterReviewed(PrivacyFacts facts, DateOnly today)
    {
        if (facts.OfficerDesignated is null && facts.IncidentRegisterReviewedOn is null) return (IndicatorState.Unavailable, "Campaign.Indicator.Unavailable");
        return facts.IncidentRegisterReviewedOn is { } on && on > today.AddMonths(-12)
            ? (IndicatorState.Pass, "Campaign.Indicator.RegisterReviewed")
            : (IndicatorState.Fail, "Campaign.Indicator.RegisterNotReviewed");
    }
}
