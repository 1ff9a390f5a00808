namespace CoopSante.Compliance.Contracts;

/// <summary>A coop's latest closed conformity result, for other modules' aggregate views (never an answer or a file).</summary>
public sealed record CoopConformity(Guid CoopId, Guid CampaignId, DateOnly ClosedOn, decimal Score);

/// <summary>Reads conformity results without reaching into the compliance module.</summary>
public interface ICoopConformity
{
    /// <summary>The coop's result in its latest closed campaign, or null when it has none.</summary>
    Task<CoopConformity?> LatestAsync(Guid coopId, CancellationToken ct = default);
}
