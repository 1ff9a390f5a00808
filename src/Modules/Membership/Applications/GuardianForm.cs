using CoopSante.Membership.Model;
using CoopSante.Membership.Register;

namespace CoopSante.Membership.Applications;

/// <summary>The editable guardian fields of a screen; a <see cref="GuardianInput"/> only when the applicant is under 14.</summary>
public sealed class GuardianForm
{
    public string? Name { get; set; }
    internal GuardianRelationship? Relationship { get; set; }
    public bool Consent { get; set; }

    /// <summary>Whether the date of birth typed so far makes the applicant a child under 14.</summary>
    public static bool IsNeeded(DateTime? dateOfBirth, DateOnly today) =>
        dateOfBirth is { } d && DateOnly.FromDateTime(d) is var born && BirthDates.DateOfBirthIsPlausible(born, today) && GuardianRule.IsRequired(born, today);

    internal GuardianInput? For(DateTime? dateOfBirth, DateOnly today) => IsNeeded(dateOfBirth, today) ? new GuardianInput(Name, Relationship, Consent) : null;
}
