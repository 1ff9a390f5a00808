using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Audit;

public sealed record AuditEventDto(long Sequence, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName,
    string? ActorRoles, Guid? CoopId, string? TargetType, string? TargetId, string? Purpose, string? IpAddress, string? Details);

public sealed record AuditFilter(AuditEventType? Type = null, Guid? CoopId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>
/// Reads the audit log for the admin page and the API: federation admins see all of it, coop admins only their
/// coop's events; anyone else is refused.
/// </summary>
public sealed class AuditLogReader(IDbContextFactory<PlatformDbContext> contexts, ICurrentUser user, AuditEventTypes types)
{
    public bool CanRead => user.HasRole(Role.FederationAdmin) || AdminOf().Count > 0;

    private List<Guid> AdminOf() =>
        user.Grants.Where(g => g.Role == Role.CoopAdmin && g.CoopId is not null).Select(g => g.CoopId!.Value).ToList();

    public async Task<Page<AuditEventDto>> ReadAsync(AuditFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        IQueryable<AuditEvent> query = db.AuditEvents.AsNoTracking();
        if (user.HasRole(Role.FederationAdmin))
        {
            if (filter.CoopId is { } c) query = query.Where(e => e.CoopId == c);
        }
        else
        {
            var adminOf = AdminOf();
            if (adminOf.Count == 0) throw new DomainException(PlatformErrors.Forbidden);
            var scope = filter.CoopId ?? user.ActiveCoopId;
            if (scope is null || !adminOf.Contains(scope.Value)) throw new DomainException(PlatformErrors.NotFound);
            query = query.Where(e => e.CoopId == scope);
        }
        if (filter.Type is { } t) query = query.Where(e => e.Type == t);
        if (filter.From is { } f) query = query.Where(e => e.OccurredAt >= f);
        if (filter.To is { } u) query = query.Where(e => e.OccurredAt < u);
        var result = await query.OrderByDescending(e => e.Sequence).ToPageAsync(page, ct);
        return result.Map(e => new AuditEventDto(e.Sequence, e.OccurredAt, types.NameOf(e.Type), e.ActorUserId, e.ActorName,
            e.ActorRoles, e.CoopId, e.TargetType, e.TargetId, e.Purpose, e.IpAddress, e.Details));
    }
}
