using System.Net.Mail;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Text;

namespace CoopSante.Membership.Register;

/// <summary>The identity and contact details of a member or applicant, as typed by staff or the applicant.</summary>
internal sealed record MemberInput
{
    public MemberKind Kind { get; init; } = MemberKind.Person;
    public string? FamilyName { get; init; }
    public string? GivenName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? Province { get; init; }
    public string? PostalCode { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? PreferredLanguage { get; init; }
    public MemberCategory Category { get; init; } = MemberCategory.User;

    /// <summary>Checks every field and collects every failure; <paramref name="categoriesInUse"/> null skips the by-law check.</summary>
    public List<Failure> Validate(DateOnly today, IReadOnlyCollection<MemberCategory>? categoriesInUse)
    {
        var f = new List<Failure>();
        var person = Kind == MemberKind.Person;
        if (!Enum.IsDefined(Kind)) f.Add(PlatformErrors.InvalidValue.At("kind"));
        Text(f, FamilyName, "familyName", 200, required: true);
        Text(f, GivenName, "givenName", 200, required: person);
        Text(f, Street, "street", 200, required: true);
        Text(f, City, "city", 100, required: true);
        if (Province is { Length: > 0 } p && (p.Trim().Length != 2 || !p.Trim().All(char.IsAsciiLetter))) f.Add(PlatformErrors.InvalidValue.At("province"));
        if (person)
        {
            if (DateOfBirth is null) f.Add(PlatformErrors.Required.At("dateOfBirth"));
            else if (!BirthDates.DateOfBirthIsPlausible(DateOfBirth.Value, today)) f.Add(MembershipErrors.DateOfBirthImplausible.At("dateOfBirth"));
        }
        if (string.IsNullOrWhiteSpace(PostalCode)) f.Add(PlatformErrors.Required.At("postalCode"));
        else if (!PostalCodes.TryCanonical(PostalCode, out _)) f.Add(MembershipErrors.PostalCodeInvalid.At("postalCode"));
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            var digits = SearchNormalizer.Digits(Phone);
            if (digits.Length is < 10 or > 11 || Phone.Length > 30 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.')))
                f.Add(MembershipErrors.PhoneInvalid.At("phone"));
        }
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out var mail) || !string.Equals(mail.Address, Email.Trim(), StringComparison.Ordinal)))
            f.Add(PlatformErrors.InvalidEmail.At("email"));
        if (PreferredLanguage is not (null or "" or "fr" or "en")) f.Add(MembershipErrors.LanguageInvalid.At("preferredLanguage"));
        if (!Enum.IsDefined(Category)) f.Add(PlatformErrors.InvalidValue.At("category"));
        else if (categoriesInUse is not null && !categoriesInUse.Contains(Category)) f.Add(MembershipErrors.CategoryNotInUse.At("category"));
        if (Kind == MemberKind.Organisation && Category != MemberCategory.Supporting) f.Add(MembershipErrors.OrganisationOnlySupporting.At("category"));
        return f;
    }

    private static void Text(List<Failure> f, string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) f.Add(PlatformErrors.Required.At(field)); }
        else if (value.Trim().Length > max) f.Add(PlatformErrors.TooLong.At(field, max));
    }

    /// <summary>Copies the validated input onto the member, in canonical form.</summary>
    public void ApplyTo(Member m)
    {
        m.Kind = Kind;
        m.FamilyName = FamilyName!.Trim();
        m.GivenName = Kind == MemberKind.Person ? GivenName!.Trim() : (GivenName?.Trim() ?? "");
        m.DateOfBirth = Kind == MemberKind.Person ? DateOfBirth : null;
        m.Street = Street!.Trim();
        m.City = City!.Trim();
        m.Province = string.IsNullOrWhiteSpace(Province) ? "QC" : Province.Trim().ToUpperInvariant();
        PostalCodes.TryCanonical(PostalCode, out var postal);
        m.PostalCode = postal;
        m.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        m.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
        m.PreferredLanguage = string.IsNullOrWhiteSpace(PreferredLanguage) ? "fr" : PreferredLanguage;
        m.Category = Category;
        m.RefreshSearchText();
    }

    public static MemberInput From(Member m) => new()
    {
        Kind = m.Kind, FamilyName = m.FamilyName, GivenName = m.GivenName, DateOfBirth = m.DateOfBirth, Street = m.Street, City = m.City,
        Province = m.Province, PostalCode = m.PostalCode, Phone = m.Phone, Email = m.Email, PreferredLanguage = m.PreferredLanguage, Category = m.Category,
    };
}
