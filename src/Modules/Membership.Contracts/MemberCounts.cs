namespace CoopSante.Membership.Contracts;

/// <summary>Active members of the coops of one administrative region ("01" to "17"; "" for coops the registry does not know).</summary>
public sealed record RegionMemberCount(string RegionCode, int Coops, int ActiveMembers);

/// <summary>Counts of members across coops, never a person. Implemented by the Membership module.</summary>
public interface IMemberCounts
{
    /// <summary>Active members by region of their coop, ordered by region code.</summary>
    Task<IReadOnlyList<RegionMemberCount>> ByRegionAsync(CancellationToken ct);

    /// <summary>Active members per coop (coops without any are absent): the federation's figures, Telemedicine's rates, Compliance's conditions.</summary>
    Task<IReadOnlyDictionary<Guid, int>> ActiveByCoopAsync(CancellationToken ct);
}
