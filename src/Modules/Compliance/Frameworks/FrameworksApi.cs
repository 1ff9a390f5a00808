using CoopSante.Compliance.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Compliance.Frameworks;

/// <summary>The services an authoring endpoint needs ([AsParameters]).</summary>
internal sealed record FrameworkWorkParameters(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock)
{
    public FrameworkWork Work => new(Db, Audit, Clock);
}

/// <summary>Frameworks and their versions: federation staff read; federation admins author, publish, import and export.</summary>
internal static class FrameworksApi
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapFrameworksApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1/compliance").WithTags("Compliance").ProducesSignedInProblems();
        var read = root.MapGroup("").RequireAuthorization(Policies.IsFederationStaff);
        var author = root.MapGroup("").RequireAuthorization(Policies.IsFederationAdmin).ProducesConflict();

        read.MapGet("/frameworks", List).WithSummary("Every framework with its versions (number, status, recommendation count).");
        read.MapGet("/versions/{versionId:guid}", Get).WithSummary("A version's sections and recommendations, in order.");
        read.MapGet("/versions/{fromId:guid}/compare/{toId:guid}", Compare).WithSummary("Added, removed, moved and changed recommendations between two versions of a framework, with word diffs.");
        author.MapGet("/versions/{versionId:guid}/export", Export).WithSummary("The version as a file: `format=json` (default) or `format=xlsx`.");

        author.MapPost("/frameworks", CreateFramework).WithSummary("Creates a framework with an empty draft version 1.");
        author.MapPost("/frameworks/{frameworkId:guid}/import", Import).DisableAntiforgery()
            .WithSummary("Imports a version file (JSON as exported, or XLSX) as a new draft of the framework: whole or nothing.");
        author.MapPost("/versions/{versionId:guid}/duplicate", Duplicate).WithSummary("Copies the version into a new draft.");
        author.MapPost("/versions/{versionId:guid}/status", ChangeStatus)
            .WithSummary("Moves the version: Draft → InConsultation → Published → Retired (or back to Draft from a consultation). Publishing refuses empty sections.");
        author.MapPost("/versions/{versionId:guid}/sections", AddSection).WithSummary("Adds a section at the end of a draft.");
        author.MapPut("/versions/{versionId:guid}/sections/{sectionId:guid}", UpdateSection).WithSummary("Renames a section of a draft.");
        author.MapPost("/versions/{versionId:guid}/sections/{sectionId:guid}/move", MoveSection).WithSummary("Moves a section to a position (0-based).");
        author.MapDelete("/versions/{versionId:guid}/sections/{sectionId:guid}", DeleteSection).WithSummary("Deletes an empty section of a draft.");
        author.MapPost("/versions/{versionId:guid}/recommendations", AddRecommendation).WithSummary("Adds a recommendation at the end of a section of a draft.");
        author.MapPut("/versions/{versionId:guid}/recommendations/{recommendationId:guid}", UpdateRecommendation).WithSummary("Changes a recommendation of a draft.");
        author.MapPost("/versions/{versionId:guid}/recommendations/{recommendationId:guid}/move", MoveRecommendation)
            .WithSummary("Moves a recommendation to a position (0-based) in its section or another section.");
        author.MapDelete("/versions/{versionId:guid}/recommendations/{recommendationId:guid}", DeleteRecommendation).WithSummary("Deletes a recommendation of a draft.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FrameworkListItem>>> List(ComplianceDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await FrameworkQueries.ListAsync(db, ct));

    private static async Task<Ok<VersionDetail>> Get(Guid versionId, FrameworkCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(VersionDetail.From(await catalog.ContentAsync(versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound)));

    private static async Task<Ok<VersionComparisonResult>> Compare(Guid fromId, Guid toId, FrameworkCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await CompareAsync(catalog, fromId, toId, ct));

    public static async Task<VersionComparisonResult> CompareAsync(FrameworkCatalog catalog, Guid fromId, Guid toId, CancellationToken ct)
    {
        var from = await catalog.ContentAsync(fromId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var to = await catalog.ContentAsync(toId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (from.Framework.Id != to.Framework.Id) throw new DomainException(ComplianceErrors.ComparisonAcrossFrameworks);
        return VersionComparison.Compare(from, to);
    }

    private static async Task<FileContentHttpResult> Export(Guid versionId, FrameworkCatalog catalog, ComplianceDbContext db, IAuditTrail audit, CancellationToken ct, string? format = null)
    {
        var (bytes, type, name) = await ExportAsync(catalog, db, audit, versionId, format, ct);
        return TypedResults.File(bytes, type, name);
    }

    /// <summary>The version as JSON or XLSX, audited (the page's download calls it too).</summary>
    public static async Task<(byte[] Bytes, string ContentType, string FileName)> ExportAsync(
        FrameworkCatalog catalog, ComplianceDbContext db, IAuditTrail audit, Guid versionId, string? format, CancellationToken ct)
    {
        var xlsx = format switch
        {
            null or "json" => false,
            "xlsx" => true,
            _ => throw new DomainException(PlatformErrors.InvalidValue.At("format")),
        };
        var content = await catalog.ContentAsync(versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.FrameworkVersionExported, nameof(FrameworkVersion), versionId.ToString(), Details: new { format = xlsx ? "xlsx" : "json" })], ct);
        var name = $"cadre-v{content.Version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{(xlsx ? "xlsx" : "json")}";
        return xlsx ? (VersionExchange.ToXlsx(content), XlsxType, name) : (VersionExchange.ToJson(content), "application/json", name);
    }

    private static async Task<Created<FrameworkListItem>> CreateFramework(FrameworkInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var f = await FrameworkEditing.CreateFrameworkAsync(p.Work, input, ct);
        return TypedResults.Created($"/api/v1/compliance/frameworks/{f.Id}",
            new FrameworkListItem(f.Id, f.Name, f.IsExample, f.Versions.Select(v => new VersionListItem(v.Id, v.Number, v.Status.ToString(), 0, null)).ToList()));
    }

    private static async Task<Created<VersionListItem>> Import(Guid frameworkId, IFormFile? file, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        if (file is null) throw new DomainException(PlatformErrors.Required.At("file"));
        if (file.Length > VersionExchange.MaxFileBytes) throw new DomainException(ComplianceErrors.ImportTooLarge.At("file", VersionExchange.MaxFileBytes / 1024 / 1024));
        await using var stream = file.OpenReadStream();
        var parsed = VersionExchange.Read(stream, ct);
        var v = await VersionExchange.ImportAsync(p.Work, frameworkId, parsed, ct);
        return TypedResults.Created($"/api/v1/compliance/versions/{v.Id}", new VersionListItem(v.Id, v.Number, v.Status.ToString(), v.Recommendations.Count, null));
    }

    private static async Task<Created<VersionListItem>> Duplicate(Guid versionId, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var v = await FrameworkEditing.DuplicateAsync(p.Work, versionId, ct);
        return TypedResults.Created($"/api/v1/compliance/versions/{v.Id}", new VersionListItem(v.Id, v.Number, v.Status.ToString(), v.Recommendations.Count, null));
    }

    private static async Task<Ok<VersionListItem>> ChangeStatus(Guid versionId, StatusInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var v = await VersionLifecycle.ChangeStatusAsync(p.Work, versionId, input, ct);
        return TypedResults.Ok(new VersionListItem(v.Id, v.Number, v.Status.ToString(), await CountAsync(p.Db, v.Id, ct), v.PublishedOn));
    }

    private static Task<int> CountAsync(ComplianceDbContext db, Guid versionId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Recommendations, r => r.VersionId == versionId, ct);

    private static async Task<Created<SectionDto>> AddSection(Guid versionId, SectionInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var s = await FrameworkEditing.AddSectionAsync(p.Work, versionId, input, ct);
        return TypedResults.Created($"/api/v1/compliance/versions/{versionId}", new SectionDto(s.Id, s.Order, s.TitleFr, s.TitleEn, []));
    }

    private static async Task<Ok<SectionDto>> UpdateSection(Guid versionId, Guid sectionId, SectionInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var s = await FrameworkEditing.UpdateSectionAsync(p.Work, versionId, sectionId, input, ct);
        return TypedResults.Ok(new SectionDto(s.Id, s.Order, s.TitleFr, s.TitleEn, []));
    }

    private static async Task<NoContent> MoveSection(Guid versionId, Guid sectionId, MoveInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        await FrameworkEditing.MoveSectionAsync(p.Work, versionId, sectionId, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteSection(Guid versionId, Guid sectionId, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        await FrameworkEditing.DeleteSectionAsync(p.Work, versionId, sectionId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<RecommendationDto>> AddRecommendation(Guid versionId, RecommendationInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        var r = await FrameworkEditing.AddRecommendationAsync(p.Work, versionId, input, ct);
        return TypedResults.Created($"/api/v1/compliance/versions/{versionId}", RecommendationDto.From(r));
    }

    private static async Task<Ok<RecommendationDto>> UpdateRecommendation(Guid versionId, Guid recommendationId, RecommendationInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(RecommendationDto.From(await FrameworkEditing.UpdateRecommendationAsync(p.Work, versionId, recommendationId, input, ct)));

    private static async Task<NoContent> MoveRecommendation(Guid versionId, Guid recommendationId, MoveInput input, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        await FrameworkEditing.MoveRecommendationAsync(p.Work, versionId, recommendationId, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteRecommendation(Guid versionId, Guid recommendationId, [AsParameters] FrameworkWorkParameters p, CancellationToken ct)
    {
        await FrameworkEditing.DeleteRecommendationAsync(p.Work, versionId, recommendationId, ct);
        return TypedResults.NoContent();
    }
}
