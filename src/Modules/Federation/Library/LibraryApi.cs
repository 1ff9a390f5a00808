using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Library;

/// <summary>The federation files guides, templates and by-law models; a coop's people browse and download those addressed to their coop.</summary>
internal static class LibraryApi
{
    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var federation = app.MapGroup("/api/v1/federation/library").WithTags("Library").ProducesSignedInProblems();
        federation.MapGet("", List).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("The library's documents (withdrawn ones too), most recently changed first; `q` searches titles, descriptions and categories (accents ignored), `category` filters.");
        federation.MapPost("", Create).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Files a document: titles and descriptions in French and English, a category, an audience (AllCoops, Regions with regions, Coops with coopIds). Coops see it once it has a file.");
        federation.MapPut("/{documentId:guid}", Update).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes a document's titles, descriptions, category or audience (`version` as read). Audited.");
        federation.MapPost("/{documentId:guid}/versions", AddVersion).RequireAuthorization(Policies.IsFederationAdmin).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Uploads the document's next version (multipart 'file', optional 'note'): a document up to 20 MiB, its type read from the content. Older versions stay downloadable.");
        federation.MapGet("/{documentId:guid}/versions/{versionId:guid}/file", FederationDownload).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Downloads one version of a document (audited).");
        federation.MapDelete("/{documentId:guid}", Withdraw).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Withdraws a document (`version` as read): coops no longer see or download it. Audited.");

        var coop = app.MapGroup("/api/v1/coops/{coopId:guid}/library").WithTags("Library").RequireAuthorization(LibraryPolicies.CanReadLibrary)
            .ProducesSignedInProblems();
        coop.MapGet("", CoopList).WithSummary("The documents addressed to the coop, by title, in the caller's language; `q` searches (accents ignored), `category` filters.");
        coop.MapGet("/{documentId:guid}", CoopGet).WithSummary("One document addressed to the coop, with its versions, newest first.");
        coop.MapGet("/{documentId:guid}/versions/{versionId:guid}/file", CoopDownload).WithSummary("Downloads a version of a document addressed to the coop (audited).");
        return app;
    }

    private static bool English => string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    private static async Task<Ok<Page<FederationLibraryDocumentDto>>> List(FederationDbContext db, CancellationToken ct, string? q = null, string? category = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await LibraryQueries.FederationListAsync(db, q, category, PageRequest.From(page, pageSize), ct));

    private static async Task<Created<FederationLibraryDocumentDto>> Create(LibraryDocumentInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var document = await LibraryCommands.CreateAsync(p.Work, input, ct);
        return TypedResults.Created($"/api/v1/federation/library/{document.Id}", LibraryQueries.ToFederationDto(document));
    }

    private static async Task<Ok<FederationLibraryDocumentDto>> Update(Guid documentId, LibraryDocumentInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(LibraryQueries.ToFederationDto(await LibraryCommands.UpdateAsync(p.Work, documentId, input, ct)));

    private static async Task<Created<LibraryVersionDto>> AddVersion(Guid documentId, IFormFile? file, [FromForm] string? note, [AsParameters] CoopWorkParameters p,
        IFileStore files, CancellationToken ct)
    {
        if (file is null) throw new DomainException(FileErrors.FileRequired.At("file"));
        await using var content = file.OpenReadStream();
        var v = await LibraryCommands.AddVersionAsync(p.Work, files, documentId, file.FileName, content, note, ct);
        return TypedResults.Created($"/api/v1/federation/library/{documentId}/versions/{v.Id}/file",
            new LibraryVersionDto(v.Id, v.Number, v.FileName, v.ContentType, v.Length, v.Note, v.UploadedAt, v.UploadedByName));
    }

    private static async Task<NoContent> Withdraw(Guid documentId, int? version, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        await LibraryCommands.WithdrawAsync(p.Work, documentId, version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> FederationDownload(Guid documentId, Guid versionId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await FileAsync(await LibraryQueries.FederationVersionAsync(db, documentId, versionId, ct), files, http, ct);

    private static async Task<Ok<Page<CoopLibraryDocumentDto>>> CoopList(Guid coopId, FederationDbContext db, CancellationToken ct, string? q = null, string? category = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await LibraryQueries.CoopListAsync(db, coopId, English, q, category, PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<CoopLibraryDocumentDto>> CoopGet(Guid coopId, Guid documentId, FederationDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await LibraryQueries.CoopGetAsync(db, coopId, documentId, English, ct));

    private static async Task<IResult> CoopDownload(Guid coopId, Guid documentId, Guid versionId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await FileAsync(await LibraryQueries.CoopVersionAsync(db, coopId, documentId, versionId, ct), files, http, ct);

    private static async Task<IResult> FileAsync(LibraryDocumentVersion version, IFileStore files, HttpContext http, CancellationToken ct)
    {
        if (await files.OpenSharedAsync(FileOwners.Federation, version.FileId, ct) is not { } opened) throw new DomainException(PlatformErrors.NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }
}
