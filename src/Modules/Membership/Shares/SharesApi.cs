using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Shares;

/// <summary><c>Class</c>: qualifying shares (default) or preferred shares where the by-laws create them.</summary>
internal sealed record SubscriptionRequest(int Shares, DateOnly OccurredOn, ShareClass Class = ShareClass.Qualifying);

internal sealed record PaymentRequest(decimal Amount, PaymentMethod Method, DateOnly OccurredOn, ShareClass Class = ShareClass.Qualifying);

/// <summary><c>Class</c>: qualifying shares (default) or preferred shares; either way a board resolution approves the transfer.</summary>
internal sealed record TransferRequest(Guid ToMemberId, int Shares, string? ResolutionNumber, DateOnly OccurredOn, ShareClass Class = ShareClass.Qualifying);

/// <summary>
/// The shares register: subscriptions, payments with receipts and transfers approved by the board (refunds go through
/// the s. 38 queue, Refunds/RefundsApi). Every line names the by-laws in force, and the member's running totals change with it.
/// </summary>
internal static class SharesApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var shares = coop.MapGroup("/members/{memberId:guid}/shares").RequireAuthorization(MembershipPolicies.CanManageRegister);
        var boardShares = coop.MapGroup("/members/{memberId:guid}/shares").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        shares.MapPost("/subscriptions", Subscribe).WithSummary("Subscribes shares at the unit value of the by-laws in force.");
        shares.MapPost("/payments", Pay).WithSummary("Records a payment on subscribed shares and gives it a receipt number.");
        boardShares.MapPost("/transfers", Transfer).WithSummary("Transfers paid shares to another active member (board approval).");
    }

    public static async Task<Ok<MemberDetail>> Subscribe(Guid memberId, SubscriptionRequest request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        await SubscribeAsync(db, audit, user, clock, memberId, request, ct);
        return TypedResults.Ok(await RegisterApi.DetailAsync(db, clock, memberId, ct));
    }

    public static async Task<ShareTransaction> SubscribeAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, SubscriptionRequest request, CancellationToken ct)
    {
        var m = await FindAsync(db, memberId, ct);
        var failures = new List<Failure>();
        if (request.Shares is < 1 or > 10_000) failures.Add(PlatformErrors.InvalidValue.At("shares"));
        if (request.OccurredOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("occurredOn"));
        if (m.Status != MemberStatus.Active) failures.Add(MembershipErrors.MemberNotActive.At("memberId"));
        if (request.Class is not (ShareClass.Qualifying or ShareClass.Preferred)) failures.Add(PlatformErrors.InvalidValue.At("class"));
        DomainException.ThrowIfAny(failures);
        var (bylaws, unit) = request.Class == ShareClass.Preferred
            ? await PreferredUnitValueAsync(db, request.OccurredOn, ct)
            : await UnitValueAsync(db, request.OccurredOn, m.Category, ct);
        var line = Line(m, ShareTransactionKind.Subscription, request.OccurredOn, request.Shares, request.Shares * unit, bylaws, user, clock);
        line.Class = request.Class;
        // The member's running totals are qualifying shares: preferred shares never count toward qualifying or the vote.
        if (line.Class == ShareClass.Qualifying)
        {
            m.SharesSubscribed += line.Amount;
            m.SharesHeld += line.Shares;
        }
        db.ShareTransactions.Add(line);
        await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.SharesSubscribed, m, line), ct);
        return line;
    }

    public static async Task<Ok<ShareLineDto>> Pay(Guid coopId, Guid memberId, PaymentRequest request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var t = await PayAsync(db, audit, user, clock, coopId, memberId, request, ct);
        return TypedResults.Ok(new ShareLineDto(t.Id, t.Kind, t.OccurredOn, t.Shares, t.Amount, t.Method, t.ReceiptNumber, t.ResolutionNumber, t.CounterpartyMemberId));
    }

    public static async Task<ShareTransaction> PayAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId, Guid memberId, PaymentRequest request, CancellationToken ct)
    {
        var m = await FindAsync(db, memberId, ct);
        var bylaws = await db.Bylaws.InForceAsync(request.OccurredOn, ct);
        var failures = new List<Failure>();
        if (request.Class is not (ShareClass.Qualifying or ShareClass.Preferred)) throw new DomainException(PlatformErrors.InvalidValue.At("class"));
        var owing = request.Class == ShareClass.Preferred ? await PreferredOwingAsync(db, memberId, ct) : Owing(m, bylaws);
        if (!PaymentInput.IsAmount(request.Amount)) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        else if (request.Amount > owing) failures.Add(MembershipErrors.PaymentExceedsOwing.At("amount"));
        PaymentInput.CheckMethodAndDate(failures, request.Method, request.OccurredOn, clock.Today(), "occurredOn");
        if (m.Status is not (MemberStatus.Active or MemberStatus.Applicant)) failures.Add(MembershipErrors.MemberNotActive.At("memberId"));
        DomainException.ThrowIfAny(failures);
        return await db.InTransactionAsync(async () =>
        {
            var line = Line(m, ShareTransactionKind.Payment, request.OccurredOn, 0, request.Amount, bylaws, user, clock);
            line.Method = request.Method;
            line.Class = request.Class;
            line.ReceiptNumber = await Counters.ReserveAsync(db, coopId, MembershipCounter.Receipt, 1, ct);
            if (line.Class == ShareClass.Qualifying) m.SharesPaid += line.Amount;
            db.ShareTransactions.Add(line);
            await db.SaveChangesAndAuditAsync(audit, Audit(AuditEventType.SharePaymentRecorded, m, line), ct);
            return line;
        }, ct);
    }

    /// <summary>
    /// What a payment may settle: the subscribed shares not yet paid; for an applicant, who has subscribed nothing yet, the
    /// qualifying shares of their category, paid with the application and subscribed at admission (ADR 0028).
    /// </summary>
    internal static decimal Owing(Member m, BylawsVersion? bylaws) =>
        m.Status == MemberStatus.Applicant ? GoodStanding.QualifyingAmount(bylaws, m.Category) - m.SharesPaid : m.SharesOwing;

    public static async Task<Ok<MemberDetail>> Transfer(Guid memberId, TransferRequest request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        await TransferAsync(db, audit, user, clock, memberId, request, ct);
        return TypedResults.Ok(await RegisterApi.DetailAsync(db, clock, memberId, ct));
    }

    public static async Task TransferAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, TransferRequest request, CancellationToken ct)
    {
        var from = await FindAsync(db, memberId, ct);
        var to = request.ToMemberId == memberId ? null : await db.Members.FirstOrDefaultAsync(x => x.Id == request.ToMemberId, ct);
        var failures = new List<Failure>();
        if (string.IsNullOrWhiteSpace(request.ResolutionNumber)) failures.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        else if (request.ResolutionNumber.Length > 50) failures.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        if (to is not { Status: MemberStatus.Active }) failures.Add(MembershipErrors.TransferTargetNotActive.At("toMemberId"));
        if (request.OccurredOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("occurredOn"));
        if (request.Shares is < 1 or > 10_000) failures.Add(PlatformErrors.InvalidValue.At("shares"));
        if (request.Class is not (ShareClass.Qualifying or ShareClass.Preferred)) failures.Add(PlatformErrors.InvalidValue.At("class"));
        DomainException.ThrowIfAny(failures);
        BylawsVersion? bylaws;
        decimal amount;
        if (request.Class == ShareClass.Preferred)
        {
            // Preferred shares are read from the ledger and go at the price they were subscribed at; only paid ones move.
            var held = await ShareLedger.HoldingAsync(db, from.Id, ShareClass.Preferred, ct);
            bylaws = await db.Bylaws.InForceAsync(request.OccurredOn, ct);
            amount = held.ValueOf(request.Shares);
            if (request.Shares > held.Shares || amount > held.Paid) throw new DomainException(MembershipErrors.TransferExceedsPaid.At("shares"));
        }
        else
        {
            (bylaws, var unit) = await UnitValueAsync(db, request.OccurredOn, from.Category, ct);
            amount = request.Shares * unit;
            if (request.Shares > from.SharesHeld || amount > from.SharesPaid) throw new DomainException(MembershipErrors.TransferExceedsPaid.At("shares"));
        }

        var resolution = request.ResolutionNumber!.Trim();
        var outLine = Line(from, ShareTransactionKind.TransferOut, request.OccurredOn, request.Shares, amount, bylaws, user, clock);
        var inLine = Line(to!, ShareTransactionKind.TransferIn, request.OccurredOn, request.Shares, amount, bylaws, user, clock);
        outLine.ResolutionNumber = inLine.ResolutionNumber = resolution;
        outLine.CounterpartyMemberId = to!.Id;
        inLine.CounterpartyMemberId = from.Id;
        outLine.Class = inLine.Class = request.Class;
        // The running totals are qualifying shares: a preferred transfer is in the ledger only.
        if (request.Class == ShareClass.Qualifying)
        {
            from.SharesSubscribed -= amount; from.SharesPaid -= amount; from.SharesHeld -= request.Shares;
            to.SharesSubscribed += amount; to.SharesPaid += amount; to.SharesHeld += request.Shares;
        }
        db.ShareTransactions.AddRange(outLine, inLine);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.SharesTransferred, "Member", from.Id.ToString(), from.CoopId,
            new { From = from.MemberNumber, To = to.MemberNumber, request.Shares, Amount = amount, Class = request.Class.ToString() }, Purpose: resolution), ct);
    }

    private static async Task<Member> FindAsync(MembershipDbContext db, Guid memberId, CancellationToken ct) =>
        await db.Members.FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);

    private static async Task<(BylawsVersion Bylaws, decimal Unit)> UnitValueAsync(MembershipDbContext db, DateOnly day, MemberCategory category, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.InForceAsync(day, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var terms = bylaws.Categories.FirstOrDefault(c => c.Category == category) ?? throw new DomainException(MembershipErrors.CategoryNotInUse.At("category"));
        return (bylaws, terms.ShareUnitValue);
    }

    /// <summary>The price of a preferred share under the by-laws in force on <paramref name="day"/>; refused where they create none.</summary>
    private static async Task<(BylawsVersion Bylaws, decimal Unit)> PreferredUnitValueAsync(MembershipDbContext db, DateOnly day, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.InForceAsync(day, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        return bylaws.PreferredShareUnitValue is { } unit and > 0
            ? (bylaws, unit)
            : throw new DomainException(AnnualReports.AnnualReportErrors.PreferredSharesNotCreated.At("class"));
    }

    /// <summary>What a member still owes on preferred shares: the member's totals hold qualifying shares only, so the ledger tells.</summary>
    private static async Task<decimal> PreferredOwingAsync(MembershipDbContext db, Guid memberId, CancellationToken ct)
    {
        var held = await ShareLedger.HoldingAsync(db, memberId, ShareClass.Preferred, ct);
        return held.Subscribed - held.Paid;
    }

    private static ShareTransaction Line(Member m, ShareTransactionKind kind, DateOnly on, int shares, decimal amount, BylawsVersion? bylaws, ICurrentUser user, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Kind = kind, OccurredOn = on, Shares = shares, Amount = amount,
        BylawsVersionId = bylaws?.Id, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
    };

    private static AuditEntry Audit(AuditEventType type, Member m, ShareTransaction t) =>
        new(type, "Member", m.Id.ToString(), m.CoopId, new { m.MemberNumber, TransactionId = t.Id, t.Shares, t.Amount, Method = t.Method?.ToString(), t.ReceiptNumber }, Purpose: t.ResolutionNumber);
}
