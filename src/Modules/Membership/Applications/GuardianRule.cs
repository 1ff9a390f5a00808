using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Applications;

/// <summary>The parent or tutor who consents for an applicant under 14.</summary>
internal sealed record GuardianInput(string? Name, GuardianRelationship? Relationship, bool Consent);

/// <summary>What the applicant chooses beyond the register: the optional, withdrawable consents, and a guardian's consent under 14.</summary>
internal sealed record ApplicationChoices(bool EmailNotices = false, bool Newsletter = false, GuardianInput? Guardian = null)
{
    public IReadOnlyList<string> ConsentPurposes() =>
        [.. EmailNotices ? [MemberConsent.EmailNoticesPurpose] : Array.Empty<string>(), .. Newsletter ? [MemberConsent.NewsletterPurpose] : Array.Empty<string>()];
}

/// <summary>
/// A person under 14 applies with the consent of a parent or tutor: the Act respecting the protection of personal
/// information in the private sector, s. 4.1 (Law 25), and Civil Code art. 14 — personal information about a minor under
/// 14 is collected with the consent of the person having parental authority or the tutor.
/// </summary>
internal static class GuardianRule
{
    public const int ConsentAge = 14;

    public static bool IsRequired(DateOnly dateOfBirth, DateOnly today) => BirthDates.AgeOn(dateOfBirth, today) < ConsentAge;

    public static List<Failure> Check(GuardianInput? guardian)
    {
        var f = new List<Failure>();
        if (string.IsNullOrWhiteSpace(guardian?.Name)) f.Add(PlatformErrors.Required.At("guardianName"));
        else if (guardian.Name.Trim().Length > 200) f.Add(PlatformErrors.TooLong.At("guardianName", 200));
        if (guardian?.Relationship is not { } r || !Enum.IsDefined(r)) f.Add(PlatformErrors.Required.At("guardianRelationship"));
        if (guardian?.Consent != true) f.Add(MembershipErrors.GuardianConsentRequired.At("guardianConsent"));
        return f;
    }
}
