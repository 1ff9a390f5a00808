using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CoopSante.Platform.Files;

/// <summary>The file store over HTTP, for tests, tools and the modules' pages: upload, metadata, list, download, delete.</summary>
public static class FilesApi
{
    public static readonly Role[] Readers = [Role.CoopAdmin, Role.CoopStaff];
    public static readonly Role[] Writers = [Role.CoopAdmin, Role.CoopStaff];

    public sealed record FileMetadata(Guid Id, string Use, string FileName, string ContentType, long Length, string Sha256, DateTimeOffset UploadedAt)
    {
        public static FileMetadata Of(StoredFile f) => new(f.Id, f.Use, f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedAt);
    }

    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/v1/coops/{coopId:guid}/files").WithTags("Files").ProducesSignedInProblems();
        files.MapPost("", Upload).RequireCoopRole(Writers).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Uploads one file (multipart: a 'use' field, then the 'file' part; or ?use=). The type is checked on the content; the SHA-256 is returned.");
        files.MapGet("", List).RequireCoopRole(Readers).WithSummary("Lists the coop's files, newest first, one page at a time.");
        files.MapGet("/{fileId:guid}", Metadata).RequireCoopRole(Readers).WithSummary("A file's metadata.");
        files.MapGet("/{fileId:guid}/content", Download).RequireCoopRole(Readers).WithSummary("Downloads a file's content (audited).");
        files.MapDelete("/{fileId:guid}", Delete).RequireCoopRole(Role.CoopAdmin).WithSummary("Deletes a file and its content (audited).");
        return app;
    }

    public static async Task<Created<FileMetadata>> Upload(Guid coopId, string? use, HttpContext http, IFileStore store, FileUses uses, CancellationToken ct)
    {
        var boundary = MultipartBoundary(http.Request.ContentType);
        var reader = new MultipartReader(boundary, http.Request.Body);
        var chosen = uses.Find(use);
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            if (disposition.IsFormDisposition() && string.Equals(disposition.Name.Value, "use", StringComparison.Ordinal))
            {
                using var text = new StreamReader(section.Body);
                var value = await text.ReadToEndAsync(ct);
                chosen = uses.Find(value.Trim()) ?? throw new DomainException(FileErrors.UnknownUse.At("use"));
                continue;
            }
            if (disposition.IsFileDisposition())
            {
                if (chosen is null) throw new DomainException(FileErrors.UnknownUse.At("use"));
                var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = chosen.MaxBytes + 1024 * 1024;
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                var file = await store.SaveAsync(coopId, chosen, name ?? "file", section.Body, ct);
                return TypedResults.Created($"/api/v1/coops/{coopId}/files/{file.Id}", FileMetadata.Of(file));
            }
        }
        throw new DomainException(FileErrors.FileRequired.At("file"));
    }

    public static async Task<Ok<Page<FileMetadata>>> List(Guid coopId, string? use, int? page, int? pageSize, IFileStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(coopId, use, PageRequest.From(page, pageSize), ct)).Map(FileMetadata.Of));

    public static async Task<Ok<FileMetadata>> Metadata(Guid coopId, Guid fileId, IFileStore store, CancellationToken ct) =>
        TypedResults.Ok(FileMetadata.Of(await store.FindAsync(coopId, fileId, ct) ?? throw new DomainException(PlatformErrors.NotFound)));

    public static async Task<FileStreamHttpResult> Download(Guid coopId, Guid fileId, HttpContext http, IFileStore store, CancellationToken ct)
    {
        var opened = await store.OpenAsync(coopId, fileId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }

    public static async Task<NoContent> Delete(Guid coopId, Guid fileId, IFileStore store, CancellationToken ct) =>
        await store.DeleteAsync(coopId, fileId, ct) ? TypedResults.NoContent() : throw new DomainException(PlatformErrors.NotFound);

    private static string MultipartBoundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw new DomainException(PlatformErrors.MalformedRequest.At("file"));
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200) throw new DomainException(PlatformErrors.MalformedRequest.At("file"));
        return boundary;
    }
}
