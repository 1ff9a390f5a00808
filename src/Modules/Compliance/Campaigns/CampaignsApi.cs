using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Campaigns.EvidenceFiles;
using CoopSante.Compliance.Campaigns.Indicators;
using CoopSante.Compliance.Campaigns.Opening;
using CoopSante.Compliance.Campaigns.Reports;
using CoopSante.Compliance.Campaigns.Results;
using CoopSante.Compliance.Campaigns.Review;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CoopSante.Compliance.Campaigns;

/// <summary>Conformity campaigns over HTTP: the federation's side (open, list, heat map, export) and each coop's file.</summary>
internal static class CampaignsApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/compliance").WithTags("Compliance").ProducesSignedInProblems();
        api.MapGet("/campaigns", List).RequireAuthorization(Policies.IsSignedIn)
            .WithSummary("A page of conformity campaigns: every campaign for federation staff, the coop's own for its management.");
        api.MapPost("/campaigns", Open).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Opens a campaign on a published version for chosen coops (optionally from each coop's last assessment).");
        api.MapGet("/campaigns/{campaignId:guid}/heatmap", HeatMap).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Coops × sections scores of a campaign, a page of coops (an auditor sees their coops only).");
        api.MapGet("/campaigns/{campaignId:guid}/export.xlsx", Export).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("The whole campaign as a workbook: scores and every answer (?lang=fr|en).");

        var coop = api.MapGroup("/coops/{coopId:guid}");
        var file = coop.MapGroup("/campaigns/{campaignId:guid}");
        file.MapGet("/assessment", Get).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("The coop's assessment: items, answers, evidence, review, visits and action plan.");
        file.MapPut("/items/{itemId:guid}", Answer).RequireAuthorization(CampaignPolicies.CanAnswerAssessment).ProducesConflict()
            .WithSummary("Answers one item (compliant, partial, non-compliant, not applicable with a justification), with a comment and evidence.");
        file.MapPost("/submit", Submit).RequireAuthorization(CampaignPolicies.CanAnswerAssessment).ProducesConflict()
            .WithSummary("Submits the assessment once every applicable item is answered; no change after.");
        file.MapPost("/items/{itemId:guid}/review", ReviewItem).RequireAuthorization(CampaignPolicies.CanReviewConformity).ProducesConflict()
            .WithSummary("Accepts an item or requests a change with a comment; the last item reviewed concludes the review.");
        file.MapPost("/visits", RecordVisit).RequireAuthorization(CampaignPolicies.CanReviewConformity).ProducesConflict()
            .WithSummary("Records an audit visit with its findings, each with its action-plan items.");
        file.MapPut("/actions/{actionId:guid}", UpdateAction).RequireAuthorization(CampaignPolicies.CanFollowActionPlan).ProducesConflict()
            .WithSummary("Moves an action-plan item forward; done needs a proof of completion.");
        file.MapPost("/close", Close).RequireAuthorization(CampaignPolicies.CanReviewConformity).ProducesConflict()
            .WithSummary("Closes the coop's file once accepted with every action done; the campaign closes with its last file.");
        file.MapGet("/results", Results).RequireAuthorization(CampaignPolicies.CanReadConformity)
            .WithSummary("The coop's score by section and its trend, beside the federation's quartiles (from five coops that answered).");
        file.MapGet("/report.pdf", Report).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("The audit report (?lang=fr|en).");
        file.MapGet("/applicability.pdf", ApplicabilityPdf).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("The applicability statement as PDF (?lang=fr|en).");
        file.MapGet("/applicability.xlsx", ApplicabilityXlsx).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("The applicability statement as XLSX (?lang=fr|en).");

        coop.MapGet("/indicators", Indicators).RequireAuthorization(CampaignPolicies.CanReadConformity)
            .WithSummary("The coop's automatic indicators from live data: pass, fail (an alert) or not available (never a pass).");
        coop.MapGet("/evidence", ListEvidence).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("The coop's evidence library, newest first.");
        coop.MapPost("/evidence", AddEvidence).RequireAuthorization(CampaignPolicies.CanAnswerAssessment).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Adds an evidence file (multipart: title, attestsOn, optional expiresOn, then the file). Type checked on the content, SHA-256 kept.");
        coop.MapGet("/evidence/{evidenceId:guid}/content", DownloadEvidence).RequireAuthorization(CampaignPolicies.CanReadConformity).WithSummary("Downloads an evidence file (audited).");
    }

    private static async Task<Ok<Page<CampaignSummary>>> List(CampaignList campaigns, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await campaigns.ListAsync(PageRequest.From(page, pageSize), ct));

    private static async Task<Created<CampaignSummary>> Open(OpenCampaignRequest request, CampaignOpening opening, CancellationToken ct)
    {
        var c = await opening.OpenAsync(request, ct);
        return TypedResults.Created($"/api/v1/compliance/campaigns/{c.Id}",
            new CampaignSummary(c.Id, c.Name, c.VersionLabel, c.DueOn, c.Status, c.OpenedAt, request.CoopIds?.Distinct().Count() ?? 0, 0, 0));
    }

    private static async Task<Ok<HeatMap>> HeatMap(Guid campaignId, CampaignResults results, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await results.HeatMapAsync(campaignId, PageRequest.From(page, pageSize), ct));

    private static async Task<FileContentHttpResult> Export(Guid campaignId, string? lang, CampaignReports reports, HttpContext http, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await reports.CampaignXlsxAsync(campaignId, EmailTemplates.CultureOf(lang), stream, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(stream.ToArray(), Xlsx, $"campagne-{campaignId:N}.xlsx");
    }

    private static async Task<Ok<AssessmentView>> Get(Guid coopId, Guid campaignId, AssessmentWork work, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await work.ViewAsync(coopId, campaignId, ct));
    }

    private static async Task<NoContent> Answer(Guid coopId, Guid campaignId, Guid itemId, AnswerRequest request, AssessmentWork work, CancellationToken ct)
    {
        await work.AnswerAsync(coopId, campaignId, itemId, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Submit(Guid coopId, Guid campaignId, AssessmentWork work, CancellationToken ct)
    {
        await work.SubmitAsync(coopId, campaignId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReviewItem(Guid coopId, Guid campaignId, Guid itemId, ReviewItemRequest request, AssessmentReview review, CancellationToken ct)
    {
        await review.ReviewItemAsync(coopId, campaignId, itemId, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created> RecordVisit(Guid coopId, Guid campaignId, RecordVisitRequest request, AssessmentReview review, CancellationToken ct)
    {
        var id = await review.RecordVisitAsync(coopId, campaignId, request, ct);
        return TypedResults.Created($"/api/v1/compliance/coops/{coopId}/campaigns/{campaignId}/visits/{id}");
    }

    private static async Task<Ok<ActionView>> UpdateAction(Guid coopId, Guid campaignId, Guid actionId, UpdateActionRequest request, AssessmentReview review, CancellationToken ct) =>
        TypedResults.Ok(await review.UpdateActionAsync(coopId, campaignId, actionId, request, ct));

    private static async Task<NoContent> Close(Guid coopId, Guid campaignId, AssessmentReview review, CancellationToken ct)
    {
        await review.CloseAsync(coopId, campaignId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CoopResults>> Results(Guid coopId, Guid campaignId, CampaignResults results, CancellationToken ct) =>
        TypedResults.Ok(await results.CoopAsync(coopId, campaignId, ct));

    private static async Task<FileContentHttpResult> Report(Guid coopId, Guid campaignId, string? lang, CampaignReports reports, HttpContext http, CancellationToken ct)
    {
        var bytes = await reports.AuditReportAsync(coopId, campaignId, EmailTemplates.CultureOf(lang), ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(bytes, "application/pdf", $"rapport-audit-{campaignId:N}.pdf");
    }

    private static async Task<FileContentHttpResult> ApplicabilityPdf(Guid coopId, Guid campaignId, string? lang, CampaignReports reports, HttpContext http, CancellationToken ct)
    {
        var bytes = await reports.ApplicabilityPdfAsync(coopId, campaignId, EmailTemplates.CultureOf(lang), ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(bytes, "application/pdf", $"applicabilite-{campaignId:N}.pdf");
    }

    private static async Task<FileContentHttpResult> ApplicabilityXlsx(Guid coopId, Guid campaignId, string? lang, CampaignReports reports, HttpContext http, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await reports.ApplicabilityXlsxAsync(coopId, campaignId, EmailTemplates.CultureOf(lang), stream, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(stream.ToArray(), Xlsx, $"applicabilite-{campaignId:N}.xlsx");
    }

    private static async Task<Ok<IReadOnlyList<Indicator>>> Indicators(Guid coopId, CoopIndicators indicators, CancellationToken ct) =>
        TypedResults.Ok(await indicators.ForAsync(coopId, ct));

    private static async Task<Ok<Page<EvidenceView>>> ListEvidence(Guid coopId, EvidenceLibrary library, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await library.ListAsync(coopId, PageRequest.From(page, pageSize), ct));

    private static async Task<FileStreamHttpResult> DownloadEvidence(Guid coopId, Guid evidenceId, EvidenceLibrary library, HttpContext http, CancellationToken ct)
    {
        var (file, content) = await library.OpenAsync(coopId, evidenceId, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }

    /// <summary>Reads the form fields first, checks them, then streams the file part into the store (never whole in memory).</summary>
    private static async Task<Created<EvidenceView>> AddEvidence(Guid coopId, HttpContext http, EvidenceLibrary library, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            throw new DomainException(PlatformErrors.MalformedRequest.At("file"));
        var reader = new MultipartReader(boundary, http.Request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            if (disposition.IsFileDisposition())
            {
                var details = new EvidenceDetails(fields.GetValueOrDefault("title"), ParseDate(fields.GetValueOrDefault("attestsOn")), ParseDate(fields.GetValueOrDefault("expiresOn")));
                var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = EvidenceLibrary.Use.MaxBytes + 1024 * 1024;
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                var added = await library.AddAsync(coopId, details, name ?? "file", section.Body, ct);
                return TypedResults.Created($"/api/v1/compliance/coops/{coopId}/evidence/{added.Id}", added);
            }
            if (disposition.IsFormDisposition() && disposition.Name.Value is { } field && fields.Count < 10)
            {
                using var text = new StreamReader(section.Body);
                var buffer = new char[1001];
                var read = await text.ReadBlockAsync(buffer, ct);
                fields[field] = new string(buffer, 0, Math.Min(read, 1000)).Trim();
            }
        }
        throw new DomainException(Platform.Files.FileErrors.FileRequired.At("file"));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
