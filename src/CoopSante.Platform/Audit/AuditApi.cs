using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Audit;

internal static class AuditApi
{
    /// <summary>What verification found; <see cref="BrokenAt"/> is a position in <see cref="Chain"/> ("" = outside any coop).</summary>
    public sealed record VerifyResult(bool Intact, long Checked, long? BrokenAt, string? Reason, string? Chain = null);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").ProducesSignedInProblems();
        group.MapGet("/verify", Verify).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Recomputes the audit hash chain and reports the first broken link.");
        group.MapGet("/events", List).RequireAuthorization(Policies.IsSignedIn)
            .WithSummary("Pages through the audit log: federation admins see all of it, coop admins their coop's events.");
        return app;
    }

    /// <summary>
    /// Walks every chain in position order and recomputes it, then checks that each chain reaches its head in the
    /// database and the signed checkpoint kept outside it (a removed tail is reported as such). A log that holds moves
    /// the checkpoint forward.
    /// </summary>
    internal static async Task<VerifyResult> VerifyChainAsync(PlatformDbContext db, AuditChain chain, AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var outside = await checkpoint.ReadAsync(ct);
        if (outside is null) return new VerifyResult(false, 0, null, nameof(AuditBreakReason.CheckpointInvalid));
        var heads = await db.AuditChainHeads.AsNoTracking().Where(h => h.Chain != AuditTrail.SqliteCounter).ToDictionaryAsync(h => h.Chain, h => h.LastSequence, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long done = 0;
        string? current = null;
        AuditChain.Verifier? verifier = null;

        VerifyResult? Tail(string key, long last)
        {
            var expected = Math.Max(heads.GetValueOrDefault(key), outside.TryGetValue(key, out var c) ? c.Sequence : 0);
            return last < expected ? new VerifyResult(false, done, last + 1, nameof(AuditBreakReason.TruncatedTail), key) : null;
        }

        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Chain).ThenBy(e => e.ChainSequence).ThenBy(e => e.Sequence)
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!string.Equals(row.Chain, current, StringComparison.Ordinal))
            {
                if (current is not null && Tail(current, verifier!.Last) is { } cut) return cut;
                current = row.Chain;
                seen.Add(current);
                verifier = new AuditChain.Verifier(chain);
            }
            done++;
            if (verifier!.Next(row) is { } broken) return new VerifyResult(false, done, broken.Sequence, broken.Reason.ToString(), current);
            if (outside.TryGetValue(row.Chain, out var mark) && mark.Sequence == row.Position && !string.Equals(mark.Hash, row.Hash, StringComparison.Ordinal))
                return new VerifyResult(false, done, row.Position, nameof(AuditBreakReason.HashMismatch), current);
        }
        if (current is not null && Tail(current, verifier!.Last) is { } end) return end;
        foreach (var key in heads.Keys.Concat(outside.Keys).Where(k => !seen.Contains(k)))
        {
            if (Tail(key, 0) is { } gone) return gone;
        }
        await checkpoint.AdvanceAsync(db, ct);
        return new VerifyResult(true, done, null, null);
    }

    private static async Task<Ok<VerifyResult>> Verify(PlatformDbContext db, AuditChain chain, AuditCheckpoint checkpoint, IAuditTrail audit, CancellationToken ct)
    {
        var result = await VerifyChainAsync(db, chain, checkpoint, ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.AuditChainVerified, Details: new { result.Intact, result.Checked, result.BrokenAt, result.Chain })], ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<Page<AuditEventDto>>> List(AuditLogReader reader, AuditEventTypes types, CancellationToken ct,
        int? page = null, int? pageSize = null, int? type = null, Guid? coopId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var request = PageRequest.From(page, pageSize);
        if (type is { } t && !types.IsKnown((AuditEventType)t)) throw new DomainException(PlatformErrors.InvalidValue.At("type"));
        var result = await reader.ReadAsync(new AuditFilter((AuditEventType?)type, coopId, from, to), request, ct);
        return TypedResults.Ok(result);
    }
}
