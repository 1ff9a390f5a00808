namespace CoopSante.Platform.Tenancy;

/// <summary>
/// Names of coops, for the top bar's coop switcher and the admin pages. The platform does not own coops: the
/// Federation module registers the real implementation; until then a fallback shows a short id.
/// </summary>
public interface ICoopDirectory
{
    /// <summary>Names of the given coops (ids that are not known are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> coopIds, CancellationToken ct = default);

    /// <summary>Every coop, by name (for federation admins choosing a coop).</summary>
    Task<IReadOnlyList<CoopName>> AllAsync(CancellationToken ct = default);
}

public sealed record CoopName(Guid Id, string Name);

internal sealed class FallbackCoopDirectory(Data.PlatformDbContext db) : ICoopDirectory
{
    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> coopIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(coopIds.Distinct().ToDictionary(id => id, Short));

    public async Task<IReadOnlyList<CoopName>> AllAsync(CancellationToken ct = default)
    {
        // Without the registry, the coops known here are those that someone holds a role in.
        var ids = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.RoleGrants.Where(g => g.CoopId != null).Select(g => g.CoopId!.Value).Distinct(), ct);
        return ids.Select(id => new CoopName(id, Short(id))).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static string Short(Guid id) => "Coop " + id.ToString("N")[..8];
}
