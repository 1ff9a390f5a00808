using CoopSante.Federation.Regions;
using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Bulletins;

/// <summary>
/// The audience rules shared by what the federation addresses to its coops (bulletins, library documents, advantages):
/// every coop, some regions (known ones) or chosen coops (in the registry). Each feature names its own error codes.
/// </summary>
internal static class AudienceValidation
{
    public static void Validate(List<Failure> failures, string? audienceText, IReadOnlyList<string>? regions, IReadOnlyList<Guid>? coopIds,
        IReadOnlySet<Guid> knownCoops, ErrorCode unknown, ErrorCode empty, out BulletinAudience audience)
    {
        if (!Enum.TryParse(audienceText, ignoreCase: true, out audience) || !Enum.IsDefined(audience) || int.TryParse(audienceText, out _))
        {
            failures.Add(unknown.At("audience"));
            return;
        }
        switch (audience)
        {
            case BulletinAudience.Regions:
                if (regions is not { Count: > 0 }) failures.Add(empty.At("regions"));
                else
                    for (var i = 0; i < regions.Count; i++)
                        if (QuebecRegions.Find(regions[i]) is null) failures.Add(FederationErrors.RegionUnknown.At($"regions[{i}]"));
                break;
            case BulletinAudience.Coops:
                if (coopIds is not { Count: > 0 }) failures.Add(empty.At("coopIds"));
                else
                    for (var i = 0; i < coopIds.Count; i++)
                        if (!knownCoops.Contains(coopIds[i])) failures.Add(ServicesErrors.CoopUnknown.At($"coopIds[{i}]"));
                break;
        }
    }

    /// <summary>The distinct region codes, as the registry writes them, of a validated region audience.</summary>
    public static IEnumerable<string> RegionCodes(IReadOnlyList<string> regions) =>
        regions.Select(r => QuebecRegions.Find(r)!.Code).Distinct(StringComparer.Ordinal);
}
