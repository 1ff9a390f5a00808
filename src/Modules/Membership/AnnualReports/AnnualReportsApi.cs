using CoopSante.Membership.Documents;
using CoopSante.Federation.Contracts;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
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

namespace CoopSante.Membership.AnnualReports;

internal sealed record ReportApprovalInput(DateOnly DecidedOn, string? ResolutionNumber, int? Employees = null);

internal sealed record ReportAttestationInput(int Version, Guid DirectorId, DateOnly AttestedOn);

internal sealed record ReportSendingInput(int Version, DateOnly SentOn, string? SentTo);

/// <summary>
/// The annual report of a fiscal year: its contents (s. 132), the board's approval and the two directors' attestations
/// (s. 133), and its sending to the minister within 30 days after the AGM (s. 134). Each step is dated, audited, and
/// refused out of order.
/// </summary>
internal static class AnnualReportsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var reports = coop.MapGroup("/annual-reports/{fiscalYear:int}").WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanManageRegister);
        var board = coop.MapGroup("/annual-reports/{fiscalYear:int}").WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        reports.MapGet("", Get).WithSummary("The annual report of a fiscal year (s. 132 contents the register holds), its approval, attestations, sending and deadline (s. 134).");
        reports.MapGet("/refund-requests", RefundRequests).WithSummary("Pages through the refund requests the annual report lists, with where each stood at year end.");
        reports.MapGet("/report.pdf", Pdf).WithSummary("The annual report as PDF, on the coop's letterhead, with the two directors' attestation lines; lang=fr (default) or en.");
        board.MapPost("/approval", Approve).ProducesConflict().WithSummary("Records the board's approval of the annual report (s. 133): the date and the resolution.");
        board.MapPost("/attestations", Attest).ProducesConflict()
            .WithSummary("Records one director's attestation (s. 133): two different directors in office on the day, from the register of directors.");
        board.MapPost("/sending", Send).ProducesConflict().WithSummary("Records that the attested report was sent to the minister, and when (s. 134: within 30 days after the AGM).");
    }

    public static async Task<Ok<AnnualReportView>> Get(int fiscalYear, MembershipDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct));

    public static async Task<Ok<Page<ReportRefundLine>>> RefundRequests(int fiscalYear, MembershipDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        var figures = await AnnualReport.FiguresAsync(db, clock, fiscalYear, ct);
        return TypedResults.Ok(await AnnualReportContents.RefundLinesAsync(db, figures.YearStart, figures.YearEnd, request, ct));
    }

    public static async Task<FileContentHttpResult> Pdf(Guid coopId, int fiscalYear, MembershipDbContext db, ICoopLetterheads coops, IAuditTrail audit, TimeProvider clock,
        HttpContext http, CancellationToken ct, string? lang = null)
    {
        var culture = AnnualReportPdf.Language(lang);
        var view = await AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct);
        var refunds = await AnnualReportContents.AllRefundLinesAsync(db, view.Figures.YearStart, view.Figures.YearEnd, ct);
        var coop = await coops.PdfLetterheadAsync(coopId, ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "AnnualReport", view.Figures.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), coopId,
            new { view.Figures.FiscalYear, Format = "pdf" })], ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(AnnualReportPdf.Build(view, refunds, coop, culture), "application/pdf", AnnualReportPdf.FileName(view.Figures.FiscalYear, culture));
    }

    public static async Task<Ok<AnnualReportView>> Approve(Guid coopId, int fiscalYear, ReportApprovalInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        await ApproveAsync(db, audit, user, clock, coopId, fiscalYear, input, ct);
        return TypedResults.Ok(await AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct));
    }

    public static async Task<AnnualReportFiling> ApproveAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId, int fiscalYear,
        ReportApprovalInput input, CancellationToken ct)
    {
        var figures = await AnnualReport.FiguresAsync(db, clock, fiscalYear, ct);
        var failures = new List<Failure>();
        var resolution = VoteSuspensions.Text(input.ResolutionNumber, "resolutionNumber", 50, failures);
        if (input.DecidedOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        else if (input.DecidedOn <= figures.YearEnd) failures.Add(AnnualReportErrors.FiscalYearNotEnded.At("decidedOn"));
        if (input.Employees is < 0 or > 100_000) failures.Add(PlatformErrors.InvalidValue.At("employees"));
        DomainException.ThrowIfAny(failures);
        if (await db.Set<AnnualReportFiling>().AnyAsync(f => f.FiscalYear == figures.FiscalYear, ct)) throw new DomainException(AnnualReportErrors.AlreadyApproved);
        var filing = new AnnualReportFiling
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, FiscalYear = figures.FiscalYear, ApprovedOn = input.DecidedOn, ResolutionNumber = resolution,
            Employees = input.Employees, RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        };
        db.Add(filing);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AnnualReportApproved, "AnnualReport", filing.Id.ToString(), coopId,
            new { filing.FiscalYear, filing.ApprovedOn }, Purpose: resolution), ct);
        return filing;
    }

    public static async Task<Ok<AnnualReportView>> Attest(int fiscalYear, ReportAttestationInput input, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await AttestAsync(db, audit, clock, fiscalYear, input, ct);
        return TypedResults.Ok(await AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct));
    }

    public static async Task<AnnualReportFiling> AttestAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, int fiscalYear, ReportAttestationInput input, CancellationToken ct)
    {
        var filing = await FilingAsync(db, fiscalYear, ct);
        if (filing.SecondDirectorId is not null) throw new DomainException(AnnualReportErrors.AlreadyAttested);
        if (input.AttestedOn < filing.ApprovedOn || input.AttestedOn > clock.Today() || (filing.FirstAttestedOn is { } first && input.AttestedOn < first))
            throw new DomainException(PlatformErrors.InvalidValue.At("attestedOn"));
        // The register's query filter keeps to this coop: another coop's director is no director here.
        var director = await db.Set<Director>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == input.DirectorId, ct);
        if (AnnualReportRules.WhyAttestationIsRefused(director, input.AttestedOn, filing.FirstDirectorId) is { } refused) throw new DomainException(refused);
        db.Entry(filing).Property(x => x.Version).OriginalValue = input.Version;
        if (filing.FirstDirectorId is null) { filing.FirstDirectorId = director!.Id; filing.FirstAttestedOn = input.AttestedOn; }
        else { filing.SecondDirectorId = director!.Id; filing.SecondAttestedOn = input.AttestedOn; }
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AnnualReportAttested, "AnnualReport", filing.Id.ToString(), filing.CoopId,
            new { filing.FiscalYear, DirectorId = director.Id, input.AttestedOn, Attestations = filing.SecondDirectorId is null ? 1 : 2 }), ct);
        return filing;
    }

    public static async Task<Ok<AnnualReportView>> Send(int fiscalYear, ReportSendingInput input, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await SendAsync(db, audit, clock, fiscalYear, input, ct);
        return TypedResults.Ok(await AnnualReportContents.ViewAsync(db, clock, fiscalYear, ct));
    }

    public static async Task<AnnualReportFiling> SendAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, int fiscalYear, ReportSendingInput input, CancellationToken ct)
    {
        var filing = await FilingAsync(db, fiscalYear, ct);
        if (filing.SecondAttestedOn is not { } attested) throw new DomainException(AnnualReportErrors.NotAttested);
        if (filing.SentOn is not null) throw new DomainException(AnnualReportErrors.AlreadySent);
        var failures = new List<Failure>();
        var sentTo = VoteSuspensions.Text(input.SentTo, "sentTo", 200, failures);
        if (input.SentOn < attested || input.SentOn > clock.Today()) failures.Add(PlatformErrors.InvalidValue.At("sentOn"));
        DomainException.ThrowIfAny(failures);
        db.Entry(filing).Property(x => x.Version).OriginalValue = input.Version;
        filing.SentOn = input.SentOn;
        filing.SentTo = sentTo;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AnnualReportSent, "AnnualReport", filing.Id.ToString(), filing.CoopId,
            new { filing.FiscalYear, filing.SentOn }), ct);
        return filing;
    }

    private static async Task<AnnualReportFiling> FilingAsync(MembershipDbContext db, int fiscalYear, CancellationToken ct) =>
        await db.Set<AnnualReportFiling>().FirstOrDefaultAsync(f => f.FiscalYear == fiscalYear, ct) ?? throw new DomainException(AnnualReportErrors.NotApproved);
}
