namespace CoopSante.Federation.Contracts;

/// <summary>What a document a coop sends must name: its legal name, postal address and Québec enterprise number (NEQ).</summary>
public sealed record CoopLetterheadInfo(string Name, string LegalName, string Address, string City, string PostalCode, string Neq);

/// <summary>The registry's letterhead of a coop, for documents other modules issue in its name (receipts, letters).</summary>
public interface ICoopLetterheads
{
    Task<CoopLetterheadInfo?> FindAsync(Guid coopId, CancellationToken ct);
}
