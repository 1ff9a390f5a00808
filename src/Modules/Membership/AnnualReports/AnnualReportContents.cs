using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;
using CoopSante.Membership.Shares;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.AnnualReports;

internal sealed record ClassCapital(ShareClass Class, decimal Paid);

internal sealed record DirectorOnReport(Guid Id, string Name, string Domicile, MemberCategory Category, DateOnly TermStart, DateOnly TermEnd);

/// <summary>
/// The refund requests of the year for the statement of share capital (s. 132): received, decided and paid during the
/// year, and, at year end, what is still owed to former members and others: approved and awaiting payment, or awaiting
/// the board's decision (the expected repayments).
/// </summary>
internal sealed record RefundSummary(
    int Received, decimal ReceivedAmount, int Approved, decimal ApprovedAmount, int DeferredBatches, int Paid, decimal PaidAmount,
    int AwaitingPayment, decimal AwaitingPaymentAmount, int AwaitingDecision, decimal AwaitingDecisionAmount)
{
    public decimal ExpectedRepayments => AwaitingPaymentAmount + AwaitingDecisionAmount;
}

/// <summary>One refund request as the annual report lists it, with where it stood at the end of the fiscal year.</summary>
internal sealed record ReportRefundLine(Guid Id, int? MemberNumber, string Name, RefundGround Ground, DateOnly RequestedOn, decimal Amount,
    RefundRequestStatus StatusAtYearEnd, DateOnly? DecidedOn, DateOnly? PaidOn);

internal sealed record AnnualReportFilingState(
    DateOnly? ApprovedOn, string? ResolutionNumber, int? Employees, DirectorOnReport? FirstDirector, DateOnly? FirstAttestedOn,
    DirectorOnReport? SecondDirector, DateOnly? SecondAttestedOn, DateOnly? SentOn, string? SentTo, int Version);

/// <summary>
/// The annual report of a fiscal year: the contents s. 132 and the regulation list that the register holds (members by
/// category, the directors, the last AGM, the statement of share capital with the refund requests and expected
/// repayments), its approval, attestations and sending (ss. 133–134), and where it stands against the deadline.
/// </summary>
internal sealed record AnnualReportView(
    AnnualReportFigures Figures, IReadOnlyList<ClassCapital> CapitalByClass, IReadOnlyList<DirectorOnReport> Directors, RefundSummary Refunds,
    AnnualReportFilingState Filing, ReportDeadlineState DeadlineState);

internal static class AnnualReportContents
{
    public static async Task<AnnualReportView> ViewAsync(MembershipDbContext db, TimeProvider clock, int? fiscalYear, CancellationToken ct)
    {
        var figures = await AnnualReport.FiguresAsync(db, clock, fiscalYear, ct);
        var end = figures.YearEnd;
        var byClass = await db.ShareTransactions.AsNoTracking().Where(t => t.OccurredOn <= end).GroupBy(t => new { t.Class, t.Kind })
            .Select(g => new { g.Key.Class, g.Key.Kind, Amount = g.Sum(t => t.Amount) }).ToListAsync(ct);
        var capital = byClass.GroupBy(c => c.Class).OrderBy(g => g.Key)
            .Select(g => new ClassCapital(g.Key, g.Sum(c => ShareLedger.PaidSign(c.Kind) * c.Amount))).ToList();
        var directors = await db.Set<Director>().AsNoTracking()
            .Where(d => d.TermStart <= end && end < d.TermEnd && (d.LeftOn == null || end < d.LeftOn))
            .OrderBy(d => d.Name).Select(d => new DirectorOnReport(d.Id, d.Name, d.Domicile, d.Category, d.TermStart, d.TermEnd)).ToListAsync(ct);
        var filing = await db.Set<AnnualReportFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.FiscalYear == figures.FiscalYear, ct);
        var state = filing is null ? new AnnualReportFilingState(null, null, null, null, null, null, null, null, null, 0) : await StateAsync(db, filing, ct);
        return new AnnualReportView(figures, capital, directors, await RefundsAsync(db, figures.YearStart, end, ct), state,
            AnnualReportRules.DeadlineState(figures.AnnualReportDeadline, filing?.SentOn, clock.Today()));
    }

    private static async Task<AnnualReportFilingState> StateAsync(MembershipDbContext db, AnnualReportFiling f, CancellationToken ct)
    {
        var ids = new[] { f.FirstDirectorId, f.SecondDirectorId }.Where(i => i is not null).Select(i => i!.Value).ToList();
        var signers = await db.Set<Director>().AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new DirectorOnReport(d.Id, d.Name, d.Domicile, d.Category, d.TermStart, d.TermEnd)).ToDictionaryAsync(d => d.Id, ct);
        return new AnnualReportFilingState(f.ApprovedOn, f.ResolutionNumber, f.Employees,
            f.FirstDirectorId is { } a ? signers.GetValueOrDefault(a) : null, f.FirstAttestedOn,
            f.SecondDirectorId is { } b ? signers.GetValueOrDefault(b) : null, f.SecondAttestedOn, f.SentOn, f.SentTo, f.Version);
    }

    /// <summary>The requests the report lists: those received during the year and those still open at its start.</summary>
    private static IQueryable<RefundRow> RefundRows(MembershipDbContext db, DateOnly start, DateOnly end) =>
        from r in db.RefundRequests.AsNoTracking()
        where r.RequestedOn <= end && r.Status != RefundRequestStatus.Withdrawn && (r.RequestedOn >= start || r.PaidOn == null || r.PaidOn >= start)
        join m in db.Members on r.MemberId equals m.Id
        join b in db.RefundBatches on r.BatchId equals b.Id into batches
        from b in batches.DefaultIfEmpty()
        orderby r.RequestedOn, r.Id
        select new RefundRow(r.Id, m.MemberNumber, m.GivenName + " " + m.FamilyName, r.Ground, r.RequestedOn, r.Amount, b == null ? null : b.DecidedOn, r.PaidOn);

    private sealed record RefundRow(Guid Id, int? MemberNumber, string Name, RefundGround Ground, DateOnly RequestedOn, decimal Amount, DateOnly? DecidedOn, DateOnly? PaidOn);

    private static ReportRefundLine Line(RefundRow r, DateOnly end) => new(r.Id, r.MemberNumber, r.Name.Trim(), r.Ground, r.RequestedOn, r.Amount,
        r.PaidOn is { } p && p <= end ? RefundRequestStatus.Paid : r.DecidedOn is { } d && d <= end ? RefundRequestStatus.Approved : RefundRequestStatus.Requested,
        r.DecidedOn is { } dd && dd <= end ? dd : null, r.PaidOn is { } pp && pp <= end ? pp : null);

    public static async Task<Page<ReportRefundLine>> RefundLinesAsync(MembershipDbContext db, DateOnly start, DateOnly end, PageRequest page, CancellationToken ct)
    {
        var rows = await RefundRows(db, start, end).ToPageAsync(page, ct);
        return new Page<ReportRefundLine>(rows.Items.Select(r => Line(r, end)).ToList(), rows.Total, rows.PageNumber, rows.PageSize);
    }

    /// <summary>Every line, for the printed report (a document, not a screen list).</summary>
    public static async Task<IReadOnlyList<ReportRefundLine>> AllRefundLinesAsync(MembershipDbContext db, DateOnly start, DateOnly end, CancellationToken ct) =>
        (await RefundRows(db, start, end).ToListAsync(ct)).Select(r => Line(r, end)).ToList();

    private static async Task<RefundSummary> RefundsAsync(MembershipDbContext db, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var lines = await AllRefundLinesAsync(db, start, end, ct);
        var inYear = (DateOnly? d) => d is { } day && day >= start && day <= end;
        var deferred = await db.RefundBatches.CountAsync(b => !b.Approved && b.DecidedOn >= start && b.DecidedOn <= end, ct);
        var received = lines.Where(l => inYear(l.RequestedOn)).ToList();
        var approved = lines.Where(l => inYear(l.DecidedOn)).ToList();
        var paid = lines.Where(l => inYear(l.PaidOn)).ToList();
        var awaitingPayment = lines.Where(l => l.StatusAtYearEnd == RefundRequestStatus.Approved).ToList();
        var awaitingDecision = lines.Where(l => l.StatusAtYearEnd == RefundRequestStatus.Requested).ToList();
        return new RefundSummary(received.Count, received.Sum(l => l.Amount), approved.Count, approved.Sum(l => l.Amount), deferred, paid.Count, paid.Sum(l => l.Amount),
            awaitingPayment.Count, awaitingPayment.Sum(l => l.Amount), awaitingDecision.Count, awaitingDecision.Sum(l => l.Amount));
    }
}
