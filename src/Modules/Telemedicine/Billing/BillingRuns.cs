using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Billing;

internal sealed record BillingRunInput(string? Period);

internal sealed record BillingRunDto(Guid Id, string Period, int InvoiceCount, decimal Total, DateOnly DebitDate, decimal UnitAmount, int RetryCount,
    DateTimeOffset CreatedAt, int? FileCreationNumber);

/// <summary>The services a billing run needs, travelling together.</summary>
internal sealed record BillingServices(TelemedicineDbContext Db, IAuditTrail Audit, IEmailOutbox Outbox, ICurrentUser User, TimeProvider Clock,
    DatabaseOptions Database, BillingProgress Progress);

/// <summary>
/// The monthly billing run of a coop: one invoice per active enrolment, the full month at the price in force on the first of
/// the period, the soft-failed debits of earlier runs debited once more, and the Rule H1 pre-notice of every debit queued in
/// the same transaction. One run per coop and period (unique index): the same request again answers the same run, two at
/// once cannot both write. All of it commits or none of it (a failure in the middle leaves nothing; the next request does it all).
/// </summary>
internal static class BillingRuns
{
    public const string PreNoticeKind = "telemedicine-pre-notice";

    public static async Task<(BillingRun Run, bool Created)> RunAsync(BillingServices s, Guid coopId, string? periodText, CancellationToken ct)
    {
        var db = s.Db;
        var period = BillingRules.ParsePeriod(periodText) ?? throw new DomainException(BillingErrors.PeriodInvalid.At("period"));
        var existing = await db.BillingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.CoopId == coopId && r.Period == period, ct);
        if (existing is not null) return (existing, false);

        var today = s.Clock.Today();
        switch (BillingRules.CheckPeriod(period, today))
        {
            case PeriodProblem.Future: throw new DomainException(BillingErrors.PeriodFuture.At("period"));
            case PeriodProblem.Closed: throw new DomainException(BillingErrors.PeriodClosed.At("period"));
        }
        var participations = await db.ParticipatingCoops.AsNoTracking().Where(p => p.CoopId == coopId).ToListAsync(ct);
        if (!participations.Any(p => p.ParticipatesOn(period) || p.ParticipatesOn(period.AddMonths(1).AddDays(-1))))
            throw new DomainException(BillingErrors.CoopNotParticipating);
        var prices = await db.Prices.AsNoTracking().Select(p => new { p.EffectiveFrom, p.HouseholdMonthlyPrice }).ToListAsync(ct);
        var price = BillingRules.PriceInForce(prices.Select(p => (p.EffectiveFrom, p.HouseholdMonthlyPrice)), period)
            ?? throw new DomainException(BillingErrors.PriceMissing);
        var rates = await db.Taxes.AsNoTracking().Where(t => t.EffectiveFrom <= period && (t.EffectiveTo == null || t.EffectiveTo >= period)).Select(t => t.Rate).ToListAsync(ct);
        var profile = await db.BankProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CoopId == coopId, ct);
        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(ct);

        var run = new BillingRun
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, Period = period, UnitAmount = BillingRules.Amount(price, rates),
            DebitDate = BillingRules.DebitDate(period, profile?.DebitDay ?? 15, today), CreatedAt = s.Clock.GetUtcNow(), CreatedBy = s.User.UserId,
        };
        var key = (coopId, period);
        s.Progress.Start(key);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await Dunning.LapseOverdueAsync(db, coopId, today, s.Clock.GetUtcNow(), ct);
            db.BillingRuns.Add(run);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                throw new DomainException(BillingErrors.RunAlreadyUnderWay);
            }
            s.Progress.Step(key, BillingStep.Invoices);
            if (s.Database.Provider == DatabaseProvider.Postgres) await InvoiceSetBasedAsync(db, run, ct);
            else await InvoiceOneByOneAsync(db, run, ct);
            s.Progress.Step(key, BillingStep.Retries);
            run.RetryCount = await RetrySoftFailuresAsync(db, run, ct);
            var totals = await db.Invoices.Where(i => i.RunId == run.Id).GroupBy(i => 1).Select(g => new { Count = g.Count(), Total = g.Sum(i => i.Amount) }).FirstOrDefaultAsync(ct);
            run.InvoiceCount = totals?.Count ?? 0;
            run.Total = totals?.Total ?? 0m;
            s.Progress.Step(key, BillingStep.PreNotices);
            await QueuePreNoticesAsync(s, run, program?.ProviderName ?? "", ct);
            await db.SaveChangesAndAuditAsync(s.Audit, new AuditEntry(AuditEventType.BillingRunCreated, nameof(BillingRun), run.Id.ToString(), coopId,
                new { Period = BillingRules.FormatPeriod(period), run.InvoiceCount, run.Total, run.RetryCount, run.DebitDate }), ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            s.Progress.Finish(key);
        }
        return (run, true);
    }

    /// <summary>PostgreSQL: one INSERT … SELECT for every invoice of the run, numbered in the statement.</summary>
    private static Task<int> InvoiceSetBasedAsync(TelemedicineDbContext db, BillingRun run, CancellationToken ct)
    {
        var periodEnd = run.Period.AddMonths(1).AddDays(-1);
        var prefix = BillingRules.Reference(run.Period, 0)[..5];
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO telemedicine.tele_invoices (id, coop_id, version, run_id, enrolment_id, member_id, period, reference, amount, payment_method, due_date,
                status, debit_attempts, last_debit_run_id, failure_is_hard, created_at)
            SELECT gen_random_uuid(), e.coop_id, 0, {run.Id}, e.id, e.member_id, {run.Period}, {prefix} || lpad((row_number() OVER (ORDER BY e.id))::text, 7, '0'),
                {run.UnitAmount}, e.payment_method, {run.DebitDate}, 'Open',
                CASE WHEN e.payment_method = 'Pad' THEN 1 ELSE 0 END, CASE WHEN e.payment_method = 'Pad' THEN {run.Id} END, false, {run.CreatedAt}
            FROM telemedicine.tele_enrolments e
            WHERE e.coop_id = {run.CoopId} AND e.status = 'Active' AND e.coverage_start <= {periodEnd}
              AND (e.coverage_end IS NULL OR e.coverage_end >= {run.Period})
              AND NOT EXISTS (SELECT 1 FROM telemedicine.tele_invoices i WHERE i.enrolment_id = e.id AND i.period = {run.Period})
            """, ct);
    }

    /// <summary>SQLite (the demo, one process): the same invoices through the model.</summary>
    private static async Task<int> InvoiceOneByOneAsync(TelemedicineDbContext db, BillingRun run, CancellationToken ct)
    {
        var periodEnd = run.Period.AddMonths(1).AddDays(-1);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.CoopId == run.CoopId && e.Status == EnrolmentStatus.Active && e.CoverageStart <= periodEnd && (e.CoverageEnd == null || e.CoverageEnd >= run.Period))
            .Where(e => !db.Invoices.Any(i => i.EnrolmentId == e.Id && i.Period == run.Period))
            .Select(e => new { e.Id, e.MemberId, e.PaymentMethod }).ToListAsync(ct);
        var n = 0;
        foreach (var e in enrolments.OrderBy(e => e.Id))
        {
            var pad = e.PaymentMethod == PaymentMethod.Pad;
            db.Invoices.Add(new Invoice
            {
                Id = Guid.CreateVersion7(), CoopId = run.CoopId, RunId = run.Id, EnrolmentId = e.Id, MemberId = e.MemberId, Period = run.Period,
                Reference = BillingRules.Reference(run.Period, ++n), Amount = run.UnitAmount, PaymentMethod = e.PaymentMethod, DueDate = run.DebitDate,
                DebitAttempts = pad ? 1 : 0, LastDebitRunId = pad ? run.Id : null, CreatedAt = run.CreatedAt,
            });
        }
        await db.SaveChangesAsync(ct);
        return n;
    }

    /// <summary>Soft-failed debits (NSF, funds not cleared) of earlier runs go in this run's file once more, on its debit date.</summary>
    private static Task<int> RetrySoftFailuresAsync(TelemedicineDbContext db, BillingRun run, CancellationToken ct) =>
        db.Invoices
            .Where(i => i.CoopId == run.CoopId && i.Status == InvoiceStatus.Failed && !i.FailureIsHard && i.DebitAttempts < BillingRules.MaxDebitAttempts
                && i.PaymentMethod == PaymentMethod.Pad && i.Period < run.Period
                && db.Enrolments.Any(e => e.Id == i.EnrolmentId && e.DunningState == DunningState.InGrace))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvoiceStatus.Open).SetProperty(i => i.DebitAttempts, i => i.DebitAttempts + 1)
                .SetProperty(i => i.LastDebitRunId, run.Id).SetProperty(i => i.DueDate, run.DebitDate).SetProperty(i => i.Version, i => i.Version + 1), ct);

    /// <summary>Rule H1: amount and date of every debit of the run, in the member's language, queued with the run.</summary>
    private static async Task QueuePreNoticesAsync(BillingServices s, BillingRun run, string provider, CancellationToken ct)
    {
        var rows = await s.Db.Invoices.AsNoTracking().Where(i => i.LastDebitRunId == run.Id && i.Status == InvoiceStatus.Open)
            .Join(s.Db.Enrolments.AsNoTracking(), i => i.EnrolmentId, e => e.Id, (i, e) => new { e.Email, e.Language, i.Amount, i.Reference })
            .Where(x => x.Email != "").ToListAsync(ct);
        var rendered = new Dictionary<(string, decimal), RenderedEmail>();
        var messages = new List<EmailMessage>(rows.Count);
        foreach (var r in rows)
        {
            var culture = EmailTemplates.CultureOf(r.Language);
            if (!rendered.TryGetValue((culture.Name, r.Amount), out var email))
                rendered[(culture.Name, r.Amount)] = email = EmailTemplates.Render(typeof(BillingText), "PreNotice.", culture,
                    r.Amount.ToString("C", culture), run.DebitDate.ToString("D", culture), BillingRules.FormatPeriod(run.Period), provider);
            messages.Add(email.To(r.Email, PreNoticeKind, run.CoopId));
        }
        await s.Outbox.EnqueueAsync(s.Db, messages, ct);
    }

    public static async Task<Page<BillingRunDto>> ListAsync(TelemedicineDbContext db, PageRequest page, CancellationToken ct)
    {
        var rows = await db.BillingRuns.AsNoTracking().OrderByDescending(r => r.Period).ToPageAsync(page, ct);
        var ids = rows.Items.Select(r => r.Id).ToList();
        var files = await db.PadFiles.AsNoTracking().Where(f => ids.Contains(f.RunId)).ToDictionaryAsync(f => f.RunId, f => f.FileCreationNumber, ct);
        return rows.Map(r => ToDto(r, files.TryGetValue(r.Id, out var n) ? n : null));
    }

    public static BillingRunDto ToDto(BillingRun r, int? fileNumber) =>
        new(r.Id, BillingRules.FormatPeriod(r.Period), r.InvoiceCount, r.Total, r.DebitDate, r.UnitAmount, r.RetryCount, r.CreatedAt, fileNumber);
}
