using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Library;
using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Advantages;

internal static class AdvantageValidation
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public static List<Failure> Validate(AdvantageInput input, IReadOnlySet<Guid> knownCoops, out BulletinAudience audience, out AdvantageBeneficiaries beneficiaries)
    {
        var failures = new List<Failure>();
        LibraryValidation.Line(failures, input.Supplier, "supplier", Advantage.SupplierMax);
        LibraryValidation.Line(failures, input.TitleFr, "titleFr", Advantage.TitleMax);
        LibraryValidation.Line(failures, input.TitleEn, "titleEn", Advantage.TitleMax);
        BulletinValidation.Text(failures, input.DescriptionFr, "descriptionFr", Advantage.TextMax);
        BulletinValidation.Text(failures, input.DescriptionEn, "descriptionEn", Advantage.TextMax);
        BulletinValidation.Text(failures, input.HowToClaimFr, "howToClaimFr", Advantage.TextMax);
        BulletinValidation.Text(failures, input.HowToClaimEn, "howToClaimEn", Advantage.TextMax);
        Optional(failures, input.ConditionsFr, "conditionsFr");
        Optional(failures, input.ConditionsEn, "conditionsEn");
        if (input.ValidFrom is not { } from) failures.Add(PlatformErrors.Required.At("validFrom"));
        else if (from < Earliest || from > Latest) failures.Add(LibraryErrors.AdvantageDateInvalid.At("validFrom"));
        if (input.ValidUntil is { } until)
        {
            if (until < Earliest || until > Latest) failures.Add(LibraryErrors.AdvantageDateInvalid.At("validUntil"));
            else if (input.ValidFrom is { } start && until < start) failures.Add(LibraryErrors.AdvantageEndsBeforeStart.At("validUntil"));
        }
        beneficiaries = AdvantageBeneficiaries.CoopsAndMembers;
        if (input.Beneficiaries is not null && !LibraryValidation.TryParseName(input.Beneficiaries, out beneficiaries))
            failures.Add(LibraryErrors.AdvantageBeneficiariesUnknown.At("beneficiaries"));
        AudienceValidation.Validate(failures, input.Audience, input.Regions, input.CoopIds, knownCoops, LibraryErrors.AudienceUnknown, LibraryErrors.AudienceEmpty, out audience);
        return failures;
    }

    private static void Optional(List<Failure> failures, string? value, string field)
    {
        if (value is not null && value.Trim().Length > Advantage.TextMax) failures.Add(PlatformErrors.TooLong.At(field, Advantage.TextMax));
    }
}
