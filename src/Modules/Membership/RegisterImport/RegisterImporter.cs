using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.RegisterImport;

public enum ImportPhase { Reading = 1, Validating = 2, Writing = 3, Done = 4 }

/// <summary>Where an import stands, for a progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    public double Percent => Total == 0 ? 100 : Math.Round(100.0 * Done / Total, 1);
}

/// <summary>What the dry run found: the columns, the mapping used and every error by line and column.</summary>
public sealed record ImportReport(int Rows, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping, int ErrorCount,
    IReadOnlyList<ImportRowError> Errors, bool Valid);

public sealed record ImportResult(int Imported, int ShareLines);

/// <summary>Reads, checks and writes a register file: everything is checked before anything is written, in one transaction.</summary>
public static class RegisterImporter
{
    /// <summary>The dry run lists at most this many errors (the count is always complete).</summary>
    public const int MaxListedErrors = 5_000;

    public static async Task<(ImportTable Table, ColumnMapping Mapping, ImportValidation Validation)> ValidateAsync(
        MembershipDbContext db, ErrorMessages messages, TimeProvider clock, Stream file, IReadOnlyDictionary<string, string?>? overrides,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var table = await Task.Run(() => ImportTable.Read(file), ct);
        var mapping = ColumnMapping.Build(table.Headers, overrides);
        var today = clock.Today();
        var bylaws = await db.Bylaws.InForceAsync(today, ct);
        var numbers = (await db.Members.AsNoTracking().Where(m => m.MemberNumber != null).Select(m => m.MemberNumber!.Value).ToListAsync(ct)).ToHashSet();
        var validation = new ImportValidation(table, mapping, today, bylaws?.Categories.Select(c => c.Category).ToList(), numbers, messages);
        var rowProgress = progress is null ? null : new SyncProgress<int>(n => progress.Report(new ImportProgress(ImportPhase.Validating, n, table.Rows.Count)));
        await Task.Run(() => validation.Run(rowProgress), ct);
        return (table, mapping, validation);
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

    /// <summary>Writes every valid row, the share ledger lines and the audit entry in one transaction (the caller's, or its own).</summary>
    public static async Task<ImportResult> ApplyAsync(MembershipDbContext db, IAuditTrail audit, Guid? userId, TimeProvider clock, Guid coopId,
        ImportValidation validation, Func<Task>? inTransaction, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ThrowIfInvalid(validation);
        var rows = validation.Valid;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var bylaws = await db.Bylaws.InForceAsync(today, ct);
        return await db.InTransactionAsync(async () =>
        {
            var missing = rows.Count(r => r.MemberNumber is null && r.Status != MemberStatus.Applicant);
            var maxInFile = rows.Max(r => r.MemberNumber) ?? 0;
            var first = await Counters.ReserveAsync(db, coopId, MembershipCounter.MemberNumber, 1, ct);
            var next = Math.Max(first - 1, maxInFile);
            var last = next + missing;
            if (db.Counters.Local.FirstOrDefault(c => c.CoopId == coopId && c.Name == MembershipCounter.MemberNumber) is { } added) added.Value = last;
            else await db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == coopId && c.Name == MembershipCounter.MemberNumber)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, last), ct);
            await db.SaveChangesAsync(ct);

            var members = new List<Member>(rows.Count);
            var lines = new List<ShareTransaction>();
            foreach (var r in rows)
            {
                var terms = bylaws?.Categories.FirstOrDefault(c => c.Category == r.Identity.Category);
                var m = new Member
                {
                    Id = Guid.CreateVersion7(), CoopId = coopId, Status = r.Status, StatusSince = r.StatusSince, AdmittedOn = r.AdmittedOn, CreatedAt = now,
                    MemberNumber = r.Status == MemberStatus.Applicant ? null : r.MemberNumber ?? ++next,
                    SharesSubscribed = r.SharesSubscribed, SharesPaid = r.SharesPaid,
                    SharesHeld = terms is { ShareUnitValue: > 0 } ? (int)Math.Floor(r.SharesSubscribed / terms.ShareUnitValue) : 0,
                };
                r.Identity.ApplyTo(m);
                members.Add(m);
                var on = r.SubscribedOn ?? r.AdmittedOn ?? r.StatusSince;
                if (r.SharesSubscribed > 0) lines.Add(Line(m, ShareTransactionKind.Subscription, on, m.SharesHeld, r.SharesSubscribed, bylaws?.Id, userId, now));
                if (r.SharesPaid > 0) lines.Add(Line(m, ShareTransactionKind.Payment, on, 0, r.SharesPaid, bylaws?.Id, userId, now));
            }
            var writeProgress = progress is null ? null : new SyncProgress<int>(n => progress.Report(new ImportProgress(ImportPhase.Writing, n, members.Count)));
            await RegisterWriter.WriteAsync(db, members, lines, writeProgress, ct);
            if (inTransaction is not null) await inTransaction();
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.RegisterImported, "MemberRegister", coopId.ToString(), coopId,
                new { Rows = members.Count, ShareLines = lines.Count, FirstNumber = members.Min(x => x.MemberNumber), LastNumber = members.Max(x => x.MemberNumber) })], ct);
            progress?.Report(new ImportProgress(ImportPhase.Done, members.Count, members.Count));
            return new ImportResult(members.Count, lines.Count);
        }, ct);
    }

    private static ShareTransaction Line(Member m, ShareTransactionKind kind, DateOnly on, int shares, decimal amount, Guid? bylawsId, Guid? userId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Kind = kind, OccurredOn = on, Shares = shares, Amount = amount,
        BylawsVersionId = bylawsId, RecordedAt = now, RecordedBy = userId,
    };

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a captured context and reorder reports).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
