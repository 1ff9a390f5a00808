using CoopSante.Membership.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.ProgramSettings;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>Failures of a dated household change; messages in HouseholdText.resx under the same keys.</summary>
internal static class HouseholdErrors
{
    public static readonly ErrorCode ChangeDateInvalid = new("Telemedicine.ChangeDateInvalid");
    public static readonly ErrorCode ChangeBeforeCoverage = new("Telemedicine.ChangeBeforeCoverage");
    public static readonly ErrorCode NothingToChange = new("Telemedicine.NothingToChange");
    public static readonly ErrorCode PersonNotCovered = new("Telemedicine.PersonNotCovered");
    public static readonly ErrorCode AddedAndRemoved = new("Telemedicine.AddedAndRemoved");
}

/// <param name="Add">Register ids of household people to cover from <paramref name="EffectiveOn"/> (the family rule is checked on that date).</param>
/// <param name="Remove">Roster person ids to stop covering: their last covered day is the day before <paramref name="EffectiveOn"/>.</param>
/// <param name="Version">The enrolment's version the caller saw (optional): a change made meanwhile answers a stale-version conflict.</param>
internal sealed record ChangePeopleRequest(DateOnly? EffectiveOn, IReadOnlyList<Guid>? Add, IReadOnlyList<Guid>? Remove, int? Version = null);

/// <summary>
/// Dated changes of the people an enrolment covers (a newborn added, a child who moved out), for staff and for the member in the
/// portal alike. Each change is one <see cref="HouseholdChange"/> row, the person's coverage start or end, and one audit entry;
/// the person's <see cref="CoveredPerson.UpdatedAt"/> moves so that the provider's delta (<c>?since=</c>) carries it.
/// </summary>
internal static class HouseholdChanges
{
    public const int MaxPeople = 30;

    public static async Task<Enrolment> ChangeAsync(EnrolmentServices s, Guid enrolmentId, ChangePeopleRequest r, EnrolmentChannel channel, CancellationToken ct)
    {
        var today = s.Clock.Today();
        var e = await s.Db.Enrolments.Include(x => x.People).FirstOrDefaultAsync(x => x.Id == enrolmentId, ct) ?? throw new DomainException(TelemedicineErrors.EnrolmentNotFound);
        if (e.Status != EnrolmentStatus.Active) throw new DomainException(TelemedicineErrors.EnrolmentNotActive);
        var add = (r.Add ?? []).Distinct().ToList();
        var remove = (r.Remove ?? []).Distinct().ToList();
        var failures = new List<Failure>();
        if (r.EffectiveOn is not { } on) failures.Add(PlatformErrors.Required.At("effectiveOn"));
        else if (on < e.CoverageStart) failures.Add(HouseholdErrors.ChangeBeforeCoverage.At("effectiveOn", e.CoverageStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        else if (on < today || on > today.AddDays(CoverageDates.MaxDaysAhead)) failures.Add(HouseholdErrors.ChangeDateInvalid.At("effectiveOn"));
        if (add.Count + remove.Count == 0) failures.Add(HouseholdErrors.NothingToChange.At("add"));
        else if (add.Count + remove.Count > MaxPeople) failures.Add(PlatformErrors.InvalidValue.At("add"));
        DomainException.ThrowIfAny(failures);
        var day = r.EffectiveOn!.Value;
        if (r.Version is { } v) s.Db.Entry(e).Property(x => x.Version).OriginalValue = v;

        // Removals first: every id must name a person this enrolment covers on that day (never the member, never another coop's).
        var leaving = new List<CoveredPerson>();
        for (var i = 0; i < remove.Count; i++)
        {
            var person = e.People.FirstOrDefault(p => p.PersonId == remove[i] && CoversOnOrAfter(p, day));
            if (person is null) failures.Add(HouseholdErrors.PersonNotCovered.At($"remove[{i}]"));
            else if (person.Relationship == HouseholdRelationship.Member) failures.Add(TelemedicineErrors.MemberMustBeCovered.At($"remove[{i}]"));
            else leaving.Add(person);
        }
        DomainException.ThrowIfAny(failures);

        var program = await ProgramSettingsCommands.ProgramAsync(s.Db, ct);
        var joining = new List<HouseholdPerson>();
        if (add.Count > 0)
        {
            var household = await s.Households.HouseholdAsync(e.CoopId, e.MemberId, day, ct) ?? throw new DomainException(TelemedicineErrors.NotAMember);
            var chosen = EnrolmentCommands.Choose(program, household, add, day, "add");
            var covered = e.People.Where(p => CoversOnOrAfter(p, day)).Select(p => p.RegisterPersonId).ToHashSet();
            joining = chosen.Where(p => !covered.Contains(p.PersonId)).ToList();
            if (joining.Any(p => leaving.Any(l => l.RegisterPersonId == p.PersonId))) throw new DomainException(HouseholdErrors.AddedAndRemoved.At("add"));
        }
        if (joining.Count + leaving.Count == 0) throw new DomainException(HouseholdErrors.NothingToChange.At("add"));

        var now = s.Clock.GetUtcNow();
        var changes = new List<object>();
        foreach (var p in joining)
        {
            var earlier = e.People.Where(x => x.RegisterPersonId == p.PersonId).OrderByDescending(x => x.CoverageStart).FirstOrDefault();
            CoveredPerson person;
            if (earlier is { CoverageEnd: { } end } && end == day.AddDays(-1))
            {
                // Back from the day after their last covered day: the same coverage goes on (one row, no gap to report).
                person = earlier;
                person.CoverageEnd = EnrolmentCommands.ChildEnd(program, p);
                person.UpdatedAt = now;
            }
            else
            {
                person = new CoveredPerson
                {
                    Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, PersonId = earlier?.PersonId ?? await PreviousPersonIdAsync(s, e.CoopId, p.PersonId, ct) ?? Guid.CreateVersion7(),
                    RegisterPersonId = p.PersonId, Relationship = p.Relationship, FamilyName = p.FamilyName, GivenName = p.GivenName, BirthDate = p.DateOfBirth ?? default,
                    Language = e.Language, CoverageStart = day, CoverageEnd = EnrolmentCommands.ChildEnd(program, p), UpdatedAt = now,
                };
                s.Db.CoveredPeople.Add(person);
            }
            s.Db.HouseholdChanges.Add(new HouseholdChange { Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, CoveredPersonId = person.Id,
                Kind = HouseholdChangeKind.Added, EffectiveOn = day, RecordedAt = now, RecordedBy = s.User.UserId });
            changes.Add(new { Added = person.PersonId, p.Relationship });
        }
        foreach (var person in leaving)
        {
            // Removed before their coverage began: the day before the start says "never covered" (as a cancellation does).
            var last = day.AddDays(-1);
            person.CoverageEnd = last < person.CoverageStart ? person.CoverageStart.AddDays(-1) : last;
            person.UpdatedAt = now;
            s.Db.HouseholdChanges.Add(new HouseholdChange { Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, CoveredPersonId = person.Id,
                Kind = HouseholdChangeKind.Removed, EffectiveOn = day, RecordedAt = now, RecordedBy = s.User.UserId });
            changes.Add(new { Removed = person.PersonId, person.Relationship, LastDay = person.CoverageEnd });
        }
        e.UpdatedAt = now;
        try
        {
            await s.Db.SaveChangesAndAuditAsync(s.Audit, new AuditEntry(AuditEventType.TelemedicineHouseholdChanged, "TelemedicineEnrolment", e.Id.ToString(), e.CoopId,
                new { e.MemberNumber, EffectiveOn = day, Channel = channel.ToString(), changes }), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(PlatformErrors.StaleVersion);
        }
        return e;
    }

    /// <summary>Covered on <paramref name="day"/> or from a later start (a change already dated ahead).</summary>
    private static bool CoversOnOrAfter(CoveredPerson p, DateOnly day) => p.CoverageEnd is null || p.CoverageEnd >= day;

    /// <summary>The roster id this person had in an earlier enrolment of the coop: the provider keeps one id per person.</summary>
    private static async Task<Guid?> PreviousPersonIdAsync(EnrolmentServices s, Guid coopId, Guid registerPersonId, CancellationToken ct) =>
        await s.Db.CoveredPeople.IgnoreQueryFilters().AsNoTracking().Where(c => c.CoopId == coopId && c.RegisterPersonId == registerPersonId)
            .OrderByDescending(c => c.UpdatedAt).Select(c => (Guid?)c.PersonId).FirstOrDefaultAsync(ct);
}
