namespace CoopSante.Federation.Contracts;

/// <summary>
/// The federation's registry of member coops, as other modules read it: the one coop contract. Implemented and
/// registered by the Federation module (the same class also gives the platform its coop names, see ADR 0011).
/// </summary>
public interface ICoopRegistry
{
    /// <summary>The coop with this id, whatever its status, or null when the registry does not know it.</summary>
    Task<CoopSummary?> FindAsync(Guid coopId, CancellationToken ct);

    /// <summary>Every coop of the registry, ordered by name.</summary>
    Task<IReadOnlyList<CoopSummary>> ListAsync(CancellationToken ct);
}
