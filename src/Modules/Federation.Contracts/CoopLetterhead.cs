namespace CoopSante.Federation.Contracts;

/// <summary>Who a coop's documents come from: its name (and legal name), postal address and Québec enterprise number (NEQ).</summary>
public sealed record CoopLetterhead(Guid Id, string Name, string LegalName, string Address, string City, string PostalCode, string? Neq);

/// <summary>The letterhead of a coop's documents (convocation notices, minutes, receipts, letters), read from the federation's registry.</summary>
public interface ICoopLetterheads
{
    /// <summary>The coop's letterhead, or null when the registry does not know it.</summary>
    Task<CoopLetterhead?> FindAsync(Guid coopId, CancellationToken ct);
}
