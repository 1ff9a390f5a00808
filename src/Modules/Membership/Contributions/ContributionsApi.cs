using System.Globalization;
using System.Linq.Expressions;
using System.Resources;
using CoopSante.Federation.Contracts;
using CoopSante.Membership.Documents;
using CoopSante.Membership.Resources;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Contributions;

internal sealed record ContributionPaymentRequest(int FiscalYear, decimal Amount, PaymentMethod Method, DateOnly PaidOn);

internal sealed record ContributionWaiverRequest(int FiscalYear, decimal Amount, DateOnly DecidedOn, string? Reason);

internal sealed record ContributionYearDto(Guid ChargeId, int FiscalYear, string Label, DateOnly StartsOn, DateOnly EndsOn, decimal Amount, decimal Paid, decimal Waived, decimal Balance);

internal sealed record ContributionWaiverDto(Guid Id, int FiscalYear, decimal Amount, DateOnly DecidedOn, string Reason);

internal sealed record ContributionPaymentDto(Guid Id, int FiscalYear, decimal Amount, DateOnly PaidOn, PaymentMethod Method, int ReceiptNumber);

/// <summary>
/// A member's annual contributions: each fiscal year charged, what was paid or waived and the balance, the payments with
/// their receipts, the waivers with their reasons; and the current fiscal year with the amount its by-laws set (null when they set none).
/// </summary>
internal sealed record MemberContributionsDto(IReadOnlyList<ContributionYearDto> Years, IReadOnlyList<ContributionPaymentDto> Payments,
    IReadOnlyList<ContributionWaiverDto> Waivers, decimal Owing,
    int CurrentFiscalYear, string CurrentLabel, decimal? CurrentAmount);

/// <summary>The coop's fiscal year today and the contribution its by-laws set (null when they set none).</summary>
internal sealed record CurrentContributionYear(int FiscalYear, string Label, decimal? Amount);

internal sealed record OpenYearResult(int FiscalYear, string Label, decimal Amount, int Charged);

/// <summary>
/// The annual contribution the by-laws set (ADR 0047): a charge per member and fiscal year, made when the coop opens the
/// year (or by the year's first payment), and payments with receipts. Office follow-up only: nothing here bears on care.
/// </summary>
internal static class ContributionsApi
{
    private static readonly ResourceManager Text = new(typeof(ContributionText));

    /// <summary>How far back a year may be opened or paid: the register's retention of accounting records.</summary>
    public const int YearsBack = 6;

    internal static void Map(RouteGroupBuilder coop)
    {
        var g = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        g.MapGet("/members/{memberId:guid}/contributions", ForMember).WithSummary("The member's annual contributions per fiscal year (owed, paid, balance) and their payments.");
        g.MapPost("/members/{memberId:guid}/contributions/payments", Pay).WithSummary("Records a payment of the member's annual contribution for a fiscal year and gives it a receipt number.");
        // Waiving is the board's decision: the manager records it, reception does not.
        coop.MapPost("/members/{memberId:guid}/contributions/waivers", Waive).RequireAuthorization(MembershipPolicies.CanManageRegister, MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Records the board's decision to waive all or part of the member's annual contribution for a fiscal year (dated, with its reason; no receipt).");
        g.MapGet("/members/{memberId:guid}/contributions/receipts/{paymentId:guid}.pdf", Receipt)
            .WithSummary("The receipt of an annual contribution payment (PDF, in the member's language, naming the coop).");
        g.MapPost("/contributions/years/{fiscalYear:int}", OpenYear)
            .WithSummary("Charges the annual contribution of a fiscal year to every member concerned that has no charge for it yet (repeatable).");
    }

    public static async Task<Ok<MemberContributionsDto>> ForMember(Guid memberId, MembershipDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ForMemberAsync(db, clock.Today(), memberId, ct));

    public static async Task<Ok<ContributionPaymentDto>> Pay(Guid coopId, Guid memberId, ContributionPaymentRequest request, MembershipDbContext db, IAuditTrail audit,
        ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await PayAsync(db, audit, user, clock, coopId, memberId, request, ct)));

    public static async Task<Ok<ContributionWaiverDto>> Waive(Guid memberId, ContributionWaiverRequest request, MembershipDbContext db, IAuditTrail audit,
        ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await WaiveAsync(db, audit, user, clock, memberId, request, ct)));

    public static async Task<Ok<OpenYearResult>> OpenYear(Guid coopId, int fiscalYear, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await OpenYearAsync(db, audit, user, clock, coopId, fiscalYear, ct));

    public static async Task<FileContentHttpResult> Receipt(Guid memberId, Guid paymentId, MembershipDbContext db, ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        return await ReceiptFileAsync(db, letterheads, clock, m, paymentId, ct);
    }

    /// <summary>The receipt of one of the member's contribution payments; the register's and the portal's endpoints both call this.</summary>
    public static async Task<FileContentHttpResult> ReceiptFileAsync(MembershipDbContext db, ICoopLetterheads letterheads, TimeProvider clock, Member m, Guid paymentId, CancellationToken ct)
    {
        var p = await db.ContributionPayments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == paymentId && x.MemberId == m.Id, ct)
            ?? throw new DomainException(ContributionErrors.PaymentNotFound);
        var year = await db.ContributionCharges.AsNoTracking().Where(c => c.Id == p.ChargeId)
            .Select(c => new FiscalYear(c.FiscalYear, c.YearStartsOn, c.YearEndsOn)).FirstAsync(ct);
        var facts = new ReceiptFacts(p.ReceiptNumber, c => string.Format(c, Text.GetString("Contrib.Receipt.Nature", c) ?? "{0}", year.Label), p.Amount, p.Method, p.PaidOn);
        var pdf = MemberDocumentsApi.ReceiptPdf(m, facts, await letterheads.PdfLetterheadAsync(m.CoopId, ct), clock.Today());
        return TypedResults.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"recu-{p.ReceiptNumber}.pdf"));
    }

    public static async Task<MemberContributionsDto> ForMemberAsync(MembershipDbContext db, DateOnly today, Guid memberId, CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == memberId, ct)) throw new DomainException(MembershipErrors.MemberNotFound);
        var charges = await db.ContributionCharges.AsNoTracking().Where(c => c.MemberId == memberId).OrderByDescending(c => c.FiscalYear).ToListAsync(ct);
        var payments = await db.ContributionPayments.AsNoTracking().Where(p => p.MemberId == memberId)
            .OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.ReceiptNumber).Take(100).ToListAsync(ct);
        var waivers = await db.ContributionWaivers.AsNoTracking().Where(w => w.MemberId == memberId)
            .OrderByDescending(w => w.DecidedOn).ThenByDescending(w => w.RecordedAt).Take(100).ToListAsync(ct);
        var current = await CurrentYearAsync(db, today, ct);
        var years = charges.Select(c => new ContributionYearDto(c.Id, c.FiscalYear, new FiscalYear(c.FiscalYear, c.YearStartsOn, c.YearEndsOn).Label, c.YearStartsOn, c.YearEndsOn,
            c.Amount, c.Paid, c.Waived, c.Balance)).ToList();
        return new MemberContributionsDto(years, payments.Select(ToDto).ToList(), waivers.Select(ToDto).ToList(), years.Sum(y => y.Balance), current.FiscalYear, current.Label, current.Amount);
    }

    public static async Task<CurrentContributionYear> CurrentYearAsync(MembershipDbContext db, DateOnly today, CancellationToken ct)
    {
        var year = FiscalYear.Containing(today, await db.Bylaws.InForceAsync(today, ct));
        var bylaws = await db.Bylaws.InForceAsync(year.StartsOn, ct);
        return new CurrentContributionYear(year.Year, year.Label, bylaws?.AnnualContribution is > 0 ? bylaws.AnnualContribution : null);
    }

    /// <summary>
    /// Records a payment on the member's charge for the year; the year's first payment makes the charge when the year was
    /// not opened yet. The charge, the payment and its receipt number are written together, or nothing is.
    /// </summary>
    public static async Task<ContributionPayment> PayAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId, Guid memberId,
        ContributionPaymentRequest request, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var today = clock.Today();
        var failures = new List<Failure>();
        if (!PaymentInput.IsAmount(request.Amount)) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        PaymentInput.CheckMethodAndDate(failures, request.Method, request.PaidOn, today, "paidOn");
        DomainException.ThrowIfAny(failures);
        return await db.InTransactionAsync(async () =>
        {
            var charge = await ChargeAsync(db, user, clock, m, request.FiscalYear, ct);
            if (request.Amount > charge.Balance) throw new DomainException(ContributionErrors.PaymentExceedsBalance.At("amount", Formats.Money(charge.Balance))); // "20,00 $", not "20,0"
            charge.Paid += request.Amount;
            var payment = new ContributionPayment
            {
                Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, ChargeId = charge.Id, FiscalYear = charge.FiscalYear, Amount = request.Amount,
                PaidOn = request.PaidOn, Method = request.Method, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
                // One series of receipts per coop: shares and contributions alike.
                ReceiptNumber = await Counters.ReserveAsync(db, coopId, MembershipCounter.Receipt, 1, ct),
            };
            db.ContributionPayments.Add(payment);
            await SaveAsync(db, audit, new AuditEntry(AuditEventType.ContributionPaymentRecorded, "Member", m.Id.ToString(), m.CoopId,
                new { m.MemberNumber, PaymentId = payment.Id, payment.FiscalYear, payment.Amount, Method = payment.Method.ToString(), payment.ReceiptNumber }), ct);
            return payment;
        }, ct);
    }

    /// <summary>
    /// Records a board's decision to waive all or part of a year's contribution: it lowers the balance like a payment, with
    /// no receipt and no money. The year's charge is made when the year was not opened yet. Written with its audit entry, or nothing is.
    /// </summary>
    public static async Task<ContributionWaiver> WaiveAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId,
        ContributionWaiverRequest request, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var failures = new List<Failure>();
        if (!PaymentInput.IsAmount(request.Amount)) failures.Add(MembershipErrors.AmountMustBePositive.At("amount"));
        PaymentInput.CheckDate(failures, request.DecidedOn, clock.Today(), "decidedOn");
        var reason = TextRules.Required(failures, request.Reason, "reason", ContributionWaiver.MaxReason);
        DomainException.ThrowIfAny(failures);
        return await db.InTransactionAsync(async () =>
        {
            var charge = await ChargeAsync(db, user, clock, m, request.FiscalYear, ct);
            if (request.Amount > charge.Balance) throw new DomainException(ContributionErrors.WaiverExceedsBalance.At("amount", Formats.Money(charge.Balance)));
            charge.Waived += request.Amount;
            var waiver = new ContributionWaiver
            {
                Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, ChargeId = charge.Id, FiscalYear = charge.FiscalYear, Amount = request.Amount,
                DecidedOn = request.DecidedOn, Reason = reason, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
            };
            db.ContributionWaivers.Add(waiver);
            // The reason stays on the waiver, where the register's access rules keep it; the audit trail says who, what and when.
            await SaveAsync(db, audit, new AuditEntry(AuditEventType.ContributionWaived, "Member", m.Id.ToString(), m.CoopId,
                new { m.MemberNumber, WaiverId = waiver.Id, waiver.FiscalYear, waiver.Amount, waiver.DecidedOn }), ct);
            return waiver;
        }, ct);
    }

    /// <summary>
    /// Charges the year to every member concerned without a charge for it; running it again charges only those admitted since.
    /// <paramref name="quietWhenNone"/> (the nightly job): when no one is to be charged, nothing is written, not even the audit entry.
    /// </summary>
    public static async Task<OpenYearResult> OpenYearAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId, int fiscalYear, CancellationToken ct,
        bool quietWhenNone = false)
    {
        var (year, bylaws, amount) = await TermsAsync(db, clock.Today(), fiscalYear, ct);
        var concerned = await db.Members.AsNoTracking().Where(Concerned(year))
            .Where(m => !db.ContributionCharges.Any(c => c.MemberId == m.Id && c.FiscalYear == year.Year))
            .Select(m => m.Id).ToListAsync(ct);
        if (quietWhenNone && concerned.Count == 0) return new OpenYearResult(year.Year, year.Label, amount, 0);
        var now = clock.GetUtcNow();
        db.ContributionCharges.AddRange(concerned.Select(id => Charge(coopId, id, year, amount, bylaws, now, user.UserId)));
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.ContributionYearOpened, "Coop", coopId.ToString(), coopId,
            new { FiscalYear = year.Year, Amount = amount, Charged = concerned.Count }), ct);
        return new OpenYearResult(year.Year, year.Label, amount, concerned.Count);
    }

    /// <summary>
    /// Who owes a year's contribution: admitted by the year's end, and still a member or gone after the year began (the
    /// contribution is due for the year they left in, never for a year after their exit). Applicants and refused never owe it.
    /// </summary>
    internal static Expression<Func<Member, bool>> Concerned(FiscalYear year) => m =>
        (m.AdmittedOn == null || m.AdmittedOn <= year.EndsOn)
        && (m.Status == MemberStatus.Active || m.Status == MemberStatus.Suspended
            || ((m.Status == MemberStatus.Resigned || m.Status == MemberStatus.Excluded || m.Status == MemberStatus.Deceased) && m.StatusSince > year.StartsOn));

    /// <summary>The member's charge for the year, made now when the year was not opened yet (a payment or a waiver may come first).</summary>
    private static async Task<ContributionCharge> ChargeAsync(MembershipDbContext db, ICurrentUser user, TimeProvider clock, Member m, int fiscalYear, CancellationToken ct) =>
        await db.ContributionCharges.FirstOrDefaultAsync(c => c.MemberId == m.Id && c.FiscalYear == fiscalYear, ct)
        ?? await NewChargeAsync(db, user, clock, m, fiscalYear, ct);

    private static async Task<ContributionCharge> NewChargeAsync(MembershipDbContext db, ICurrentUser user, TimeProvider clock, Member m, int fiscalYear, CancellationToken ct)
    {
        var (year, bylaws, amount) = await TermsAsync(db, clock.Today(), fiscalYear, ct);
        if (!Concerned(year).Compile()(m))
            throw new DomainException(m.Status is MemberStatus.Active or MemberStatus.Suspended
                ? ContributionErrors.NotMemberThatYear.At("fiscalYear")
                : MembershipErrors.MemberNotActive.At("memberId"));
        var charge = Charge(m.CoopId, m.Id, year, amount, bylaws, clock.GetUtcNow(), user.UserId);
        db.ContributionCharges.Add(charge);
        return charge;
    }

    /// <summary>The fiscal year asked for, the by-laws in force on its first day and the contribution they set.</summary>
    private static async Task<(FiscalYear Year, BylawsVersion Bylaws, decimal Amount)> TermsAsync(MembershipDbContext db, DateOnly today, int fiscalYear, CancellationToken ct)
    {
        var inForce = await db.Bylaws.InForceAsync(today, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var current = FiscalYear.Containing(today, inForce);
        if (fiscalYear > current.Year || fiscalYear < current.Year - YearsBack) throw new DomainException(ContributionErrors.YearNotOpen.At("fiscalYear", current.Year));
        var year = FiscalYear.Named(fiscalYear, inForce);
        var bylaws = await db.Bylaws.InForceAsync(year.StartsOn, ct) ?? inForce;
        return bylaws.AnnualContribution is { } amount and > 0
            ? (year, bylaws, amount)
            : throw new DomainException(ContributionErrors.NotSetByBylaws.At("fiscalYear"));
    }

    /// <summary>
    /// Saves with the audit entry; a charge another request made for the same member and year at the same moment (the
    /// unique index) is a conflict to retry on fresh data, not a server error. Nothing of this request is kept.
    /// </summary>
    private static async Task SaveAsync(MembershipDbContext db, IAuditTrail audit, AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAndAuditAsync(audit, entry, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new DomainException(PlatformErrors.StaleVersion);
        }
    }

    private static ContributionCharge Charge(Guid coopId, Guid memberId, FiscalYear year, decimal amount, BylawsVersion bylaws, DateTimeOffset now, Guid? by) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = memberId, FiscalYear = year.Year, YearStartsOn = year.StartsOn, YearEndsOn = year.EndsOn,
        Amount = amount, BylawsVersionId = bylaws.Id, CreatedAt = now, CreatedBy = by,
    };

    internal static ContributionPaymentDto ToDto(ContributionPayment p) => new(p.Id, p.FiscalYear, p.Amount, p.PaidOn, p.Method, p.ReceiptNumber);

    internal static ContributionWaiverDto ToDto(ContributionWaiver w) => new(w.Id, w.FiscalYear, w.Amount, w.DecidedOn, w.Reason);
}
