using System.Globalization;
using CoopSante.Compliance.Resources;
using CoopSante.Membership.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Campaigns.Indicators;

/// <summary>
/// The automatic indicators of a coop, from other modules' contracts only: Membership's governance calendar, the privacy
/// registers' port, and Care's (which does not exist yet: "not available", never a pass). The annual report's sending is
/// read from the same calendar (<see cref="GovernanceDates.AnnualReportSentOn"/>).
/// </summary>
internal sealed class CoopIndicators(IServiceProvider services, IPrivacyRegisterFacts privacy, IStringLocalizer<CampaignText> text, TimeProvider clock)
{
    public async Task<IReadOnlyList<Indicator>> ForAsync(Guid coopId, CancellationToken ct)
    {
        var today = clock.Today();
        var calendar = services.GetService<IGovernanceCalendar>();
        var dates = calendar is null ? null : await calendar.DatesAsync(coopId, today, ct);
        var facts = await privacy.FactsAsync(coopId, ct);
        var list = new List<Indicator>
        {
            Make("AgmWithinSixMonths", calendar is null ? (IndicatorState.Unavailable, "Campaign.Indicator.Unavailable") : IndicatorRules.AgmWithinSixMonths(dates, today), dates),
            Make("AnnualReportWithin30Days", calendar is null ? (IndicatorState.Unavailable, "Campaign.Indicator.Unavailable") : IndicatorRules.AnnualReportSent(dates, today), dates),
            Make("SupportingAtMostOneThird", calendar is null ? (IndicatorState.Unavailable, "Campaign.Indicator.Unavailable") : IndicatorRules.SupportingAtMostOneThird(dates), dates),
            Make("PrivacyOfficerDesignated", IndicatorRules.PrivacyOfficer(facts), dates),
            Make("IncidentRegisterReviewed", IndicatorRules.IncidentRegisterReviewed(facts, today), dates),
            Make("CareNotTiedToMembership", (IndicatorState.Unavailable, "Campaign.Indicator.CareUnavailable"), dates),
        };
        return list;
    }

    private Indicator Make(string key, (IndicatorState State, string Detail) result, GovernanceDates? dates)
    {
        var c = CultureInfo.CurrentCulture;
        object[] args = dates is null ? Enumerable.Repeat((object)"—", 8).ToArray() :
        [
            Platform.Localization.Formats.Date(dates.LastFiscalYearEnd, c), Platform.Localization.Formats.Date(dates.AgmDeadline, c),
            dates.LastAgm is { } l ? Platform.Localization.Formats.Date(l, c) : "—", dates.NextAgm is { } n ? Platform.Localization.Formats.Date(n, c) : "—",
            dates.Board.Where(b => b.Category == MembershipCategory.Supporting).Sum(b => b.Directors), Math.Max(dates.Board.Sum(b => b.Directors), dates.BoardSize),
            Platform.Localization.Formats.Date(dates.AnnualReportDeadline, c),
            dates.AnnualReportSentOn is { } s ? Platform.Localization.Formats.Date(s, c) : "—",
        ];
        return new Indicator(key, result.State, text["Campaign.Indicator." + key].Value, string.Format(c, text[result.Detail].Value, args));
    }
}
