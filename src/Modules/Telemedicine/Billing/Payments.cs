using System.Globalization;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Telemedicine.Billing;

internal sealed record CounterPaymentInput(DateOnly PaidOn);

internal sealed record InvoiceDto(Guid Id, Guid EnrolmentId, string Period, string Reference, decimal Amount, PaymentMethod PaymentMethod, DateOnly DueDate,
    InvoiceStatus Status, string? FailureCode, bool FailureIsHard, int DebitAttempts, Guid? PaymentId, int Version);

internal sealed record PaymentDto(Guid Id, Guid InvoiceId, decimal Amount, DateOnly PaidOn, PaymentMethod Method, int ReceiptNumber);

/// <summary>Invoices of an enrolment, money received at the counter (which ends the dunning), and a receipt per payment.</summary>
internal static class Payments
{
    public static async Task<Page<InvoiceDto>> InvoicesAsync(TelemedicineDbContext db, Guid? enrolmentId, InvoiceStatus? status, PageRequest page, CancellationToken ct,
        Guid? memberId = null)
    {
        var q = db.Invoices.AsNoTracking();
        if (enrolmentId is { } e) q = q.Where(i => i.EnrolmentId == e);
        if (memberId is { } m) q = q.Where(i => i.MemberId == m);
        if (status is { } s) q = q.Where(i => i.Status == s);
        var rows = await q.OrderByDescending(i => i.Period).ThenBy(i => i.Reference)
            .Select(i => new { Invoice = i, PaymentId = db.Payments.Where(p => p.InvoiceId == i.Id).Select(p => (Guid?)p.Id).FirstOrDefault() })
            .ToPageAsync(page, ct);
        return rows.Map(r => ToDto(r.Invoice, r.PaymentId));
    }

    private static InvoiceDto ToDto(Invoice i, Guid? paymentId) => new(i.Id, i.EnrolmentId, BillingRules.FormatPeriod(i.Period), i.Reference, i.Amount, i.PaymentMethod,
        i.DueDate, i.Status, i.FailureCode, i.FailureIsHard, i.DebitAttempts, paymentId, i.Version);

    public static async Task<PaymentDto> RecordCounterPaymentAsync(TelemedicineDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId,
        Guid invoiceId, CounterPaymentInput input, CancellationToken ct)
    {
        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Id == invoiceId && i.CoopId == coopId, ct) ?? throw new DomainException(BillingErrors.InvoiceNotFound);
        if (input.PaidOn > clock.Today() || input.PaidOn < invoice.Period.AddMonths(-2)) throw new DomainException(PlatformErrors.InvalidValue.At("paidOn"));
        if (invoice.Status == InvoiceStatus.Paid) throw new DomainException(BillingErrors.InvoiceAlreadyPaid);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = (await db.Payments.Where(p => p.CoopId == coopId).MaxAsync(p => (int?)p.ReceiptNumber, ct) ?? 0) + 1;
        var payment = new InvoicePayment
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, InvoiceId = invoice.Id, Amount = invoice.Amount, PaidOn = input.PaidOn, Method = PaymentMethod.Counter,
            ReceiptNumber = number, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        };
        invoice.Status = InvoiceStatus.Paid;
        invoice.PaidAt = payment.RecordedAt;
        db.Payments.Add(payment);
        var enrolment = await db.Enrolments.FirstAsync(e => e.Id == invoice.EnrolmentId, ct);
        var othersFailed = await db.Invoices.AnyAsync(i => i.EnrolmentId == enrolment.Id && i.Id != invoice.Id && i.Status == InvoiceStatus.Failed, ct);
        Dunning.OnPayment(enrolment, othersFailed);
        enrolment.UpdatedAt = payment.RecordedAt;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.CounterPaymentRecorded, nameof(InvoicePayment), payment.Id.ToString(), coopId,
            new { InvoiceId = invoice.Id, payment.Amount, payment.PaidOn, payment.ReceiptNumber, Dunning = enrolment.DunningState.ToString() }), ct);
        await tx.CommitAsync(ct);
        return new PaymentDto(payment.Id, payment.InvoiceId, payment.Amount, payment.PaidOn, payment.Method, payment.ReceiptNumber);
    }

    /// <summary>The receipt of a payment, as a PDF in the member's language.</summary>
    public static async Task<byte[]> ReceiptAsync(TelemedicineDbContext db, IStringLocalizer<BillingText> text, Guid coopId, Guid paymentId, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.CoopId == coopId, ct) ?? throw new DomainException(BillingErrors.PaymentNotFound);
        var invoice = await db.Invoices.AsNoTracking().FirstAsync(i => i.Id == payment.InvoiceId, ct);
        var enrolment = await db.Enrolments.AsNoTracking().FirstAsync(e => e.Id == invoice.EnrolmentId, ct);
        var culture = CultureInfo.CurrentUICulture;
        return new PdfBuilder(text["Receipt.Title"], culture)
            .Heading(text["Receipt.Title"])
            .Date(payment.PaidOn)
            .KeyValue(text["Receipt.Number"], payment.ReceiptNumber.ToString(culture))
            .KeyValue(text["Receipt.Member"], enrolment.MemberName)
            .KeyValue(text["Receipt.Invoice"], invoice.Reference)
            .KeyValue(text["Receipt.Period"], BillingRules.FormatPeriod(invoice.Period))
            .KeyValue(text["Receipt.Amount"], payment.Amount.ToString("C", culture))
            .KeyValue(text["Receipt.Method"], text["Method." + payment.Method])
            .Paragraph(text["Receipt.Note"])
            .ToBytes();
    }
}
