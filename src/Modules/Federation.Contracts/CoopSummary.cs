namespace CoopSante.Federation.Contracts;

/// <summary>A coop of the registry: its id, name, administrative region code ("01" to "17") and status ("InCreation", "Active" or "Closed").</summary>
public sealed record CoopSummary(Guid Id, string Name, string RegionCode, string Status);
