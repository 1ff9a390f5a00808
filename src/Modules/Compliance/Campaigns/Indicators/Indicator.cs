using System.Text.Json.Serialization;

namespace CoopSante.Compliance.Campaigns.Indicators;

/// <summary>
/// An indicator's state: passing, failing (an alert), not available (its source is not there: never a pass), or pending
/// (the source is there and the deadline has not come yet: neither a pass nor an alert).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorState>))]
internal enum IndicatorState { Pass = 1, Fail = 2, Unavailable = 3, Pending = 4 }

/// <summary>One automatic indicator computed from live data, shown beside the self-assessment as evidence.</summary>
/// <param name="Key">Stable name (<c>AgmWithinSixMonths</c>).</param>
/// <param name="Label">Localized name.</param>
/// <param name="Detail">Localized explanation of the figure behind the state.</param>
internal sealed record Indicator(string Key, IndicatorState State, string Label, string Detail);

/// <summary>What the privacy registers say of a coop, read through a Compliance-internal port (null: not known).</summary>
internal sealed record PrivacyFacts(bool? OfficerDesignated, DateOnly? IncidentRegisterReviewedOn);

/// <summary>The Law 25 registers as the indicators read them; the registers' owner implements it.</summary>
internal interface IPrivacyRegisterFacts
{
    Task<PrivacyFacts> FactsAsync(Guid coopId, CancellationToken ct);
}

/// <summary>The Law 25 registers (Privacy/), read through the module's own contract: both facts are known once the module runs.</summary>
internal sealed class PrivacyRegisterFacts(CoopSante.Compliance.Contracts.ICoopPrivacy privacy) : IPrivacyRegisterFacts
{
    public async Task<PrivacyFacts> FactsAsync(Guid coopId, CancellationToken ct)
    {
        var status = await privacy.StatusAsync(coopId, ct);
        return new PrivacyFacts(status.PrivacyOfficerDesignated, status.IncidentRegisterLastReviewedOn);
    }
}
