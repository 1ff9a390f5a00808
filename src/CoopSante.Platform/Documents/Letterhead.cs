namespace CoopSante.Platform.Documents;

/// <summary>Who issues a document: the coop's name, its postal address (one or more lines) and its Québec enterprise number.</summary>
public sealed record Letterhead(string Name, IReadOnlyList<string> Address, string? Neq = null);
