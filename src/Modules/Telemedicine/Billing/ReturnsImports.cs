using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing.Returns;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Billing;

internal sealed record ReturnsImportDto(Guid Id, int Items, int Hard, int MembersTold, DateTimeOffset ImportedAt);

/// <summary>
/// The bank's returned items, imported by staff: each one fails its invoice with the bank's reason. Soft failures go in the next
/// run once more; hard ones never. The member is told at the first failed debit (not after the retries) and coverage goes on
/// through the grace period. The whole file is checked before anything is written: one unknown invoice refuses it all.
/// </summary>
internal static class ReturnsImports
{
    public const string FailedDebitKind = "telemedicine-failed-debit";

    public static async Task<ReturnsImportDto> ImportAsync(TelemedicineDbContext db, IFileStore files, IAuditTrail audit, IEmailOutbox outbox, ICurrentUser user,
        TimeProvider clock, Guid coopId, string fileName, byte[] bytes, CancellationToken ct)
    {
        IReadOnlyList<ReturnedItem> items;
        try { items = ReturnedItemsFile.Read(bytes); }
        catch (ReturnsFileException e) { throw new DomainException(BillingErrors.ReturnsFileMalformed.At("file", e.Line, e.Problem)); }

        var references = items.Select(i => i.Reference).ToList();
        var invoices = await db.Invoices.Where(i => i.CoopId == coopId && references.Contains(i.Reference)).ToDictionaryAsync(i => i.Reference, StringComparer.Ordinal, ct);
        var failures = new List<Failure>();
        foreach (var item in items)
        {
            if (!invoices.TryGetValue(item.Reference, out var invoice)) failures.Add(BillingErrors.ReturnForUnknownInvoice.At("file", item.Line, item.Reference));
            else if (invoice.PaymentMethod != PaymentMethod.Pad || invoice.DebitAttempts == 0) failures.Add(BillingErrors.ReturnForUnknownInvoice.At("file", item.Line, item.Reference));
            else if ((long)(invoice.Amount * 100) != item.AmountCents) failures.Add(BillingErrors.ReturnAmountMismatch.At("file", item.Line, item.Reference));
        }
        DomainException.ThrowIfAny(failures.Take(20).ToList());

        var today = clock.Today();
        var now = clock.GetUtcNow();
        var graceDays = await db.Programs.AsNoTracking().Select(p => (int?)p.GracePeriodDays).FirstOrDefaultAsync(ct) ?? TelemedicineProgram.DefaultGracePeriodDays;
        var enrolmentIds = invoices.Values.Select(i => i.EnrolmentId).Distinct().ToList();
        var enrolments = await db.Enrolments.Where(e => enrolmentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);

        await using var content = new MemoryStream(bytes);
        var stored = await files.SaveAsync(coopId, PadFiles.BankFiles, string.IsNullOrWhiteSpace(fileName) ? "returns.csv" : fileName, content, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var told = new List<EmailMessage>();
        var hard = 0;
        foreach (var item in items)
        {
            var invoice = invoices[item.Reference];
            var severity = ReturnReasons.Severity(item.ReasonCode);
            hard += severity == ReturnSeverity.Hard ? 1 : 0;
            // The same return imported twice changes nothing: the invoice has already failed for this debit.
            if (invoice.Status == InvoiceStatus.Failed && invoice.FailureCode == item.ReasonCode) continue;
            invoice.Status = InvoiceStatus.Failed;
            invoice.FailureCode = item.ReasonCode;
            invoice.FailureIsHard = severity == ReturnSeverity.Hard;
            invoice.FailedAt = now;
            var enrolment = enrolments[invoice.EnrolmentId];
            if (Dunning.OnFailedDebit(enrolment, today, graceDays) && enrolment.Email.Length > 0)
            {
                var culture = EmailTemplates.CultureOf(enrolment.Language);
                var template = severity == ReturnSeverity.Hard ? "FailedDebitHard." : "FailedDebitSoft.";
                told.Add(EmailTemplates.Render(typeof(BillingText), template, culture, invoice.Amount.ToString("C", culture), invoice.Period.ToString("yyyy-MM", culture),
                    enrolment.GraceEndsOn!.Value.ToString("D", culture), item.ReasonCode).To(enrolment.Email, FailedDebitKind, coopId));
            }
            enrolment.UpdatedAt = now;
        }
        var import = new ReturnsImport
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, FileId = stored.Id, FileName = stored.FileName, Items = items.Count, Hard = hard, ImportedAt = now, ImportedBy = user.UserId,
        };
        db.ReturnsImports.Add(import);
        await outbox.EnqueueAsync(db, told, ct);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.ReturnsImported, nameof(ReturnsImport), import.Id.ToString(), coopId,
            new { import.Items, import.Hard, MembersTold = told.Count, References = references.Take(100) }), ct);
        await tx.CommitAsync(ct);
        return new ReturnsImportDto(import.Id, import.Items, import.Hard, told.Count, import.ImportedAt);
    }
}
