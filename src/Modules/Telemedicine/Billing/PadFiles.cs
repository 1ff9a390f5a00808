using System.Text;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Billing;

/// <summary>
/// The CPA-005 file of a run, written once (on first request) from the run's debits and the coop's bank profile, kept in the
/// platform's file store and served again as it was. Its file creation number is never one of the coop's last 10.
/// </summary>
internal static class PadFiles
{
    public static readonly FileUse BankFiles = new("telemedicine-bank", 256 * FileUse.MiB,
        new HashSet<string>(StringComparer.Ordinal) { FileTypes.Text, FileTypes.Csv });

    public static async Task<(string FileName, Stream Content)> OpenAsync(TelemedicineDbContext db, IFileStore files, IAuditTrail audit, ICurrentUser user,
        TimeProvider clock, Guid coopId, Guid runId, CancellationToken ct)
    {
        var run = await db.BillingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.CoopId == coopId, ct)
            ?? throw new DomainException(BillingErrors.RunNotFound);
        var pad = await db.PadFiles.AsNoTracking().FirstOrDefaultAsync(f => f.RunId == run.Id, ct) ?? await WriteAsync(db, files, audit, user, clock, run, ct);
        var opened = await files.OpenAsync(coopId, pad.FileId, ct) ?? throw new DomainException(BillingErrors.RunNotFound);
        return (opened.File.FileName, opened.Content);
    }

    /// <summary>Builds the file text (the benchmark times this part alone).</summary>
    public static async Task<(string Text, int Debits, long Cents, int FileNumber)> BuildAsync(TelemedicineDbContext db, BillingRun run, DateOnly today, CancellationToken ct)
    {
        var profile = await db.BankProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CoopId == run.CoopId, ct)
            ?? throw new DomainException(BillingErrors.BankProfileMissing);
        var lastTen = await db.PadFiles.AsNoTracking().Where(f => f.CoopId == run.CoopId).OrderByDescending(f => f.CreatedAt)
            .Select(f => f.FileCreationNumber).Take(10).ToListAsync(ct);
        var number = BillingRules.NextFileCreationNumber(lastTen);
        // The agreement in force for each debited enrolment; its account number is decrypted here, never stored in clear.
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.LastDebitRunId == run.Id && i.Status == InvoiceStatus.Open && i.PaymentMethod == PaymentMethod.Pad)
            .Join(db.PadAgreements.AsNoTracking().Where(a => a.EndedAt == null), i => i.EnrolmentId, a => a.EnrolmentId,
                (i, a) => new { i.Reference, i.Amount, a.InstitutionNumber, a.TransitNumber, a.AccountNumber, a.PayorName })
            .OrderBy(x => x.Reference).ToListAsync(ct);
        var debits = rows.Select(r => new Cpa005Debit((long)(r.Amount * 100), run.DebitDate, r.InstitutionNumber, r.TransitNumber, r.AccountNumber,
            r.PayorName, r.Reference, "TELEMEDECINE"));
        var text = new StringWriter(new StringBuilder(Math.Max(4096, (rows.Count / Math.Max(1, profile.SegmentsPerRecord) + 3) * 1466)),
            System.Globalization.CultureInfo.InvariantCulture);
        var totals = Cpa005Writer.Write(text, profile.ToFormat(), number, today, debits);
        return (text.ToString(), totals.DebitCount, totals.DebitCents, number);
    }

    private static async Task<PadFile> WriteAsync(TelemedicineDbContext db, IFileStore files, IAuditTrail audit, ICurrentUser user, TimeProvider clock,
        BillingRun run, CancellationToken ct)
    {
        var (text, debits, cents, number) = await BuildAsync(db, run, clock.Today(), ct);
        await using var content = new MemoryStream(Encoding.ASCII.GetBytes(text));
        var stored = await files.SaveAsync(run.CoopId, BankFiles, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cpa005-{BillingRules.FormatPeriod(run.Period)}-{number:0000}.txt"), content, ct);
        var pad = new PadFile
        {
            Id = Guid.CreateVersion7(), CoopId = run.CoopId, RunId = run.Id, FileCreationNumber = number, FileId = stored.Id, DebitCount = debits,
            TotalCents = cents, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId,
        };
        db.PadFiles.Add(pad);
        try
        {
            await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.PadFileWritten, nameof(PadFile), pad.Id.ToString(), run.CoopId,
                new { RunId = run.Id, pad.FileCreationNumber, pad.DebitCount, pad.TotalCents }), ct);
            return pad;
        }
        catch (DbUpdateException)
        {
            // Another request wrote the run's file first (unique run): serve that one, and drop ours.
            db.ChangeTracker.Clear();
            await files.DeleteAsync(run.CoopId, stored.Id, ct);
            return await db.PadFiles.AsNoTracking().FirstAsync(f => f.RunId == run.Id, ct);
        }
    }
}
