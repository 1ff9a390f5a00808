using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Refunds;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Discipline;

internal sealed record NoticeInput(Sanction Sanction, string? Grounds, DateOnly NoticeSentOn, DateOnly MeetingOn);

internal sealed record RepresentationsInput(DateOnly HeardOn, string? Representations, int Version);

internal sealed record DecisionInput(DateOnly DecidedOn, int DirectorsPresent, int VotesFor, string? ResolutionNumber, int Version);

internal sealed record LetterInput(DateOnly LetterSentOn, DateOnly EffectiveOn, string? Reasons, DateOnly? SuspendedUntil, int Version);

internal sealed record ProceedingDto(Guid Id, int Version, Sanction Sanction, ProceedingStage Stage, string Grounds, DateOnly NoticeSentOn, DateOnly MeetingOn,
    DateOnly? HeardOn, string? Representations, DateOnly? DecidedOn, int? DirectorsPresent, int? VotesFor, string? ResolutionNumber,
    DateOnly? LetterDueBy, DateOnly? LetterSentOn, string? LetterReasons, DateOnly? EffectiveOn, DateOnly? SuspendedUntil)
{
    public static ProceedingDto From(DisciplinaryProceeding p) => new(p.Id, p.Version, p.Sanction, p.Stage, p.Grounds, p.NoticeSentOn, p.MeetingOn, p.HeardOn,
        p.Representations, p.DecidedOn, p.DirectorsPresent, p.VotesFor, p.ResolutionNumber, p.DecidedOn is { } d && p.Stage == ProceedingStage.Decided ? Section58.LetterDueBy(d) : null,
        p.LetterSentOn, p.LetterReasons, p.EffectiveOn, p.SuspendedUntil);
}

/// <summary>
/// Exclusion and suspension of a member under s. 58, one recorded step at a time: notice, representations, the board's
/// decision, the letter that gives the date of effect. Board work: the manager records it.
/// </summary>
internal static class ProceedingsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var g = coop.MapGroup("/members/{memberId:guid}/proceedings").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        g.MapGet("", List).WithSummary("The member's s. 58 proceedings (exclusion, suspension), each with its steps.");
        g.MapPost("", Notice).ProducesConflict().WithSummary("Records the written notice of the grounds and of the board meeting (s. 58).");
        g.MapPost("/{proceedingId:guid}/representations", Representations).ProducesConflict().WithSummary("Records the member's representations, or that they made none.");
        g.MapPost("/{proceedingId:guid}/decision", Decision).ProducesConflict().WithSummary("Records the directors' vote: upheld only by two thirds of those present.");
        g.MapPost("/{proceedingId:guid}/letter", Letter).ProducesConflict().WithSummary("Records the letter with the reasons (within 15 days) and applies the decision on its date.");
    }

    public static async Task<Ok<IReadOnlyList<ProceedingDto>>> List(Guid memberId, MembershipDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, memberId, ct));

    public static async Task<IReadOnlyList<ProceedingDto>> ListAsync(MembershipDbContext db, Guid memberId, CancellationToken ct)
    {
        _ = await db.Members.AsNoTracking().AnyAsync(m => m.Id == memberId, ct) ? 0 : throw new DomainException(MembershipErrors.MemberNotFound);
        var rows = await db.Proceedings.AsNoTracking().Where(p => p.MemberId == memberId).OrderByDescending(p => p.NoticeSentOn).ThenByDescending(p => p.RecordedAt).ToListAsync(ct);
        return rows.Select(ProceedingDto.From).ToList();
    }

    public static async Task<Ok<ProceedingDto>> Notice(Guid memberId, NoticeInput input, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ProceedingDto.From(await NoticeAsync(db, audit, clock, memberId, input, ct)));

    public static async Task<DisciplinaryProceeding> NoticeAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid memberId, NoticeInput input, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        DomainException.ThrowIfAny(Section58.WhyNoticeIsRefused(input.Grounds, input.NoticeSentOn, input.MeetingOn, clock.Today(), m.Status, input.Sanction).ToList());
        if (await db.Proceedings.AnyAsync(p => p.MemberId == memberId && p.Stage != ProceedingStage.NotUpheld && p.Stage != ProceedingStage.LetterSent, ct))
            throw new DomainException(MembershipErrors.ProceedingAlreadyOpen);
        var p = new DisciplinaryProceeding
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Sanction = input.Sanction, Grounds = input.Grounds!.Trim(),
            NoticeSentOn = input.NoticeSentOn, MeetingOn = input.MeetingOn, RecordedAt = clock.GetUtcNow(),
        };
        db.Proceedings.Add(p);
        await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.ProceedingNoticeSent, m, p, new { p.NoticeSentOn, p.MeetingOn }), ct);
        return p;
    }

    public static async Task<Ok<ProceedingDto>> Representations(Guid memberId, Guid proceedingId, RepresentationsInput input, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ProceedingDto.From(await RepresentationsAsync(db, audit, clock, memberId, proceedingId, input, ct)));

    public static async Task<DisciplinaryProceeding> RepresentationsAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid memberId, Guid proceedingId, RepresentationsInput input, CancellationToken ct)
    {
        var (m, p) = await FindAsync(db, memberId, proceedingId, input.Version, ct);
        if (p.Stage != ProceedingStage.Noticed) throw new DomainException(MembershipErrors.ProceedingStepOutOfOrder);
        var f = new List<Failure>();
        if (input.HeardOn < p.NoticeSentOn || input.HeardOn > clock.Today()) f.Add(PlatformErrors.InvalidValue.At("heardOn"));
        if (input.Representations is { } r && r.Trim().Length > 2000) f.Add(PlatformErrors.TooLong.At("representations", 2000));
        DomainException.ThrowIfAny(f);
        p.Stage = ProceedingStage.Heard;
        p.HeardOn = input.HeardOn;
        p.Representations = string.IsNullOrWhiteSpace(input.Representations) ? null : input.Representations.Trim();
        await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.ProceedingRepresentationsRecorded, m, p, new { p.HeardOn, Made = p.Representations is not null }), ct);
        return p;
    }

    public static async Task<Ok<ProceedingDto>> Decision(Guid memberId, Guid proceedingId, DecisionInput input, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ProceedingDto.From(await DecisionAsync(db, audit, clock, memberId, proceedingId, input, ct)));

    /// <summary>The member may be heard but need not be: a decision may follow the notice directly when they made no representations.</summary>
    public static async Task<DisciplinaryProceeding> DecisionAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid memberId, Guid proceedingId, DecisionInput input, CancellationToken ct)
    {
        var (m, p) = await FindAsync(db, memberId, proceedingId, input.Version, ct);
        if (p.Stage is not (ProceedingStage.Noticed or ProceedingStage.Heard)) throw new DomainException(MembershipErrors.ProceedingStepOutOfOrder);
        DomainException.ThrowIfAny(Section58.WhyDecisionIsRefused(p.MeetingOn, input.DecidedOn, clock.Today(), input.DirectorsPresent, input.VotesFor, input.ResolutionNumber).ToList());
        p.DecidedOn = input.DecidedOn;
        p.DirectorsPresent = input.DirectorsPresent;
        p.VotesFor = input.VotesFor;
        p.ResolutionNumber = input.ResolutionNumber!.Trim();
        p.Stage = Section58.TwoThirdsOfDirectorsPresent(input.DirectorsPresent, input.VotesFor) ? ProceedingStage.Decided : ProceedingStage.NotUpheld;
        await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.ProceedingDecided, m, p, new { p.DecidedOn, p.DirectorsPresent, p.VotesFor, Upheld = p.Stage == ProceedingStage.Decided }), ct);
        return p;
    }

    public static async Task<Ok<ProceedingDto>> Letter(Guid memberId, Guid proceedingId, LetterInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ProceedingDto.From(await LetterAsync(db, audit, user, clock, memberId, proceedingId, input, ct)));

    /// <summary>
    /// The letter applies the decision on the date it gives: the member becomes excluded (membership ends, their shares
    /// join the refund queue) or suspended until reinstated.
    /// </summary>
    public static async Task<DisciplinaryProceeding> LetterAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, Guid proceedingId, LetterInput input, CancellationToken ct)
    {
        var (_, p) = await FindAsync(db, memberId, proceedingId, input.Version, ct);
        if (p.Stage != ProceedingStage.Decided) throw new DomainException(MembershipErrors.ProceedingStepOutOfOrder);
        var f = Section58.WhyLetterIsRefused(p.DecidedOn!.Value, input.LetterSentOn, input.EffectiveOn, clock.Today(), input.Reasons).ToList();
        if (input.SuspendedUntil is { } until && (p.Sanction != Sanction.Suspension || until <= input.EffectiveOn)) f.Add(PlatformErrors.InvalidValue.At("suspendedUntil"));
        DomainException.ThrowIfAny(f);
        var m = await db.Members.FirstAsync(x => x.Id == memberId, ct);
        if (!(m.Status == MemberStatus.Active || (m.Status == MemberStatus.Suspended && p.Sanction == Sanction.Exclusion)))
            throw new DomainException(MembershipErrors.MemberNotActive.At("memberId"));
        return await db.InTransactionAsync(async () =>
        {
            p.Stage = ProceedingStage.LetterSent;
            p.LetterSentOn = input.LetterSentOn;
            p.EffectiveOn = input.EffectiveOn;
            p.LetterReasons = input.Reasons!.Trim();
            p.SuspendedUntil = input.SuspendedUntil;
            var from = m.Status;
            m.Status = p.Sanction == Sanction.Exclusion ? MemberStatus.Excluded : MemberStatus.Suspended;
            m.StatusSince = input.EffectiveOn;
            db.StatusChanges.Add(new MemberStatusChange
            {
                Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, From = from, To = m.Status, EffectiveOn = input.EffectiveOn,
                Reason = p.LetterReasons.Length > 500 ? p.LetterReasons[..500] : p.LetterReasons, ResolutionNumber = p.ResolutionNumber, RecordedAt = clock.GetUtcNow(),
            });
            if (m.Status == MemberStatus.Excluded) await RefundsApi.QueueDepartureAsync(db, m, input.EffectiveOn, user, clock, ct);
            await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.ProceedingLetterSent, m, p, new { p.LetterSentOn, p.EffectiveOn, To = m.Status.ToString() }), ct);
            return p;
        }, ct);
    }

    private static async Task<(Member Member, DisciplinaryProceeding Proceeding)> FindAsync(MembershipDbContext db, Guid memberId, Guid proceedingId, int version, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var p = await db.Proceedings.FirstOrDefaultAsync(x => x.Id == proceedingId && x.MemberId == memberId, ct) ?? throw new DomainException(MembershipErrors.ProceedingNotFound);
        db.Entry(p).Property(x => x.Version).OriginalValue = version;
        return (m, p);
    }

    private static AuditEntry Audit(AuditEventType type, Member m, DisciplinaryProceeding p, object details) =>
        new(type, "Member", m.Id.ToString(), m.CoopId, new { m.MemberNumber, ProceedingId = p.Id, Sanction = p.Sanction.ToString(), Step = details }, Purpose: p.ResolutionNumber);
}
