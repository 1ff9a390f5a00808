using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopSante.Membership.RegisterImport;

internal enum ImportPhase { Reading = 1, Validating = 2, Writing = 3, Done = 4 }

/// <summary>Where an import stands, for a progress bar.</summary>
internal sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    public double Percent => Total == 0 ? 100 : Math.Round(100.0 * Done / Total, 1);
}

/// <summary>What the dry run found: the columns, the mapping used and every error by line and column.</summary>
internal sealed record ImportReport(int Rows, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping, int ErrorCount,
    IReadOnlyList<ImportRowError> Errors, bool Valid);

internal sealed record ImportResult(int Imported, int ShareLines);

/// <summary>Reads, checks and writes a register file: everything is checked before anything is written, in one transaction.</summary>
internal static class RegisterImporter
{
    /// <summary>The dry run lists at most this many errors (the count is always complete).</summary>
    public const int MaxListedErrors = 5_000;

    /// <summary>The dry run: reads and checks every row, writes nothing.</summary>
    public static async Task<(ImportTable Table, ColumnMapping Mapping, ImportValidation Validation)> ValidateAsync(
        MembershipDbContext db, ErrorMessages messages, TimeProvider clock, Stream file, IReadOnlyDictionary<string, string?>? overrides,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var (table, mapping, validation) = await PrepareAsync(db, messages, clock, file, overrides, progress, ct);
        await Blocking.Run(() => validation.Run(Validating(progress, table), ct: ct), ct);
        return (table, mapping, validation);
    }

    /// <summary>Reads the file and what the checks need from the coop (by-laws, member numbers already given).</summary>
    private static async Task<(ImportTable Table, ColumnMapping Mapping, ImportValidation Validation)> PrepareAsync(
        MembershipDbContext db, ErrorMessages messages, TimeProvider clock, Stream file, IReadOnlyDictionary<string, string?>? overrides,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var table = await Task.Run(() => ImportTable.Read(file, ct), ct);
        var mapping = ColumnMapping.Build(table.Headers, overrides);
        var today = clock.Today();
        var bylaws = await db.Bylaws.InForceAsync(today, ct);
        var numbers = (await db.Members.AsNoTracking().Where(m => m.MemberNumber != null).Select(m => m.MemberNumber!.Value).ToListAsync(ct)).ToHashSet();
        return (table, mapping, new ImportValidation(table, mapping, today, bylaws?.Categories.Select(c => c.Category).ToList(), numbers, messages));
    }

    private static SyncProgress<int>? Validating(IProgress<ImportProgress>? progress, ImportTable table) =>
        progress is null ? null : new SyncProgress<int>(n => progress.Report(new ImportProgress(ImportPhase.Validating, n, table.Rows.Count)));

    /// <summary>
    /// The import: reads, checks and writes all-or-nothing in one transaction. On PostgreSQL the rows already checked stream
    /// into the members COPY while later rows are still being checked (ADR 0008); the first error stops the writing and the
    /// transaction is rolled back, so a refused file leaves nothing behind. Elsewhere every row is checked, then written.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(MembershipDbContext db, ErrorMessages messages, IAuditTrail audit, Guid? userId, TimeProvider clock,
        Guid coopId, Stream file, IReadOnlyDictionary<string, string?>? overrides, Func<ImportResult, Task>? inTransaction, IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        var (table, _, validation) = await PrepareAsync(db, messages, clock, file, overrides, progress, ct);
        if (db.Database.GetDbConnection() is not NpgsqlConnection npgsql)
        {
            await Blocking.Run(() => validation.Run(Validating(progress, table), ct: ct), ct);
            return await ApplyAsync(db, audit, userId, clock, coopId, validation, inTransaction, progress, ct);
        }
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
        return await db.InTransactionAsync(async () =>
        {
            var first = await Counters.ReserveAsync(db, coopId, MembershipCounter.MemberNumber, 1, ct);
            var rows = new ImportedRows(coopId, bylaws, userId, clock.GetUtcNow(), Math.Max(first - 1, validation.HighestNumberInFile()));
            var writing = progress is null ? null : new SyncProgress<int>(n => progress.Report(new ImportProgress(ImportPhase.Writing, n, table.Rows.Count)));
            await Blocking.Run(() =>
            {
                using var copy = RegisterWriter.BeginMembers(npgsql);
                validation.Run(writing, r => RegisterWriter.WriteMember(copy, rows.Add(r)), ct);
                // Disposed without Complete, the COPY is cancelled; the refusal below rolls the transaction back.
                if (validation.Errors.Count == 0) copy.Complete();
            }, ct);
            ThrowIfInvalid(validation);
            await RegisterWriter.WriteAsync(db, [], rows.Lines, null, ct);
            return await FinishAsync(db, audit, coopId, rows, inTransaction, progress, ct);
        }, ct);
    }

    public static ImportReport Report(ImportTable table, ColumnMapping mapping, ImportValidation validation) =>
        new(table.Rows.Count, table.Headers, mapping.Describe(table.Headers), validation.Errors.Count, validation.Errors.Take(MaxListedErrors).ToList(), validation.Errors.Count == 0);

    /// <summary>Refuses the whole file when a row failed: every failure carries its line and column.</summary>
    public static void ThrowIfInvalid(ImportValidation validation)
    {
        if (validation.Errors.Count == 0) return;
        var failures = new List<Failure> { RegisterIoErrors.ImportHasErrors.With() };
        failures.AddRange(validation.Errors.Take(1000).Select(e => RegisterIoErrors.RowError.At($"rows[{e.Line}].{e.Field}", e.Line, e.Column, e.Message)));
        throw new DomainException(failures);
    }

    /// <summary>Writes every valid row of a completed check, the share ledger lines and the audit entry in one transaction.</summary>
    public static async Task<ImportResult> ApplyAsync(MembershipDbContext db, IAuditTrail audit, Guid? userId, TimeProvider clock, Guid coopId,
        ImportValidation validation, Func<ImportResult, Task>? inTransaction, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ThrowIfInvalid(validation);
        var valid = validation.Valid;
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
        return await db.InTransactionAsync(async () =>
        {
            var first = await Counters.ReserveAsync(db, coopId, MembershipCounter.MemberNumber, 1, ct);
            var rows = new ImportedRows(coopId, bylaws, userId, clock.GetUtcNow(), Math.Max(first - 1, valid.Max(r => r.MemberNumber) ?? 0));
            var members = valid.Select(rows.Add).ToList();
            var writing = progress is null ? null : new SyncProgress<int>(n => progress.Report(new ImportProgress(ImportPhase.Writing, n, members.Count)));
            await RegisterWriter.WriteAsync(db, members, rows.Lines, writing, ct);
            return await FinishAsync(db, audit, coopId, rows, inTransaction, progress, ct);
        }, ct);
    }

    /// <summary>Inside the import's transaction, after the rows: the member-number counter, the caller's step, the audit entry.</summary>
    private static async Task<ImportResult> FinishAsync(MembershipDbContext db, IAuditTrail audit, Guid coopId, ImportedRows rows,
        Func<ImportResult, Task>? inTransaction, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var last = rows.LastNumber;
        if (db.Counters.Local.FirstOrDefault(c => c.CoopId == coopId && c.Name == MembershipCounter.MemberNumber) is { } added) added.Value = last;
        else await db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == coopId && c.Name == MembershipCounter.MemberNumber)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, last), ct);
        await db.SaveChangesAsync(ct);
        var result = new ImportResult(rows.Count, rows.Lines.Count);
        if (inTransaction is not null) await inTransaction(result);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.RegisterImported, "MemberRegister", coopId.ToString(), coopId,
            new { Rows = rows.Count, ShareLines = rows.Lines.Count, FirstNumber = rows.FirstNumber, LastNumber = rows.HighestNumber })], ct);
        progress?.Report(new ImportProgress(ImportPhase.Done, rows.Count, rows.Count));
        return result;
    }

    /// <summary>Turns checked rows into members (numbering those without one after <paramref name="numbersFrom"/>) and their ledger lines.</summary>
    private sealed class ImportedRows(Guid coopId, BylawsVersion? bylaws, Guid? userId, DateTimeOffset now, int numbersFrom)
    {
        private int _next = numbersFrom;
        public List<ShareTransaction> Lines { get; } = [];
        public int Count { get; private set; }
        public int? FirstNumber { get; private set; }
        public int? HighestNumber { get; private set; }
        /// <summary>What the member-number counter holds after the import: the last number it gave, or the highest in the file.</summary>
        public int LastNumber => _next;

        public Member Add(ValidRow r)
        {
            var terms = bylaws?.Categories.FirstOrDefault(c => c.Category == r.Identity.Category);
            var m = new Member
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, Status = r.Status, StatusSince = r.StatusSince, AdmittedOn = r.AdmittedOn, CreatedAt = now,
                MemberNumber = r.Status == MemberStatus.Applicant ? null : r.MemberNumber ?? ++_next,
                SharesSubscribed = r.SharesSubscribed, SharesPaid = r.SharesPaid,
                SharesHeld = terms is { ShareUnitValue: > 0 } ? (int)Math.Floor(r.SharesSubscribed / terms.ShareUnitValue) : 0,
            };
            r.Identity.ApplyTo(m);
            // One opening balance per member, not a subscription and a payment: the file gives what was subscribed and paid,
            // not when each payment was made nor its receipt (ADR 0009).
            if (r.SharesSubscribed > 0 || r.SharesPaid > 0) Lines.Add(OpeningBalance(m, r.SubscribedOn ?? r.AdmittedOn ?? r.StatusSince));
            Count++;
            if (m.MemberNumber is { } n)
            {
                FirstNumber = FirstNumber is { } f ? Math.Min(f, n) : n;
                HighestNumber = HighestNumber is { } h ? Math.Max(h, n) : n;
            }
            return m;
        }

        private ShareTransaction OpeningBalance(Member m, DateOnly on) => new()
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Kind = ShareTransactionKind.OpeningBalance, OccurredOn = on,
            Shares = m.SharesHeld, Amount = m.SharesPaid, SubscribedAmount = m.SharesSubscribed,
            BylawsVersionId = bylaws?.Id, RecordedAt = now, RecordedBy = userId,
        };
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a captured context and reorder reports).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
