using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Bulletins;

/// <summary>The federation publishes bulletins; a coop's people read those addressed to their coop.</summary>
internal static class BulletinsApi
{
    public static IEndpointRouteBuilder MapBulletinsApi(this IEndpointRouteBuilder app)
    {
        var federation = app.MapGroup("/api/v1/federation/bulletins").WithTags("Bulletins").ProducesSignedInProblems();
        federation.MapGet("", List).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("The federation's bulletins, newest first, with how many addressed coops have read each.");
        federation.MapPost("", Publish).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Publishes a bulletin: titles and Markdown bodies in French and English, audience AllCoops, Regions (regions) or Coops (coopIds).");
        federation.MapPost("/{bulletinId:guid}/attachments", Attach).RequireAuthorization(Policies.IsFederationAdmin).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches one file (multipart 'file'): a document or an image up to 5 MiB, its type read from the content.");
        federation.MapGet("/{bulletinId:guid}/reads", Reads).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Each addressed coop with how many of its people read the bulletin and when it was first read (never who).");
        federation.MapDelete("/{bulletinId:guid}", Withdraw).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Withdraws a bulletin (`version` as read): coops no longer see it. Audited.");

        var coop = app.MapGroup("/api/v1/coops/{coopId:guid}/bulletins").WithTags("Bulletins").RequireAuthorization(ServicesPolicies.CanReadBulletins)
            .ProducesSignedInProblems();
        coop.MapGet("", CoopList).WithSummary("Bulletins addressed to the coop, newest first, in the caller's language; `unread=true` keeps the caller's unread ones.");
        coop.MapGet("/{bulletinId:guid}", CoopGet).WithSummary("One bulletin addressed to the coop (sanitized HTML).");
        coop.MapPost("/{bulletinId:guid}/read", MarkRead).WithSummary("Marks the bulletin read by the caller; again changes nothing.");
        coop.MapGet("/{bulletinId:guid}/attachments/{attachmentId:guid}", Download).WithSummary("Downloads an attachment of a bulletin addressed to the coop (audited).");
        return app;
    }

    private static bool English => string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    private static async Task<Ok<Page<FederationBulletinDto>>> List(FederationDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await BulletinQueries.FederationListAsync(db, PageRequest.From(page, pageSize), ct));

    private static async Task<Created<FederationBulletinDto>> Publish(BulletinInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var bulletin = await BulletinCommands.PublishAsync(p.Work, input, ct);
        var addressed = (await BulletinAddressing.ActiveCoopsAsync(p.Db, ct)).Count(c => BulletinAddressing.Addresses(bulletin, c.Id, c.Region));
        return TypedResults.Created($"/api/v1/federation/bulletins/{bulletin.Id}", BulletinQueries.ToFederationDto(bulletin, addressed, 0));
    }

    private static async Task<Created<BulletinAttachmentDto>> Attach(Guid bulletinId, IFormFile? file, [AsParameters] CoopWorkParameters p, IFileStore files, CancellationToken ct)
    {
        if (file is null) throw new DomainException(FileErrors.FileRequired.At("file"));
        await using var content = file.OpenReadStream();
        var a = await BulletinCommands.AttachAsync(p.Work, files, bulletinId, file.FileName, content, ct);
        return TypedResults.Created($"/api/v1/federation/bulletins/{bulletinId}/attachments/{a.Id}", new BulletinAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length));
    }

    private static async Task<Ok<Page<CoopReadDto>>> Reads(Guid bulletinId, FederationDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await BulletinQueries.ReadsAsync(db, bulletinId, PageRequest.From(page, pageSize), ct));

    private static async Task<NoContent> Withdraw(Guid bulletinId, int? version, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await BulletinCommands.WithdrawAsync(p.Work, bulletinId, version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<CoopBulletinDto>>> CoopList(Guid coopId, FederationDbContext db, ICurrentUser user, CancellationToken ct,
        bool? unread = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await BulletinQueries.CoopListAsync(db, coopId, user.UserId, English, unread == true, PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<CoopBulletinDto>> CoopGet(Guid coopId, Guid bulletinId, FederationDbContext db, ICurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await BulletinQueries.CoopGetAsync(db, coopId, user.UserId, bulletinId, English, ct));

    private static async Task<NoContent> MarkRead(Guid coopId, Guid bulletinId, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await BulletinCommands.MarkReadAsync(p.Work, coopId, bulletinId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Download(Guid coopId, Guid bulletinId, Guid attachmentId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct)
    {
        var attachment = await BulletinQueries.CoopAttachmentAsync(db, coopId, bulletinId, attachmentId, ct);
        if (await files.OpenSharedAsync(FileOwners.Federation, attachment.FileId, ct) is not { } opened) throw new DomainException(PlatformErrors.NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }
}
