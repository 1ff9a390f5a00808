using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings.Governance;

internal sealed record SuspendVoteRequest(Guid MemberId, DateOnly DecidedOn, DateOnly NotifiedOn, string? ResolutionNumber, string? Grounds);

internal sealed record ContestRequest(int Version, DateOnly ContestedOn, string? Note);

internal sealed record LiftRequest(int Version, DateOnly LiftedOn, string? Reason);

internal sealed record VoteSuspensionItem(Guid Id, int Version, Guid MemberId, int? MemberNumber, string Name, DateOnly DecidedOn, string ResolutionNumber, string Grounds,
    DateOnly NotifiedOn, DateOnly ContestDeadline, DateOnly? ContestedOn, string? ContestNote, DateOnly? LiftedOn, string? LiftReason, bool InForce);

/// <summary>The board's suspensions of a member's vote (s. 60.2): recorded, contested within 15 days, lifted.</summary>
internal static class VoteSuspensions
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var group = coop.MapGroup("/vote-suspensions").WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanManageRegister);
        group.MapGet("", List).WithSummary("Pages through the board's suspensions of members' votes (s. 60.2), latest first.");
        group.MapPost("", Suspend).RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Records the board's decision suspending a member's vote (s. 60.2); the member may contest it within 15 days of notice.");
        group.MapPost("/{suspensionId:guid}/contest", Contest).RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Records the member's contest of a suspension, within 15 days of being notified.");
        group.MapPost("/{suspensionId:guid}/lift", Lift).RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Lifts a suspension from a date: the member votes again from that date.");
    }

    public static async Task<Ok<Page<VoteSuspensionItem>>> List(MembershipDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, clock.Today(), PageRequest.From(page, pageSize), ct));

    public static async Task<Page<VoteSuspensionItem>> ListAsync(MembershipDbContext db, DateOnly today, PageRequest page, CancellationToken ct)
    {
        var rows = await db.Set<VoteSuspension>().AsNoTracking().OrderByDescending(s => s.DecidedOn).ThenByDescending(s => s.RecordedAt)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s, m.MemberNumber, m.GivenName, m.FamilyName })
            .ToPageAsync(page, ct);
        return new Page<VoteSuspensionItem>(rows.Items.Select(r => Item(r.s, r.MemberNumber, $"{r.GivenName} {r.FamilyName}".Trim(), today)).ToList(), rows.Total, rows.PageNumber, rows.PageSize);
    }

    public static async Task<Ok<VoteSuspensionItem>> Suspend(Guid coopId, SuspendVoteRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await SuspendAsync(db, audit, clock, coopId, request, ct));

    public static async Task<VoteSuspensionItem> SuspendAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid coopId, SuspendVoteRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var failures = new List<Failure>();
        var resolution = Text(request.ResolutionNumber, "resolutionNumber", 50, failures);
        var grounds = Text(request.Grounds, "grounds", 2000, failures);
        if (request.DecidedOn > today || request.DecidedOn < today.AddYears(-5)) failures.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        if (request.NotifiedOn < request.DecidedOn || request.NotifiedOn > today) failures.Add(PlatformErrors.InvalidValue.At("notifiedOn"));
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, ct);
        if (member is null) failures.Add(MembershipErrors.MemberNotFound.At("memberId"));
        else if (member.Status != MemberStatus.Active) failures.Add(MeetingOpsErrors.NotAnActiveMember.At("memberId"));
        DomainException.ThrowIfAny(failures);
        if (await db.Set<VoteSuspension>().AnyAsync(s => s.MemberId == request.MemberId && s.LiftedOn == null, ct))
            throw new DomainException(MeetingOpsErrors.VoteAlreadySuspended.At("memberId"));
        var s = new VoteSuspension
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member!.Id, DecidedOn = request.DecidedOn, NotifiedOn = request.NotifiedOn,
            ResolutionNumber = resolution, Grounds = grounds, RecordedAt = clock.GetUtcNow(),
        };
        db.Add(s);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.VoteSuspended, "Member", member.Id.ToString(), coopId,
            new { member.MemberNumber, s.DecidedOn, s.ResolutionNumber, s.NotifiedOn, ContestDeadline = VoteSuspensionRules.ContestDeadline(s.NotifiedOn) }), ct);
        return Item(s, member.MemberNumber, $"{member.GivenName} {member.FamilyName}".Trim(), today);
    }

    public static async Task<Ok<VoteSuspensionItem>> Contest(Guid suspensionId, ContestRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ContestAsync(db, audit, clock, suspensionId, request, ct));

    public static async Task<VoteSuspensionItem> ContestAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid suspensionId, ContestRequest request, CancellationToken ct)
    {
        var s = await FindAsync(db, suspensionId, ct);
        var failures = new List<Failure>();
        var note = Text(request.Note, "note", 2000, failures);
        if (request.ContestedOn < s.NotifiedOn || request.ContestedOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("contestedOn"));
        DomainException.ThrowIfAny(failures);
        if (s.ContestedOn is not null) throw new DomainException(MeetingOpsErrors.AlreadyContested);
        // s. 60.2: the member has 15 days from the notice of the decision to contest it.
        if (!VoteSuspensionRules.MayStillBeContested(s.NotifiedOn, request.ContestedOn)) throw new DomainException(MeetingOpsErrors.ContestTooLate.At("contestedOn", VoteSuspensionRules.ContestDays));
        db.Entry(s).Property(x => x.Version).OriginalValue = request.Version;
        s.ContestedOn = request.ContestedOn;
        s.ContestNote = note;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.VoteSuspensionContested, "Member", s.MemberId.ToString(), s.CoopId, new { s.ContestedOn }), ct);
        return await ItemAsync(db, s, clock, ct);
    }

    public static async Task<Ok<VoteSuspensionItem>> Lift(Guid suspensionId, LiftRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await LiftAsync(db, audit, clock, suspensionId, request, ct));

    public static async Task<VoteSuspensionItem> LiftAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid suspensionId, LiftRequest request, CancellationToken ct)
    {
        var s = await FindAsync(db, suspensionId, ct);
        var failures = new List<Failure>();
        var reason = Text(request.Reason, "reason", 2000, failures);
        if (request.LiftedOn <= s.DecidedOn || request.LiftedOn > clock.Today().AddYears(1)) failures.Add(PlatformErrors.InvalidValue.At("liftedOn"));
        DomainException.ThrowIfAny(failures);
        if (s.LiftedOn is not null) throw new DomainException(MeetingOpsErrors.AlreadyLifted);
        db.Entry(s).Property(x => x.Version).OriginalValue = request.Version;
        s.LiftedOn = request.LiftedOn;
        s.LiftReason = reason;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.VoteSuspensionLifted, "Member", s.MemberId.ToString(), s.CoopId, new { s.LiftedOn }), ct);
        return await ItemAsync(db, s, clock, ct);
    }

    private static async Task<VoteSuspension> FindAsync(MembershipDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<VoteSuspension>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new DomainException(MeetingOpsErrors.SuspensionNotFound);

    private static async Task<VoteSuspensionItem> ItemAsync(MembershipDbContext db, VoteSuspension s, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().Where(x => x.Id == s.MemberId).Select(x => new { x.MemberNumber, x.GivenName, x.FamilyName }).FirstAsync(ct);
        return Item(s, m.MemberNumber, $"{m.GivenName} {m.FamilyName}".Trim(), clock.Today());
    }

    private static VoteSuspensionItem Item(VoteSuspension s, int? number, string name, DateOnly today) => new(
        s.Id, s.Version, s.MemberId, number, name, s.DecidedOn, s.ResolutionNumber, s.Grounds, s.NotifiedOn, VoteSuspensionRules.ContestDeadline(s.NotifiedOn),
        s.ContestedOn, s.ContestNote, s.LiftedOn, s.LiftReason, VoteSuspensionRules.SuspendsVoteOn(s.DecidedOn, s.LiftedOn, today));

    /// <summary>A required, trimmed text of at most <paramref name="max"/> characters, without control characters.</summary>
    internal static string Text(string? value, string field, int max, List<Failure> failures)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) failures.Add(PlatformErrors.Required.At(field));
        else if (text.Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
        else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) failures.Add(PlatformErrors.InvalidValue.At(field));
        return text;
    }
}
