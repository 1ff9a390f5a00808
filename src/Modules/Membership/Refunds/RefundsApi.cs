using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Membership.Shares;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Refunds;

/// <summary><c>Class</c>: qualifying shares (default, s. 38's end-of-membership rule) or preferred shares (the by-laws' conditions).</summary>
internal sealed record RefundRequestInput(decimal Amount, DateOnly RequestedOn, ShareClass Class = ShareClass.Qualifying);

internal sealed record RefundBatchInput(IReadOnlyList<Guid>? RequestIds, string? ResolutionNumber, DateOnly DecidedOn,
    bool Solvent, bool StabilityPreserved, bool FunderCommitmentsMet, string? Assessment);

internal sealed record RefundPaymentInput(DateOnly PaidOn, PaymentMethod Method);

internal sealed record RefundRequestDto(Guid Id, Guid MemberId, int? MemberNumber, string FamilyName, string GivenName, RefundGround Ground,
    RefundRequestStatus Status, DateOnly RequestedOn, decimal Amount, int Shares, string? ResolutionNumber, DateOnly? DecidedOn, DateOnly? PaidOn, Guid? TransactionId,
    ShareClass Class = ShareClass.Qualifying);

internal sealed record RefundBatchDto(Guid Id, string ResolutionNumber, DateOnly DecidedOn, bool Approved, int Requests, decimal Total,
    bool Solvent, bool StabilityPreserved, bool FunderCommitmentsMet, string? Assessment);

/// <summary>
/// Refunds of shares by s. 38: requests form a queue, the board decides on them in batches with the s. 38 assessment
/// recorded, then each approved request is paid and written to the shares register.
/// </summary>
internal static class RefundsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var staff = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        var board = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        staff.MapPost("/members/{memberId:guid}/refund-requests", Request)
            .WithSummary("Queues a request to refund shares (s. 38: qualifying shares only once membership has ended).");
        staff.MapGet("/refund-requests", List).WithSummary("Pages through refund requests, oldest first; status filters them.");
        board.MapPost("/refund-batches", Decide).ProducesConflict()
            .WithSummary("Records the board's decision on a batch of queued requests, with its s. 38 assessment; any \"no\" defers them.");
        board.MapPost("/refund-requests/{requestId:guid}/payment", Pay).ProducesConflict()
            .WithSummary("Pays an approved refund: writes the refund to the shares register.");
    }

    public static async Task<Ok<RefundRequestDto>> Request(Guid memberId, RefundRequestInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var request = await RequestAsync(db, audit, user, clock, memberId, input, ct);
        return TypedResults.Ok(await OneAsync(db, request.Id, ct));
    }

    public static async Task<ShareRefundRequest> RequestAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, RefundRequestInput input, CancellationToken ct)
    {
        var m = await db.Members.FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        if (input.RequestedOn > clock.Today()) throw new DomainException(PlatformErrors.InvalidValue.At("requestedOn"));
        if (input.Class is not (ShareClass.Qualifying or ShareClass.Preferred)) throw new DomainException(PlatformErrors.InvalidValue.At("class"));
        var open = await OpenAmountAsync(db, memberId, ct, input.Class);
        ShareRefundRequest request;
        if (input.Class == ShareClass.Preferred)
        {
            var held = await ShareLedger.HoldingAsync(db, memberId, ShareClass.Preferred, ct);
            DomainException.ThrowIfAny(RefundRules.WhyPreferredRequestIsRefused(input.Amount, m.Status, held.Paid, open).ToList());
            request = NewRequest(m, input.Amount, input.RequestedOn, held.Shares <= 0 ? 0m : held.Subscribed / held.Shares, user, clock, held.Shares, ShareClass.Preferred);
        }
        else
        {
            var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
            DomainException.ThrowIfAny(RefundRules.WhyRequestIsRefused(input.Amount, m.Status, m.SharesPaid, GoodStanding.QualifyingAmount(bylaws, m.Category), open).ToList());
            request = NewRequest(m, input.Amount, input.RequestedOn, UnitValue(bylaws, m.Category), user, clock);
        }
        db.RefundRequests.Add(request);
        await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.RefundRequested, m, request), ct);
        return request;
    }

    /// <summary>
    /// When membership ends (resignation, exclusion, death), the member's paid shares join the queue (s. 38); a deceased
    /// member's go to the estate. Added to the caller's unit of work, not saved.
    /// </summary>
    public static async Task<ShareRefundRequest?> QueueDepartureAsync(MembershipDbContext db, Member m, DateOnly on, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var open = await OpenAmountAsync(db, m.Id, ct);
        var amount = RefundRules.RefundableAmount(m.Status, m.SharesPaid, 0m, open);
        if (amount <= 0) return null;
        var bylaws = await db.Bylaws.InForceAsync(on, ct);
        var request = NewRequest(m, amount, on, UnitValue(bylaws, m.Category), user, clock);
        db.RefundRequests.Add(request);
        return request;
    }

    /// <summary>True when a status change ends membership (an applicant who withdraws was never a member).</summary>
    public static bool MembershipEnds(MemberStatus from, MemberStatus to) => from is MemberStatus.Active or MemberStatus.Suspended && RefundRules.MembershipHasEnded(to);

    /// <summary>A queued request; <paramref name="held"/> caps the shares it names (by default the member's qualifying shares).</summary>
    private static ShareRefundRequest NewRequest(Member m, decimal amount, DateOnly on, decimal unit, ICurrentUser user, TimeProvider clock,
        int? held = null, ShareClass shareClass = ShareClass.Qualifying) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Ground = RefundRules.GroundFor(m.Status, shareClass), Class = shareClass, RequestedOn = on,
        Amount = amount, Shares = unit <= 0 ? 0 : Math.Min(held ?? m.SharesHeld, (int)Math.Floor(amount / unit)), RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
    };

    private static decimal UnitValue(BylawsVersion? bylaws, MemberCategory category) =>
        bylaws?.Categories.FirstOrDefault(c => c.Category == category)?.ShareUnitValue ?? 0m;

    private static Task<decimal> OpenAmountAsync(MembershipDbContext db, Guid memberId, CancellationToken ct, ShareClass shareClass = ShareClass.Qualifying) =>
        db.RefundRequests.Where(r => r.MemberId == memberId && r.Class == shareClass && (r.Status == RefundRequestStatus.Requested || r.Status == RefundRequestStatus.Approved))
            .Select(r => r.Amount).SumAsync(ct);

    public static async Task<Ok<Page<RefundRequestDto>>> List(MembershipDbContext db, CancellationToken ct, RefundRequestStatus? status = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, status, PageRequest.From(page, pageSize), ct));

    public static async Task<Page<RefundRequestDto>> ListAsync(MembershipDbContext db, RefundRequestStatus? status, PageRequest page, CancellationToken ct, Guid? memberId = null)
    {
        var query = db.RefundRequests.AsNoTracking();
        if (status is { } s) query = query.Where(r => r.Status == s);
        if (memberId is { } id) query = query.Where(r => r.MemberId == id);
        var rows = await query.OrderBy(r => r.RequestedOn).ThenBy(r => r.Id).ToPageAsync(page, ct);
        var dtos = await ToDtosAsync(db, rows.Items, ct);
        return new Page<RefundRequestDto>(dtos, rows.Total, rows.PageNumber, rows.PageSize);
    }

    private static async Task<RefundRequestDto> OneAsync(MembershipDbContext db, Guid id, CancellationToken ct) =>
        (await ToDtosAsync(db, [await db.RefundRequests.AsNoTracking().FirstAsync(r => r.Id == id, ct)], ct))[0];

    /// <summary>Names the members and batches of a page of requests (two lookups by id, whatever the page size).</summary>
    private static async Task<IReadOnlyList<RefundRequestDto>> ToDtosAsync(MembershipDbContext db, IReadOnlyList<ShareRefundRequest> rows, CancellationToken ct)
    {
        var memberIds = rows.Select(r => r.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.MemberNumber, m.FamilyName, m.GivenName }).ToDictionaryAsync(m => m.Id, ct);
        var batchIds = rows.Where(r => r.BatchId != null).Select(r => r.BatchId!.Value).Distinct().ToList();
        var batches = await db.RefundBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .Select(b => new { b.Id, b.ResolutionNumber, b.DecidedOn }).ToDictionaryAsync(b => b.Id, ct);
        return rows.Select(r =>
        {
            var m = members[r.MemberId];
            var b = r.BatchId is { } id ? batches[id] : null;
            return new RefundRequestDto(r.Id, r.MemberId, m.MemberNumber, m.FamilyName, m.GivenName, r.Ground, r.Status, r.RequestedOn, r.Amount, r.Shares,
                b?.ResolutionNumber, b?.DecidedOn, r.PaidOn, r.TransactionId, r.Class);
        }).ToList();
    }

    public static async Task<Ok<RefundBatchDto>> Decide(RefundBatchInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await DecideAsync(db, audit, user, clock, input, ct)));

    internal static RefundBatchDto ToDto(RefundBatch b) => new(b.Id, b.ResolutionNumber, b.DecidedOn, b.Approved, b.Requests, b.Total, b.Solvent, b.StabilityPreserved, b.FunderCommitmentsMet, b.Assessment);

    public static async Task<RefundBatch> DecideAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, RefundBatchInput input, CancellationToken ct)
    {
        var ids = input.RequestIds?.Distinct().ToList() ?? [];
        var failures = new List<Failure>();
        if (ids.Count == 0) failures.Add(MembershipErrors.BatchEmpty.At("requestIds"));
        else if (ids.Count > 500) failures.Add(PlatformErrors.InvalidValue.At("requestIds"));
        if (string.IsNullOrWhiteSpace(input.ResolutionNumber)) failures.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        else if (input.ResolutionNumber.Trim().Length > 50) failures.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        if (input.DecidedOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        if (input.Assessment is { } a && a.Trim().Length > 2000) failures.Add(PlatformErrors.TooLong.At("assessment", 2000));
        DomainException.ThrowIfAny(failures);
        return await db.InTransactionAsync(async () =>
        {
            var requests = await db.RefundRequests.Where(r => ids.Contains(r.Id)).ToListAsync(ct);
            if (requests.Count != ids.Count) throw new DomainException(MembershipErrors.RefundRequestNotFound.At("requestIds"));
            if (requests.Any(r => r.Status != RefundRequestStatus.Requested || r.RequestedOn > input.DecidedOn))
                throw new DomainException(MembershipErrors.RefundRequestNotQueued.At("requestIds"));
            var approved = RefundRules.BoardMayRefund(input.Solvent, input.StabilityPreserved, input.FunderCommitmentsMet);
            var batch = new RefundBatch
            {
                Id = Guid.CreateVersion7(), CoopId = requests[0].CoopId, ResolutionNumber = input.ResolutionNumber!.Trim(), DecidedOn = input.DecidedOn,
                Solvent = input.Solvent, StabilityPreserved = input.StabilityPreserved, FunderCommitmentsMet = input.FunderCommitmentsMet,
                Assessment = string.IsNullOrWhiteSpace(input.Assessment) ? null : input.Assessment.Trim(), Approved = approved,
                Requests = requests.Count, Total = requests.Sum(r => r.Amount), RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
            };
            db.RefundBatches.Add(batch);
            // A deferred batch is recorded, and its requests stay in the queue for a later board meeting.
            if (approved)
                foreach (var r in requests) { r.Status = RefundRequestStatus.Approved; r.BatchId = batch.Id; }
            await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.RefundBatchDecided, "RefundBatch", batch.Id.ToString(), batch.CoopId,
                new { batch.Approved, batch.Requests, batch.Total, batch.Solvent, batch.StabilityPreserved, batch.FunderCommitmentsMet }, Purpose: batch.ResolutionNumber), ct);
            return batch;
        }, ct);
    }

    public static async Task<Ok<RefundRequestDto>> Pay(Guid requestId, RefundPaymentInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        await PayAsync(db, audit, user, clock, requestId, input, ct);
        return TypedResults.Ok(await OneAsync(db, requestId, ct));
    }

    public static async Task<ShareTransaction> PayAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid requestId, RefundPaymentInput input, CancellationToken ct)
    {
        var request = await db.RefundRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new DomainException(MembershipErrors.RefundRequestNotFound);
        if (request.Status != RefundRequestStatus.Approved || request.BatchId is null) throw new DomainException(MembershipErrors.RefundNotApproved);
        var batch = await db.RefundBatches.AsNoTracking().FirstAsync(b => b.Id == request.BatchId, ct);
        var failures = new List<Failure>();
        if (input.PaidOn > clock.Today() || input.PaidOn < batch.DecidedOn) failures.Add(PlatformErrors.InvalidValue.At("paidOn"));
        if (!Enum.IsDefined(input.Method)) failures.Add(PlatformErrors.InvalidValue.At("method"));
        DomainException.ThrowIfAny(failures);
        var m = await db.Members.FirstAsync(x => x.Id == request.MemberId, ct);
        var held = request.Class == ShareClass.Preferred ? await ShareLedger.HoldingAsync(db, m.Id, ShareClass.Preferred, ct) : new ShareHolding(m.SharesHeld, m.SharesSubscribed, m.SharesPaid);
        if (request.Amount > held.Paid) throw new DomainException(MembershipErrors.RefundExceedsPaid.At("amount"));
        var bylaws = await db.Bylaws.InForceAsync(input.PaidOn, ct);
        var line = RefundLine(db, m, request.Amount, Math.Min(request.Shares, held.Shares), input.PaidOn, input.Method, batch.ResolutionNumber, bylaws, user.UserId, clock, request.Class);
        request.Status = RefundRequestStatus.Paid;
        request.PaidOn = input.PaidOn;
        request.PaidBy = input.Method;
        request.TransactionId = line.Id;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.SharesRefunded, "Member", m.Id.ToString(), m.CoopId,
            new { m.MemberNumber, TransactionId = line.Id, RequestId = request.Id, line.Shares, line.Amount, Method = input.Method.ToString(), Class = line.Class.ToString() },
            Purpose: batch.ResolutionNumber), ct);
        return line;
    }

    /// <summary>
    /// Writes a refund to the shares register and takes it from the member's totals: the one writer for a paid s. 38
    /// request and for the money an applicant advanced when the board refuses the application. Added, not saved. A refund
    /// of preferred shares is in the ledger only: the member's running totals are qualifying shares.
    /// </summary>
    internal static ShareTransaction RefundLine(MembershipDbContext db, Member m, decimal amount, int shares, DateOnly on, PaymentMethod method, string resolution,
        BylawsVersion? bylaws, Guid? recordedBy, TimeProvider clock, ShareClass shareClass = ShareClass.Qualifying)
    {
        var qualifying = shareClass == ShareClass.Qualifying;
        var line = new ShareTransaction
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Kind = ShareTransactionKind.Refund, OccurredOn = on, Class = shareClass,
            Shares = qualifying ? Math.Min(shares, m.SharesHeld) : shares, Amount = amount, Method = method, ResolutionNumber = resolution,
            BylawsVersionId = bylaws?.Id, RecordedAt = clock.GetUtcNow(), RecordedBy = recordedBy,
        };
        if (qualifying)
        {
            m.SharesSubscribed = Math.Max(0m, m.SharesSubscribed - line.Amount);
            m.SharesPaid -= line.Amount;
            m.SharesHeld -= line.Shares;
        }
        db.ShareTransactions.Add(line);
        return line;
    }

    private static AuditEntry Audit(AuditEventType type, Member m, ShareRefundRequest r) =>
        new(type, "Member", m.Id.ToString(), m.CoopId, new { m.MemberNumber, RequestId = r.Id, r.Amount, Ground = r.Ground.ToString(), Class = r.Class.ToString() });
}
