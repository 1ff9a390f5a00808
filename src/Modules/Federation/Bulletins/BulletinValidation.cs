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
        AudienceValidation.Validate(failures, input.Audience, input.Regions, input.CoopIds, knownCoops,
            ServicesErrors.BulletinAudienceUnknown, ServicesErrors.BulletinAudienceEmpty, out audience);
        return failures;
    }

    public static void Text(List<Failure> failures, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) failures.Add(PlatformErrors.Required.At(field));
        else if (value.Trim().Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
    }
}
