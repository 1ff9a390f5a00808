using CoopSante.Membership.Model;
using CoopSante.Membership.Register;

namespace CoopSante.Membership.Households;

/// <summary>Family in the sense of the telemedicine program: a spouse, or a child under 26, living at the member's address.</summary>
internal static class HouseholdEligibility
{
    public const int ChildAgeLimit = 26;

    public static bool PersonIsEligibleFamily(HouseholdRelationship relationship, DateOnly dateOfBirth, bool sameAddress, DateOnly today) =>
        sameAddress && relationship switch
        {
            HouseholdRelationship.Spouse => true,
            HouseholdRelationship.Child => BirthDates.AgeOn(dateOfBirth, today) < ChildAgeLimit,
            _ => false,
        };
}
