namespace CoopSante.Compliance.Contracts;

/// <summary>A recommendation of a published version of the Cadre de référence, by its stable code (titles only, never a coop's answer).</summary>
public sealed record CadreRecommendation(string Code, string TitleFr, string TitleEn, string FrameworkName, int VersionNumber);

/// <summary>Lists and looks up the recommendations in force, so other modules can link to one by its code.</summary>
public interface ICadreRecommendations
{
    /// <summary>The recommendations of every published version, by code; the newest version's wording when a code repeats.</summary>
    Task<IReadOnlyList<CadreRecommendation>> PublishedAsync(CancellationToken ct = default);

    /// <summary>The recommendation in force with this code (case-sensitive, as stored), or null.</summary>
    Task<CadreRecommendation?> FindAsync(string code, CancellationToken ct = default);
}
