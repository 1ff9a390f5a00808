namespace CoopSante.Membership.Register;

/// <summary>A date of birth is neither in the future nor impossibly old.</summary>
internal static class BirthDates
{
    public const int OldestPossibleAge = 120;

    public static bool DateOfBirthIsPlausible(DateOnly dateOfBirth, DateOnly today) =>
        dateOfBirth <= today && dateOfBirth > today.AddYears(-OldestPossibleAge);

    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        if (day < dateOfBirth.AddYears(age)) age--;
        return age;
    }
}
