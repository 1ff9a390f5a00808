using CoopSante.Membership.Contracts;
using CoopSante.Telemedicine.Model;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>
/// Who the program covers with a member, on the coverage date: the member, a spouse, and children under the age limit,
/// living at the member's address (the program's family rule, set by the federation).
/// </summary>
internal static class FamilyRule
{
    public static bool IsCoveredFamily(TelemedicineProgram program, HouseholdRelationship relationship, DateOnly? birthDate, bool sameAddress, DateOnly on) =>
        relationship switch
        {
            HouseholdRelationship.Member => true,
            _ when program.SameAddressRequired && !sameAddress => false,
            HouseholdRelationship.Spouse => program.SpouseCovered,
            HouseholdRelationship.Child => birthDate is { } born && AgeOn(born, on) < program.ChildAgeLimit,
            _ => false,
        };

    /// <summary>Completed years on <paramref name="on"/> (a person born on 29 February turns a year older on 1 March).</summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        if (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day)) age--;
        return age;
    }

    /// <summary>The day before the child reaches the age limit: their last day of family coverage (28 February for a child born on 29 February).</summary>
    public static DateOnly LastDayAsChild(TelemedicineProgram program, DateOnly born) =>
        born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(born.Year + program.ChildAgeLimit)
            ? new DateOnly(born.Year + program.ChildAgeLimit, 2, 28)
            : born.AddYears(program.ChildAgeLimit).AddDays(-1);
}
