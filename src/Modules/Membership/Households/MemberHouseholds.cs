using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Households;

/// <summary>
/// <see cref="IMemberHouseholds"/> for other modules: the member and the people declared with them by that date, each
/// with the <see cref="HouseholdEligibility"/> rule applied on that date. The register keeps no address history, so
/// the address is the current one.
/// </summary>
internal sealed class MemberHouseholds(MembershipDbContext db) : IMemberHouseholds
{
    private static readonly TimeZoneInfo Quebec = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public async Task<MemberHousehold?> HouseholdAsync(Guid coopId, Guid memberId, DateOnly asOf, CancellationToken ct)
    {
        var member = await db.Members.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(m => m.CoopId == coopId && m.Id == memberId, ct);
        if (member is null) return null;
        var declared = await db.HouseholdPersons.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CoopId == coopId && p.MemberId == memberId).ToListAsync(ct);
        var people = new List<HouseholdPerson>
        {
            new(member.FamilyName, member.GivenName, member.DateOfBirth, HouseholdRelationship.Member, SameAddress: true, EligibleFamily: true, member.Id),
        };
        people.AddRange(declared
            .Where(p => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.CreatedAt, Quebec).DateTime) <= asOf)
            .OrderBy(p => p.Relationship).ThenBy(p => p.DateOfBirth)
            .Select(p => new HouseholdPerson(p.FamilyName, p.GivenName, p.DateOfBirth, (HouseholdRelationship)p.Relationship, p.SameAddress,
                HouseholdEligibility.PersonIsEligibleFamily(p.Relationship, p.DateOfBirth, p.SameAddress, asOf), p.Id)));
        return new MemberHousehold(coopId, memberId, asOf, new HouseholdAddress(member.Street, member.City, member.Province, member.PostalCode), people,
            member.Email, member.PreferredLanguage == "en" ? "en" : "fr");
    }
}
