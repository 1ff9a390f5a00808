namespace CoopSante.Platform.Data;

/// <summary>A row owned by one coop. Every query on it is filtered to the current user's active coop.</summary>
public interface ICoopOwned
{
    Guid CoopId { get; set; }
}

/// <summary>An editable aggregate with optimistic concurrency: <see cref="Version"/> is checked and bumped on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
