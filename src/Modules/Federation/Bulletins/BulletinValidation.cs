using CoopSante.Federation.Regions;
using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Bulletins;

internal static class BulletinValidation
{
    public static List<Failure> Validate(BulletinInput input, IReadOnlySet<Guid> knownCoops, out BulletinAudience audience)
    {
        var failures = new List<Failure>();
        Text(failures, input.TitleFr, "titleFr", Bulletin.TitleMax);
        Text(failures, input.TitleEn, "titleEn", Bulletin.TitleMax);
        Text(failures, input.BodyFr, "bodyFr", Bulletin.BodyMax);
        Text(failures, input.BodyEn, "bodyEn", Bulletin.BodyMax);
        if (!Enum.TryParse(input.Audience, ignoreCase: true, out audience) || !Enum.IsDefined(audience) || int.TryParse(input.Audience, out _))
        {
            failures.Add(ServicesErrors.BulletinAudienceUnknown.At("audience"));
            return failures;
        }
        switch (audience)
        {
            case BulletinAudience.Regions:
                if (input.Regions is not { Count: > 0 }) failures.Add(ServicesErrors.BulletinAudienceEmpty.At("regions"));
                else
                    for (var i = 0; i < input.Regions.Count; i++)
                        if (QuebecRegions.Find(input.Regions[i]) is null) failures.Add(FederationErrors.RegionUnknown.At($"regions[{i}]"));
                break;
            case BulletinAudience.Coops:
                if (input.CoopIds is not { Count: > 0 }) failures.Add(ServicesErrors.BulletinAudienceEmpty.At("coopIds"));
                else
                    for (var i = 0; i < input.CoopIds.Count; i++)
                        if (!knownCoops.Contains(input.CoopIds[i])) failures.Add(ServicesErrors.CoopUnknown.At($"coopIds[{i}]"));
                break;
        }
        return failures;
    }

    private static void Text(List<Failure> failures, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) failures.Add(PlatformErrors.Required.At(field));
        else if (value.Trim().Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
    }
}
