using CoopSante.Membership.Model;
using CoopSante.Membership.Register;

namespace CoopSante.Membership.Applications;

/// <summary>The editable state of the identity fields of a screen; becomes a <see cref="MemberInput"/> on save.</summary>
public sealed class IdentityForm
{
    public MemberKind Kind { get; set; } = MemberKind.Person;
    public string? FamilyName { get; set; }
    public string? GivenName { get; set; }
    public DateTime? DateOfBirth { get; set; }
    public string? Street { get; set; }
    public string? City { get; set; }
    public string? Province { get; set; } = "QC";
    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string PreferredLanguage { get; set; } = "fr";
    public MemberCategory Category { get; set; } = MemberCategory.User;

    internal MemberInput ToInput() => new()
    {
        Kind = Kind, FamilyName = FamilyName, GivenName = GivenName, DateOfBirth = DateOfBirth is { } d ? DateOnly.FromDateTime(d) : null,
        Street = Street, City = City, Province = Province, PostalCode = PostalCode, Phone = Phone, Email = Email, PreferredLanguage = PreferredLanguage, Category = Category,
    };
}
