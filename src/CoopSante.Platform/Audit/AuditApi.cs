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
    public sealed record AuditEventDto(long Sequence, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName,
        string? ActorRoles, Guid? CoopId, string? TargetType, string? TargetId, string? Purpose, string? IpAddress, string? Details);

    public sealed record VerifyResult(bool Intact, long Checked, long? BrokenAt, string? Reason);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit");
        group.MapGet("/verify", Verify).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Recomputes the audit hash chain and reports the first broken link.");
        group.MapGet("/events", List).RequireAuthorization(Policies.IsSignedIn)
            .WithSummary("Pages through the audit log: federation admins see all of it, coop admins their coop's events.");
        return app;
    }

    internal static async Task<VerifyResult> VerifyChainAsync(PlatformDbContext db, AuditChain chain, CancellationToken ct)
    {
        var rows = db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var buffer = new List<AuditEvent>();
        await foreach (var row in rows.WithCancellation(ct)) buffer.Add(row);
        var broken = AuditChain.FindBreak(buffer, chain, out var count);
        return new VerifyResult(broken is null, count, broken?.Sequence, broken?.Reason.ToString());
    }

    private static async Task<Ok<VerifyResult>> Verify(PlatformDbContext db, AuditChain chain, IAuditTrail audit, CancellationToken ct)
    {
        var result = await VerifyChainAsync(db, chain, ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.AuditChainVerified, Details: new { result.Intact, result.Checked, result.BrokenAt })], ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<Page<AuditEventDto>>, ProblemHttpResult>> List(
        PlatformDbContext db, ICurrentUser user, HttpContext http, CancellationToken ct,
        int? page = null, int? pageSize = null, int? type = null, Guid? coopId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var request = PageRequest.From(page, pageSize);
        IQueryable<AuditEvent> query = db.AuditEvents.AsNoTracking();
        if (user.HasRole(Role.FederationAdmin))
        {
            if (coopId is { } c) query = query.Where(e => e.CoopId == c);
        }
        else
        {
            var adminOf = user.Grants.Where(g => g.Role == Role.CoopAdmin && g.CoopId is not null).Select(g => g.CoopId!.Value).ToList();
            if (adminOf.Count == 0) return (ProblemHttpResult)Problems.Result(http, PlatformErrors.Forbidden);
            var scope = coopId ?? user.ActiveCoopId;
            if (scope is null || !adminOf.Contains(scope.Value)) return (ProblemHttpResult)Problems.Result(http, PlatformErrors.NotFound);
            query = query.Where(e => e.CoopId == scope);
        }
        if (type is { } t)
        {
            if (!Enum.IsDefined(typeof(AuditEventType), t)) return (ProblemHttpResult)Problems.Result(http, PlatformErrors.InvalidValue.At("type"));
            query = query.Where(e => e.Type == (AuditEventType)t);
        }
        if (from is { } f) query = query.Where(e => e.OccurredAt >= f);
        if (to is { } u) query = query.Where(e => e.OccurredAt < u);
        var result = await query.OrderByDescending(e => e.Sequence).ToPageAsync(request, ct);
        return TypedResults.Ok(result.Map(e => new AuditEventDto(e.Sequence, e.OccurredAt, e.Type.ToString(), e.ActorUserId, e.ActorName,
            e.ActorRoles, e.CoopId, e.TargetType, e.TargetId, e.Purpose, e.IpAddress, e.Details)));
    }
}
