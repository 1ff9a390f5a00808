using System.Text.Json;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Idempotency;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Membership.RegisterImport;

/// <summary>Import of an existing register: a dry run that reports every error, then an all-or-nothing apply under an idempotency key.</summary>
internal static class RegisterImportApi
{
    public const string IdempotencyHeader = IdempotencyFilter.Header;

    /// <summary>The import's own error codes (kept stable for its clients) and a lease longer than the largest import.</summary>
    internal static readonly IdempotencyOptions Idempotency = new()
    {
        Lease = TimeSpan.FromMinutes(10),
        KeyRequired = RegisterIoErrors.IdempotencyKeyRequired,
        KeyReused = RegisterIoErrors.IdempotencyKeyReused,
        InProgress = RegisterIoErrors.ImportInProgress,
    };

    internal static void Map(RouteGroupBuilder coop)
    {
        var import = coop.MapGroup("/members/import").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        import.MapPost("/dry-run", DryRun).DisableAntiforgery()
            .WithSummary("Reads a CSV or XLSX register (multipart: file, optional mapping as JSON field → header) and lists every error by line and column; writes nothing.");
        import.MapPost("", Apply).RequireIdempotencyKey(Idempotency).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).DisableAntiforgery()
            .WithSummary("Imports the register all-or-nothing; requires an Idempotency-Key header.");
    }

    public static async Task<Ok<ImportReport>> DryRun(IFormFile? file, [FromForm] string? mapping, MembershipDbContext db, ErrorMessages messages, TimeProvider clock, CancellationToken ct)
    {
        var overrides = ParseMapping(mapping);
        if (file is null || file.Length == 0) throw new DomainException(RegisterIoErrors.FileRequired.At("file"));
        await using var stream = await BufferAsync(file, ct);
        var (table, map, validation) = await RegisterImporter.ValidateAsync(db, messages, clock, stream, overrides, null, ct);
        return TypedResults.Ok(RegisterImporter.Report(table, map, validation));
    }

    /// <summary>Runs under the platform's Idempotency-Key filter (see <see cref="Idempotency"/>): a replay answers the first result.</summary>
    public static async Task<Ok<ImportResult>> Apply(Guid coopId, IFormFile? file, [FromForm] string? mapping,
        MembershipDbContext db, IAuditTrail audit, ICurrentUser user, ErrorMessages messages, TimeProvider clock, CancellationToken ct)
    {
        var overrides = ParseMapping(mapping);
        if (file is null || file.Length == 0) throw new DomainException(RegisterIoErrors.FileRequired.At("file"));
        await using var stream = await BufferAsync(file, ct);
        return TypedResults.Ok(await RegisterImporter.ImportAsync(db, messages, audit, user.UserId, clock, coopId, stream, overrides, null, null, ct));
    }

    internal static IReadOnlyDictionary<string, string?>? ParseMapping(string? mapping)
    {
        if (string.IsNullOrWhiteSpace(mapping)) return null;
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(mapping) ?? throw new DomainException(RegisterIoErrors.MappingInvalid.At("mapping", mapping));
        }
        catch (JsonException)
        {
            throw new DomainException(PlatformErrors.MalformedRequest.At("mapping"));
        }
    }

    private static async Task<MemoryStream> BufferAsync(IFormFile file, CancellationToken ct)
    {
        var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return buffer;
    }
}
