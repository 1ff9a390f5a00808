using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Households;

internal sealed record HouseholdPersonRequest(HouseholdRelationship Relationship, string? FamilyName, string? GivenName, DateOnly DateOfBirth, bool SameAddress = true, int? Version = null, bool NoticeGiven = false);

/// <summary>A member's household: spouse and children, who need not be members (the telemedicine program uses it).</summary>
internal static class HouseholdsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var household = coop.MapGroup("/members/{memberId:guid}/household").RequireAuthorization(MembershipPolicies.CanManageRegister);
        household.MapGet("", List).WithSummary("The member's household, with each person's eligibility as family.");
        household.MapPost("", Add).WithSummary("Adds a person to the member's household, once they were given the Law 25 notice (noticeGiven).");
        household.MapPut("/{personId:guid}", Update).ProducesConflict().WithSummary("Corrects a person of the household.");
        household.MapDelete("/{personId:guid}", Remove).WithSummary("Removes a person from the household.");
    }

    public static async Task<Ok<IReadOnlyList<HouseholdPersonDto>>> List(Guid memberId, MembershipDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await MemberAsync(db, memberId, ct);
        var today = clock.Today();
        var people = await db.HouseholdPersons.AsNoTracking().Where(h => h.MemberId == memberId).OrderBy(h => h.Relationship).ThenBy(h => h.DateOfBirth).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<HouseholdPersonDto>>(people.Select(h => RegisterApi.ToDto(h, today)).ToList());
    }

    public static async Task<Ok<HouseholdPersonDto>> Add(Guid memberId, HouseholdPersonRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await SaveAsync(db, audit, clock, memberId, null, request, ct));

    public static async Task<Ok<HouseholdPersonDto>> Update(Guid memberId, Guid personId, HouseholdPersonRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await SaveAsync(db, audit, clock, memberId, personId, request, ct));

    public static async Task<HouseholdPersonDto> SaveAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid memberId, Guid? personId, HouseholdPersonRequest request, CancellationToken ct)
    {
        var member = await MemberAsync(db, memberId, ct);
        var today = clock.Today();
        var failures = new List<Failure>();
        if (!Enum.IsDefined(request.Relationship)) failures.Add(PlatformErrors.InvalidValue.At("relationship"));
        if (string.IsNullOrWhiteSpace(request.FamilyName)) failures.Add(PlatformErrors.Required.At("familyName"));
        else if (request.FamilyName.Trim().Length > 200) failures.Add(PlatformErrors.TooLong.At("familyName", 200));
        if (string.IsNullOrWhiteSpace(request.GivenName)) failures.Add(PlatformErrors.Required.At("givenName"));
        else if (request.GivenName.Trim().Length > 200) failures.Add(PlatformErrors.TooLong.At("givenName", 200));
        if (!BirthDates.DateOfBirthIsPlausible(request.DateOfBirth, today)) failures.Add(MembershipErrors.DateOfBirthImplausible.At("dateOfBirth"));
        // Law 25 (s. 8): a person whose information is collected is told why and how it is used; staff record that they were.
        if (personId is null && !request.NoticeGiven) failures.Add(MembershipErrors.HouseholdNoticeRequired.At("noticeGiven"));
        DomainException.ThrowIfAny(failures);
        HouseholdPerson person;
        if (personId is { } id)
        {
            person = await db.HouseholdPersons.FirstOrDefaultAsync(h => h.Id == id && h.MemberId == memberId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
            if (request.Version is { } v) db.Entry(person).Property(x => x.Version).OriginalValue = v;
        }
        else
        {
            person = new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = memberId, CreatedAt = clock.GetUtcNow(), NoticeGivenAt = clock.GetUtcNow() };
            db.HouseholdPersons.Add(person);
        }
        person.Relationship = request.Relationship;
        person.FamilyName = request.FamilyName!.Trim();
        person.GivenName = request.GivenName!.Trim();
        person.DateOfBirth = request.DateOfBirth;
        person.SameAddress = request.SameAddress;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.HouseholdChanged, "Member", memberId.ToString(), member.CoopId,
            new { member.MemberNumber, PersonId = person.Id, Change = personId is null ? "added" : "updated" }), ct);
        return RegisterApi.ToDto(person, today);
    }

    public static async Task<NoContent> Remove(Guid memberId, Guid personId, MembershipDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        await RemoveAsync(db, audit, memberId, personId, ct);
        return TypedResults.NoContent();
    }

    public static async Task RemoveAsync(MembershipDbContext db, IAuditTrail audit, Guid memberId, Guid personId, CancellationToken ct)
    {
        var member = await MemberAsync(db, memberId, ct);
        var person = await db.HouseholdPersons.FirstOrDefaultAsync(h => h.Id == personId && h.MemberId == memberId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        db.HouseholdPersons.Remove(person);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.HouseholdChanged, "Member", memberId.ToString(), member.CoopId,
            new { member.MemberNumber, PersonId = personId, Change = "removed" }), ct);
    }

    private static async Task<Member> MemberAsync(MembershipDbContext db, Guid memberId, CancellationToken ct) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
}
