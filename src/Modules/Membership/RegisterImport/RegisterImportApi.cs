using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.RegisterImport;

/// <summary>Import of an existing register: a dry run that reports every error, then an all-or-nothing apply under an idempotency key.</summary>
internal static class RegisterImportApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    internal static void Map(RouteGroupBuilder coop)
    {
        var import = coop.MapGroup("/members/import");
        import.MapPost("/dry-run", DryRun).RequireCoopRole(Access.RecordBoardDecisions).DisableAntiforgery()
            .WithSummary("Reads a CSV or XLSX register (multipart: file, optional mapping as JSON field → header) and lists every error by line and column; writes nothing.");
        import.MapPost("", Apply).RequireCoopRole(Access.RecordBoardDecisions).DisableAntiforgery()
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

    public static async Task<Ok<ImportResult>> Apply(Guid coopId, IFormFile? file, [FromForm] string? mapping, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        MembershipDbContext db, IAuditTrail audit, ICurrentUser user, ErrorMessages messages, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey)) throw new DomainException(RegisterIoErrors.IdempotencyKeyRequired.At(IdempotencyHeader));
        if (idempotencyKey.Length > 100) throw new DomainException(PlatformErrors.TooLong.At(IdempotencyHeader, 100));
        var overrides = ParseMapping(mapping);
        if (file is null || file.Length == 0) throw new DomainException(RegisterIoErrors.FileRequired.At("file"));
        await using var stream = await BufferAsync(file, ct);
        var hash = Hash(stream, mapping);
        var caller = user.UserId ?? user.ApiKeyId ?? Guid.Empty;

        var job = await StartJobAsync(db, clock, coopId, caller, idempotencyKey, hash, ct);
        if (job.Status == ImportJobStatus.Succeeded) return TypedResults.Ok(new ImportResult(job.Imported, 0));
        try
        {
            stream.Position = 0;
            var result = await RegisterImporter.ImportAsync(db, messages, audit, user.UserId, clock, coopId, stream, overrides,
                done => db.Set<ImportJob>().Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Status, ImportJobStatus.Succeeded)
                    .SetProperty(j => j.Imported, done.Imported)
                    .SetProperty(j => j.CompletedAt, clock.GetUtcNow()), ct),
                null, ct);
            return TypedResults.Ok(result);
        }
        catch
        {
            // A refused or failed import frees its key: the corrected file may be sent again under it.
            db.ChangeTracker.Clear();
            await db.Set<ImportJob>().Where(j => j.Id == job.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Claims the key for this coop and caller, or answers from the earlier request under it.</summary>
    private static async Task<ImportJob> StartJobAsync(MembershipDbContext db, TimeProvider clock, Guid coopId, Guid caller, string key, string hash, CancellationToken ct)
    {
        var existing = await db.Set<ImportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.CoopId == coopId && j.CallerId == caller && j.IdempotencyKey == key, ct);
        if (existing is null)
        {
            var job = new ImportJob { Id = Guid.CreateVersion7(), CoopId = coopId, CallerId = caller, IdempotencyKey = key, RequestHash = hash, Status = ImportJobStatus.Running, StartedAt = clock.GetUtcNow() };
            db.Add(job);
            try
            {
                await db.SaveChangesAsync(ct);
                db.Entry(job).State = EntityState.Detached;
                return job;
            }
            catch (DbUpdateException)
            {
                // Another request claimed the key between our read and our insert.
                db.ChangeTracker.Clear();
                existing = await db.Set<ImportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.CoopId == coopId && j.CallerId == caller && j.IdempotencyKey == key, ct);
                if (existing is null) throw;
            }
        }
        if (!string.Equals(existing.RequestHash, hash, StringComparison.Ordinal)) throw new DomainException(RegisterIoErrors.IdempotencyKeyReused.At(IdempotencyHeader));
        if (existing.Status == ImportJobStatus.Running) throw new DomainException(RegisterIoErrors.ImportInProgress.At(IdempotencyHeader));
        return existing;
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

    private static string Hash(MemoryStream file, string? mapping)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(file.GetBuffer(), 0, (int)file.Length);
        sha.AppendData(Encoding.UTF8.GetBytes("\n" + (mapping ?? "")));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
