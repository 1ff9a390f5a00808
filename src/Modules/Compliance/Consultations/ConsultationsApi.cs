using System.Globalization;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Consultations;

internal sealed record ConsultationWorkParameters(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock, ICurrentUser User, UserManager<AppUser> Users, IEmailOutbox Outbox)
{
    public ConsultationWork Work => new(Db, Audit, Clock, User, Users, Outbox);
}

internal sealed record ConsultationView(ConsultationDto Consultation, VersionDetail Version);

/// <summary>
/// Consultations: federation admins open them, invite reviewers and decide comments; federation staff and invited reviewers
/// read and comment. A signed-in person who is neither gets 404 for a consultation, whatever its id.
/// </summary>
internal static class ConsultationsApi
{
    public static IEndpointRouteBuilder MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1/compliance").WithTags("Compliance").ProducesSignedInProblems();
        var admin = root.MapGroup("").RequireAuthorization(Policies.IsFederationAdmin).ProducesConflict();
        var staff = root.MapGroup("").RequireAuthorization(Policies.IsFederationStaff);
        // Reviewers hold no role: the endpoint checks that the caller was invited to this consultation (else 404).
        var reviewer = root.MapGroup("/consultations/{consultationId:guid}").RequireAuthorization(Policies.IsSignedIn);

        admin.MapPost("/versions/{versionId:guid}/consultation", Open).WithSummary("Opens the consultation on a version that is in consultation.");
        admin.MapGet("/consultations/{consultationId:guid}/reviewers", Reviewers).WithSummary("Pages through the consultation's reviewers.");
        admin.MapPost("/consultations/{consultationId:guid}/reviewers", Invite)
            .WithSummary("Invites a reviewer by e-mail; a person without an account gets a guest account limited to this consultation.");
        admin.MapPost("/consultations/{consultationId:guid}/comments/{commentId:guid}/outcome", Decide)
            .WithSummary("Marks a thread accepted, declined (reason required) or merged; `version` must be the one read.");
        staff.MapGet("/consultations/{consultationId:guid}/report", Report).WithSummary("The consultation report: `format=pdf` (default) or `format=xlsx`.");
        root.MapGet("/consultations", List).RequireAuthorization(Policies.IsSignedIn)
            .WithSummary("Pages through the consultations the caller may take part in (all of them for federation staff).");
        reviewer.MapGet("", Get).WithSummary("The consultation and the draft's text.");
        reviewer.MapGet("/comments", Comments).WithSummary("Pages through the consultation's comments, oldest first.");
        reviewer.MapPost("/comments", Comment).WithSummary("Comments on a recommendation, or replies in a thread (`parentId`).");
        return app;
    }

    private static async Task<Created<ConsultationDto>> Open(Guid versionId, OpenConsultationInput input, [AsParameters] ConsultationWorkParameters p, CancellationToken ct)
    {
        var c = await ConsultationRules.OpenAsync(p.Work, versionId, input, ct);
        return TypedResults.Created($"/api/v1/compliance/consultations/{c.Id}", (await DtoAsync(p.Db, c, ct)));
    }

    public static async Task<ConsultationDto> DtoAsync(ComplianceDbContext db, Consultation c, CancellationToken ct)
    {
        var v = await db.FrameworkVersions.AsNoTracking().SingleAsync(x => x.Id == c.VersionId, ct);
        var f = await db.Frameworks.AsNoTracking().SingleAsync(x => x.Id == v.FrameworkId, ct);
        return new ConsultationDto(c.Id, v.Id, v.Number, f.Name, f.IsExample, c.OpenedOn, c.ClosesOn, v.Status == FrameworkVersionStatus.InConsultation);
    }

    /// <summary>The consultations the caller may take part in.</summary>
    public static async Task<Page<ConsultationDto>> ListAsync(ComplianceDbContext db, ICurrentUser user, PageRequest request, CancellationToken ct)
    {
        var query = db.Consultations.AsNoTracking();
        if (!user.IsFederationStaff)
        {
            var id = user.UserId ?? Guid.Empty;
            query = query.Where(c => db.ConsultationReviewers.Any(r => r.ConsultationId == c.Id && r.UserId == id));
        }
        var page = await query.OrderByDescending(c => c.CreatedAt).ToPageAsync(request, ct);
        var items = new List<ConsultationDto>();
        foreach (var c in page.Items) items.Add(await DtoAsync(db, c, ct));
        return new Page<ConsultationDto>(items, page.Total, page.PageNumber, page.PageSize);
    }

    private static async Task<Ok<Page<ConsultationDto>>> List(ComplianceDbContext db, ICurrentUser user, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, user, PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<ConsultationView>> Get(Guid consultationId, ComplianceDbContext db, ICurrentUser user, FrameworkCatalog catalog, CancellationToken ct)
    {
        var c = await ConsultationRules.ReachAsync(db, user, consultationId, ct);
        return TypedResults.Ok(new ConsultationView(await DtoAsync(db, c, ct), VersionDetail.From((await catalog.ContentAsync(c.VersionId, ct))!)));
    }

    public static async Task<Page<CommentDto>> CommentPageAsync(ComplianceDbContext db, Guid consultationId, PageRequest request, CancellationToken ct) =>
        (await db.ConsultationComments.AsNoTracking().Where(c => c.ConsultationId == consultationId).OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .ToPageAsync(request, ct)).Map(CommentDto.From);

    private static async Task<Ok<Page<CommentDto>>> Comments(Guid consultationId, ComplianceDbContext db, ICurrentUser user, CancellationToken ct, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        await ConsultationRules.ReachAsync(db, user, consultationId, ct);
        return TypedResults.Ok(await CommentPageAsync(db, consultationId, request, ct));
    }

    private static async Task<Created<CommentDto>> Comment(Guid consultationId, CommentInput input, [AsParameters] ConsultationWorkParameters p, CancellationToken ct)
    {
        var c = await ConsultationRules.CommentAsync(p.Work, consultationId, input, ct);
        return TypedResults.Created($"/api/v1/compliance/consultations/{consultationId}/comments", CommentDto.From(c));
    }

    private static async Task<Ok<CommentDto>> Decide(Guid consultationId, Guid commentId, OutcomeInput input, [AsParameters] ConsultationWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(CommentDto.From(await ConsultationRules.DecideAsync(p.Work, consultationId, commentId, input, ct)));

    private static async Task<Ok<Page<ReviewerDto>>> Reviewers(Guid consultationId, ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        if (!await db.Consultations.AnyAsync(c => c.Id == consultationId, ct)) throw new DomainException(PlatformErrors.NotFound);
        return TypedResults.Ok((await db.ConsultationReviewers.AsNoTracking().Where(r => r.ConsultationId == consultationId).OrderBy(r => r.InvitedAt)
            .ToPageAsync(request, ct)).Map(r => new ReviewerDto(r.Id, r.Email, r.DisplayName, r.Organization, r.IsGuest, r.InvitedAt)));
    }

    private static async Task<Created<ReviewerDto>> Invite(Guid consultationId, InviteReviewerInput input, [AsParameters] ConsultationWorkParameters p, HttpContext http, CancellationToken ct)
    {
        var baseUri = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        var r = await ConsultationRules.InviteAsync(p.Work, consultationId, input, baseUri, ct);
        return TypedResults.Created($"/api/v1/compliance/consultations/{consultationId}/reviewers", new ReviewerDto(r.Id, r.Email, r.DisplayName, r.Organization, r.IsGuest, r.InvitedAt));
    }

    private static async Task<FileContentHttpResult> Report(Guid consultationId, ComplianceDbContext db, FrameworkCatalog catalog, CancellationToken ct, string? format = null)
    {
        var (bytes, type, name) = await ReportAsync(db, catalog, consultationId, format, CultureInfo.CurrentUICulture, ct);
        return TypedResults.File(bytes, type, name);
    }

    public static async Task<(byte[] Bytes, string Type, string Name)> ReportAsync(ComplianceDbContext db, FrameworkCatalog catalog, Guid consultationId, string? format, CultureInfo culture, CancellationToken ct)
    {
        var xlsx = format switch { null or "pdf" => false, "xlsx" => true, _ => throw new DomainException(PlatformErrors.InvalidValue.At("format")) };
        var c = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == consultationId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var content = (await catalog.ContentAsync(c.VersionId, ct))!;
        var comments = (await db.ConsultationComments.AsNoTracking().Where(x => x.ConsultationId == consultationId).ToListAsync(ct)).Select(CommentDto.From).ToList();
        return xlsx
            ? (ConsultationReport.Xlsx(content, comments, culture), FrameworksApi.XlsxType, "consultation.xlsx")
            : (ConsultationReport.Pdf(content, comments, culture), "application/pdf", "consultation.pdf");
    }
}
