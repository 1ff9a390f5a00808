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
    public sealed record VerifyResult(bool Intact, long Checked, long? BrokenAt, string? Reason);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").ProducesSignedInProblems();
        group.MapGet("/verify", Verify).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Recomputes the audit hash chain and reports the first broken link.");
        group.MapGet("/events", List).RequireAuthorization(Policies.IsSignedIn)
            .WithSummary("Pages through the audit log: federation admins see all of it, coop admins their coop's events.");
        return app;
    }

    internal static async Task<VerifyResult> VerifyChainAsync(PlatformDbContext db, AuditChain chain, CancellationToken ct)
    {
        var verifier = new AuditChain.Verifier(chain);
        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (verifier.Next(row) is { } broken) return new VerifyResult(false, verifier.Checked, broken.Sequence, broken.Reason.ToString());
        }
        return new VerifyResult(true, verifier.Checked, null, null);
    }

    private static async Task<Ok<VerifyResult>> Verify(PlatformDbContext db, AuditChain chain, IAuditTrail audit, CancellationToken ct)
    {
        var result = await VerifyChainAsync(db, chain, ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.AuditChainVerified, Details: new { result.Intact, result.Checked, result.BrokenAt })], ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<Page<AuditEventDto>>> List(AuditLogReader reader, CancellationToken ct,
        int? page = null, int? pageSize = null, int? type = null, Guid? coopId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var request = PageRequest.From(page, pageSize);
        if (type is { } t && !Enum.IsDefined(typeof(AuditEventType), t)) throw new DomainException(PlatformErrors.InvalidValue.At("type"));
        var result = await reader.ReadAsync(new AuditFilter((AuditEventType?)type, coopId, from, to), request, ct);
        return TypedResults.Ok(result);
    }
}
