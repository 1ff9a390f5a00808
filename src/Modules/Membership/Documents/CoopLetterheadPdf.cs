using CoopSante.Federation.Contracts;
using CoopSante.Platform.Documents;

namespace CoopSante.Membership.Documents;

/// <summary>
/// The one way a coop's letterhead from the federation's registry becomes the letterhead of its PDFs (receipts, notices,
/// minutes, labels): the legal name (the usual name when none is registered), the street, "City (Québec) A1A 1A1", the NEQ.
/// </summary>
internal static class CoopLetterheadPdf
{
    public static Letterhead ToPdf(this CoopLetterhead coop)
    {
        var name = coop.LegalName.Trim().Length > 0 ? coop.LegalName.Trim() : coop.Name.Trim();
        var city = string.Join(' ', new[] { coop.City.Trim(), coop.City.Trim().Length > 0 ? "(Québec)" : "", coop.PostalCode.Trim() }.Where(p => p.Length > 0));
        return new Letterhead(name, new[] { coop.Address.Trim(), city }.Where(line => line.Length > 0).ToList(), coop.Neq);
    }

    /// <summary>The coop's PDF letterhead, or null when the registry does not know the coop.</summary>
    public static async Task<Letterhead?> PdfLetterheadAsync(this ICoopLetterheads coops, Guid coopId, CancellationToken ct) =>
        (await coops.FindAsync(coopId, ct))?.ToPdf();
}
