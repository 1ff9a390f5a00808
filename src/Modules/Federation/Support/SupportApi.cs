using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Support;

/// <summary>Support and consulting: a coop's requests under its route, the federation's queue and settings under its own.</summary>
internal static class SupportApi
{
    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder app)
    {
        var coop = app.MapGroup("/api/v1/coops/{coopId:guid}/support").WithTags("Support").ProducesSignedInProblems();
        var asks = coop.MapGroup("").RequireAuthorization(SupportPolicies.CanRequestSupport);
        asks.MapGet("", CoopList).WithSummary("The coop's requests to the federation, newest first; `status` keeps one status.");
        asks.MapPost("", Open).WithSummary("Opens a request: category (TechnicalSupport, Legal, HumanResources, InformationTechnology, Governance, Compliance, Consulting), subject, description (Markdown).");
        asks.MapGet("/{requestId:guid}", CoopGet).WithSummary("One of the coop's requests with its thread, files, quotes, time and invoice.");
        asks.MapPost("/{requestId:guid}/messages", CoopReply).WithSummary("Replies in the thread; refused once the request is closed.");
        asks.MapPost("/{requestId:guid}/attachments", CoopAttach).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches one file (multipart 'file'): a document or an image up to 10 MiB, its type read from the content.");
        asks.MapGet("/{requestId:guid}/attachments/{attachmentId:guid}", CoopDownload).WithSummary("Downloads an attachment of the coop's request (audited).");
        asks.MapPost("/{requestId:guid}/rating", Rate).WithSummary("Rates the service of a closed request, 1 to 5 with an optional comment; once.");
        var approves = coop.MapGroup("").RequireAuthorization(SupportPolicies.CanApproveConsulting);
        approves.MapPost("/{requestId:guid}/quotes/{quoteId:guid}/accept", Accept).WithSummary("Accepts the adviser's pending quote (the coop's admin). Audited.");
        approves.MapPost("/{requestId:guid}/quotes/{quoteId:guid}/decline", Decline).WithSummary("Declines the adviser's pending quote (the coop's admin). Audited.");
        approves.MapGet("/{requestId:guid}/invoice", CoopInvoice).WithSummary("The engagement's invoice as a PDF (`lang=en` for English).");

        var fed = app.MapGroup("/api/v1/federation/support").WithTags("Support").ProducesSignedInProblems();
        var staff = fed.MapGroup("").RequireAuthorization(Policies.IsFederationStaff);
        staff.MapGet("", Queue).WithSummary("The queue across coops, overdue first; filters `status` (default: every open one), `category`, `coopId`, `adviserId`, `overdue=true`.");
        staff.MapGet("/advisers", Advisers).WithSummary("The federation's people who can be assigned requests.");
        staff.MapGet("/{requestId:guid}", FederationGet).WithSummary("One request with its thread, files, quotes, time and invoice.");
        staff.MapPost("/{requestId:guid}/assign", Assign).WithSummary("Triage: assigns an adviser and, if given, corrects the category. Audited.");
        staff.MapPost("/{requestId:guid}/messages", FederationReply).WithSummary("Replies in the thread (`waitForCoop` to wait for the coop's answer); refused once closed.");
        staff.MapPost("/{requestId:guid}/attachments", FederationAttach).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches one file (multipart 'file') to the request.");
        staff.MapGet("/{requestId:guid}/attachments/{attachmentId:guid}", FederationDownload).WithSummary("Downloads an attachment (audited).");
        staff.MapPost("/{requestId:guid}/quotes", Quote).WithSummary("Proposes a consulting quote: hours × the hourly rate (default: the fair-cost rate in force). A rate of zero or less is refused.");
        staff.MapPost("/{requestId:guid}/time", LogTime).WithSummary("Logs time against the accepted engagement.");
        staff.MapPost("/{requestId:guid}/invoice", Invoice).WithSummary("Invoices the engagement: the hours logged at the quote's rate; once. Audited.");
        staff.MapGet("/{requestId:guid}/invoice", FederationInvoice).WithSummary("The engagement's invoice as a PDF (`lang=en` for English).");
        staff.MapPost("/{requestId:guid}/close", Close).WithSummary("Closes the request with a resolution (`version` as read). Audited.");
        staff.MapGet("/rates", Rates).WithSummary("The fair-cost schedule: hourly rates per service type with their effective dates.");
        staff.MapGet("/targets", Targets).WithSummary("Service-level targets per category: first response in business hours, resolution in business days.");
        var admin = fed.MapGroup("").RequireAuthorization(Policies.IsFederationAdmin);
        admin.MapPost("/rates", AddRate).WithSummary("Adds a rate to the fair-cost schedule from a date; zero or negative refused. Audited.");
        admin.MapPut("/targets/{category}", SetTarget).WithSummary("Sets a category's service-level targets. Audited.");
        return app;
    }

    private static CultureInfo Culture(string? lang) => lang is null ? CultureInfo.CurrentUICulture
        : CultureInfo.GetCultureInfo(string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en-CA" : "fr-CA");

    private static async Task<Ok<Page<SupportSummaryDto>>> CoopList(Guid coopId, FederationDbContext db, TimeProvider clock, CancellationToken ct,
        string? status = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await SupportQueries.CoopListAsync(db, coopId, status, clock.GetUtcNow(), PageRequest.From(page, pageSize), ct));

    private static async Task<Created<SupportRequestDto>> Open(Guid coopId, OpenRequestInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var request = await SupportCommands.OpenAsync(p.Work, coopId, input, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/support/{request.Id}", await SupportQueries.DetailAsync(p.Db, coopId, request.Id, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<SupportRequestDto>> CoopGet(Guid coopId, Guid requestId, FederationDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await SupportQueries.DetailAsync(db, coopId, requestId, clock.GetUtcNow(), ct));

    private static async Task<Ok<SupportRequestDto>> CoopReply(Guid coopId, Guid requestId, ReplyInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await SupportCommands.ReplyAsync(p.Work, coopId, requestId, input with { WaitForCoop = false }, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, coopId, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Created<SupportAttachmentDto>> CoopAttach(Guid coopId, Guid requestId, IFormFile? file, [AsParameters] CoopWorkParameters p, IFileStore files, CancellationToken ct) =>
        await AttachAsync(coopId, requestId, file, p, files, $"/api/v1/coops/{coopId}/support/{requestId}/attachments", ct);

    private static async Task<IResult> CoopDownload(Guid coopId, Guid requestId, Guid attachmentId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await DownloadAsync(await SupportQueries.AttachmentAsync(db, coopId, requestId, attachmentId, ct), files, http, ct);

    private static async Task<Ok<SupportRequestDto>> Rate(Guid coopId, Guid requestId, RatingInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await SupportCommands.RateAsync(p.Work, coopId, requestId, input, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, coopId, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<SupportRequestDto>> Accept(Guid coopId, Guid requestId, Guid quoteId, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await ConsultingCommands.DecideAsync(p.Work, coopId, requestId, quoteId, accept: true, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, coopId, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<SupportRequestDto>> Decline(Guid coopId, Guid requestId, Guid quoteId, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await ConsultingCommands.DecideAsync(p.Work, coopId, requestId, quoteId, accept: false, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, coopId, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<FileContentHttpResult> CoopInvoice(Guid coopId, Guid requestId, FederationDbContext db, HttpContext http, CancellationToken ct, string? lang = null) =>
        await InvoicePdfAsync(db, await SupportQueries.InvoiceAsync(db, coopId, requestId, ct), Culture(lang), http, ct);

    private static async Task<Ok<Page<SupportSummaryDto>>> Queue(FederationDbContext db, TimeProvider clock, CancellationToken ct, string? status = null, string? category = null,
        Guid? coopId = null, Guid? adviserId = null, bool? overdue = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await SupportQueries.QueueAsync(db, new QueueFilter(status, category, coopId, overdue == true, adviserId), clock.GetUtcNow(), PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<IReadOnlyList<AdviserDto>>> Advisers(PlatformDbContext platform, CancellationToken ct) =>
        TypedResults.Ok(await SupportQueries.AdvisersAsync(platform, ct));

    private static async Task<Ok<SupportRequestDto>> FederationGet(Guid requestId, FederationDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await SupportQueries.DetailAsync(db, null, requestId, clock.GetUtcNow(), ct));

    private static async Task<Ok<SupportRequestDto>> Assign(Guid requestId, AssignInput input, [AsParameters] CoopWorkParameters p, PlatformDbContext platform, CancellationToken ct)
    {
        await SupportCommands.AssignAsync(p.Work, platform, requestId, input, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, null, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<SupportRequestDto>> FederationReply(Guid requestId, ReplyInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await SupportCommands.ReplyAsync(p.Work, null, requestId, input, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, null, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Created<SupportAttachmentDto>> FederationAttach(Guid requestId, IFormFile? file, [AsParameters] CoopWorkParameters p, IFileStore files, CancellationToken ct) =>
        await AttachAsync(null, requestId, file, p, files, $"/api/v1/federation/support/{requestId}/attachments", ct);

    private static async Task<IResult> FederationDownload(Guid requestId, Guid attachmentId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await DownloadAsync(await SupportQueries.AttachmentAsync(db, null, requestId, attachmentId, ct), files, http, ct);

    private static async Task<Created<SupportQuoteDto>> Quote(Guid requestId, QuoteInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var q = await ConsultingCommands.QuoteAsync(p.Work, requestId, input, ct);
        return TypedResults.Created($"/api/v1/federation/support/{requestId}", new SupportQuoteDto(q.Id, q.Description, q.Hours, q.HourlyRate, q.Amount, q.State.ToString(),
            q.ProposedAt, q.ProposedByName, q.DecidedAt, q.DecidedByName));
    }

    private static async Task<Created<SupportTimeEntryDto>> LogTime(Guid requestId, TimeEntryInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var t = await ConsultingCommands.LogTimeAsync(p.Work, requestId, input, ct);
        return TypedResults.Created($"/api/v1/federation/support/{requestId}", new SupportTimeEntryDto(t.Id, t.WorkedOn, t.Hours, t.Note, t.AdviserName));
    }

    private static async Task<Created<SupportInvoiceDto>> Invoice(Guid requestId, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var i = await ConsultingCommands.InvoiceAsync(p.Work, requestId, ct);
        return TypedResults.Created($"/api/v1/federation/support/{requestId}/invoice", new SupportInvoiceDto(i.Id, i.Number, i.IssuedOn, i.Hours, i.HourlyRate, i.Amount));
    }

    private static async Task<FileContentHttpResult> FederationInvoice(Guid requestId, FederationDbContext db, HttpContext http, CancellationToken ct, string? lang = null) =>
        await InvoicePdfAsync(db, await SupportQueries.InvoiceAsync(db, null, requestId, ct), Culture(lang), http, ct);

    private static async Task<Ok<SupportRequestDto>> Close(Guid requestId, CloseInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await SupportCommands.CloseAsync(p.Work, requestId, input, ct);
        return TypedResults.Ok(await SupportQueries.DetailAsync(p.Db, null, requestId, p.Clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<Page<FairCostRateDto>>> Rates(FederationDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await SupportSettingsCommands.RatesAsync(db, clock, PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<IReadOnlyList<SupportTargetDto>>> Targets(FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await SupportSettingsCommands.TargetsAsync(db, ct));

    private static async Task<Created<FairCostRateDto>> AddRate(RateInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var r = await SupportSettingsCommands.AddRateAsync(p.Work, input, ct);
        return TypedResults.Created("/api/v1/federation/support/rates", new FairCostRateDto(r.Id, r.Category.ToString(), r.HourlyRate, r.EffectiveFrom, false));
    }

    private static async Task<Ok<SupportTargetDto>> SetTarget(string category, TargetInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var t = await SupportSettingsCommands.SetTargetAsync(p.Work, category, input, ct);
        return TypedResults.Ok(new SupportTargetDto(t.Category.ToString(), t.FirstResponseHours, t.ResolutionDays, t.Version, false));
    }

    private static async Task<Created<SupportAttachmentDto>> AttachAsync(Guid? coopId, Guid requestId, IFormFile? file, CoopWorkParameters p, IFileStore files, string url, CancellationToken ct)
    {
        if (file is null) throw new DomainException(FileErrors.FileRequired.At("file"));
        await using var content = file.OpenReadStream();
        var a = await SupportCommands.AttachAsync(p.Work, files, coopId, requestId, file.FileName, content, ct);
        return TypedResults.Created($"{url}/{a.Id}", new SupportAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length, a.FromFederation, a.AddedAt));
    }

    private static async Task<IResult> DownloadAsync(SupportAttachment attachment, IFileStore files, HttpContext http, CancellationToken ct)
    {
        // The feature decided who may read; the store opens the coop's file for either side and audits the download.
        if (await files.OpenSharedAsync(attachment.CoopId, attachment.FileId, ct) is not { } opened) throw new DomainException(PlatformErrors.NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }

    private static async Task<FileContentHttpResult> InvoicePdfAsync(FederationDbContext db, SupportInvoice invoice, CultureInfo culture, HttpContext http, CancellationToken ct)
    {
        var (pdf, name) = await SupportInvoicePdf.BuildAsync(db, invoice, culture, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf, "application/pdf", name);
    }
}
