using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Privacy;

internal sealed record PrivacyWorkParameters(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock)
{
    public PrivacyWork Work => new(Db, Audit, Clock);
}

/// <summary>A coop's Law 25 registers: its admin keeps them; an auditor assigned to the coop reads them.</summary>
internal static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1/coops/{coopId:guid}/privacy").WithTags("Compliance").ProducesSignedInProblems();
        var read = root.MapGroup("").RequireAuthorization(CompliancePolicies.CanReadPrivacyRegisters);
        var keep = root.MapGroup("").RequireAuthorization(CompliancePolicies.CanKeepPrivacyRegisters).ProducesConflict();

        read.MapGet("/status", Status).WithSummary("Whether a person in charge is designated and when the incident register was last reviewed.");
        read.MapGet("/officer", Officer).WithSummary("The coop's person in charge of the protection of personal information (404 when none).");
        keep.MapPut("/officer", Designate).WithSummary("Designates (or changes) the person in charge; their title and contact are published.");
        read.MapGet("/incidents", Incidents).WithSummary("Pages through the confidentiality incident register, newest first.");
        read.MapGet("/incidents/export", Export).WithSummary("The whole incident register as `format=csv` (default) or `format=xlsx`, formulas neutralized.");
        keep.MapPost("/incidents", Record).WithSummary("Records a confidentiality incident (kept at least five years).");
        keep.MapPut("/incidents/{incidentId:guid}", Update).WithSummary("Completes an incident (notifications, measures); `version` must be the one read.");
        read.MapGet("/reviews", Reviews).WithSummary("Pages through the reviews of the incident register.");
        keep.MapPost("/reviews", Review).WithSummary("Records a review of the incident register.");
        read.MapGet("/assessments", Assessments).WithSummary("Pages through the privacy impact assessments.");
        keep.MapPost("/assessments", AddAssessment).WithSummary("Adds a privacy impact assessment.");
        keep.MapPut("/assessments/{assessmentId:guid}", UpdateAssessment).WithSummary("Changes a privacy impact assessment; `version` must be the one read.");
        return app;
    }

    private static async Task<Ok<Contracts.CoopPrivacyStatus>> Status(Guid coopId, ComplianceDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await new CoopPrivacy(db).StatusAsync(coopId, ct));

    private static async Task<Ok<PrivacyOfficerDto>> Officer(Guid coopId, ComplianceDbContext db, CancellationToken ct) =>
        TypedResults.Ok(PrivacyOfficerDto.From(await db.PrivacyOfficers.AsNoTracking().FirstOrDefaultAsync(o => o.CoopId == coopId, ct) ?? throw new DomainException(PlatformErrors.NotFound)));

    private static async Task<Ok<PrivacyOfficerDto>> Designate(Guid coopId, PrivacyOfficerInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(PrivacyOfficerDto.From(await PrivacyCommands.DesignateAsync(p.Work, coopId, input, ct)));

    public static async Task<Page<IncidentDto>> IncidentPageAsync(ComplianceDbContext db, Guid coopId, PageRequest request, CancellationToken ct) =>
        (await db.ConfidentialityIncidents.AsNoTracking().Where(i => i.CoopId == coopId).OrderByDescending(i => i.Number).ToPageAsync(request, ct))
            .Map(IncidentDto.From);

    private static async Task<Ok<Page<IncidentDto>>> Incidents(Guid coopId, ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await IncidentPageAsync(db, coopId, PageRequest.From(page, pageSize), ct));

    private static async Task<FileContentHttpResult> Export(Guid coopId, ComplianceDbContext db, IAuditTrail audit, IStringLocalizer<FrameworkText> t, CancellationToken ct, string? format = null)
    {
        var (bytes, type, name) = await ExportAsync(db, audit, t, coopId, format, ct);
        return TypedResults.File(bytes, type, name);
    }

    /// <summary>The register as a file, audited (the page's download uses the endpoint).</summary>
    public static async Task<(byte[] Bytes, string ContentType, string Name)> ExportAsync(ComplianceDbContext db, IAuditTrail audit, IStringLocalizer t, Guid coopId, string? format, CancellationToken ct)
    {
        var xlsx = format switch { null or "csv" => false, "xlsx" => true, _ => throw new DomainException(PlatformErrors.InvalidValue.At("format")) };
        var incidents = (await db.ConfidentialityIncidents.AsNoTracking().Where(i => i.CoopId == coopId).OrderBy(i => i.Number).ToListAsync(ct)).Select(IncidentDto.From).ToList();
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.PrivacyRegisterExported, nameof(ConfidentialityIncident), null, coopId, new { format = xlsx ? "xlsx" : "csv", rows = incidents.Count })], ct);
        return xlsx
            ? (IncidentExport.Xlsx(incidents, t), Frameworks.FrameworksApi.XlsxType, "registre-incidents.xlsx")
            : (await IncidentExport.CsvAsync(incidents, t, ct), "text/csv; charset=utf-8", "registre-incidents.csv");
    }

    private static async Task<Created<IncidentDto>> Record(Guid coopId, IncidentInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct)
    {
        var i = await PrivacyCommands.RecordIncidentAsync(p.Work, coopId, input, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/privacy/incidents/{i.Id}", IncidentDto.From(i));
    }

    private static async Task<Ok<IncidentDto>> Update(Guid coopId, Guid incidentId, IncidentInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(IncidentDto.From(await PrivacyCommands.UpdateIncidentAsync(p.Work, coopId, incidentId, input, ct)));

    private static async Task<Ok<Page<ReviewDto>>> Reviews(Guid coopId, ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok((await db.IncidentRegisterReviews.AsNoTracking().Where(r => r.CoopId == coopId).OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.RecordedAt)
            .ToPageAsync(PageRequest.From(page, pageSize), ct)).Map(r => new ReviewDto(r.Id, r.ReviewedOn, r.ReviewedBy, r.Notes)));

    private static async Task<Created<ReviewDto>> Review(Guid coopId, ReviewInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct)
    {
        var r = await PrivacyCommands.RecordReviewAsync(p.Work, coopId, input, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/privacy/reviews", new ReviewDto(r.Id, r.ReviewedOn, r.ReviewedBy, r.Notes));
    }

    private static async Task<Ok<Page<AssessmentDto>>> Assessments(Guid coopId, ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok((await db.PrivacyImpactAssessments.AsNoTracking().Where(a => a.CoopId == coopId).OrderByDescending(a => a.StartedOn)
            .ToPageAsync(PageRequest.From(page, pageSize), ct)).Map(AssessmentDto.From));

    private static async Task<Created<AssessmentDto>> AddAssessment(Guid coopId, AssessmentInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct)
    {
        var a = await PrivacyCommands.SaveAssessmentAsync(p.Work, coopId, null, input, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/privacy/assessments/{a.Id}", AssessmentDto.From(a));
    }

    private static async Task<Ok<AssessmentDto>> UpdateAssessment(Guid coopId, Guid assessmentId, AssessmentInput input, [AsParameters] PrivacyWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(AssessmentDto.From(await PrivacyCommands.SaveAssessmentAsync(p.Work, coopId, assessmentId, input, ct)));
}
