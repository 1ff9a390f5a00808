using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Security.AuditorAssignments;

public sealed record AuditorAssignmentDto(Guid Id, Guid AuditorId, string AuditorName, Guid CoopId, string CoopName, DateTimeOffset AssignedAt, Guid? AssignedBy);

public sealed record AuditorDto(Guid Id, string DisplayName, string Email);

public sealed record AssignAuditorRequest(Guid AuditorId, Guid CoopId);

public static class AuditorAssignmentErrors
{
    public static readonly ErrorCode NotAnAuditor = new("Platform.NotAnAuditor");
    public static readonly ErrorCode AlreadyAssigned = new("Platform.AuditorAlreadyAssigned", ErrorKind.Conflict);
}

/// <summary>The federation admin assigns auditors to coops and ends assignments; both audited.</summary>
public sealed class AuditorAssignmentService(PlatformDbContext db, IAuditTrail audit, CurrentUser user, ICoopDirectory coops, TimeProvider clock)
{
    public async Task<Page<AuditorAssignmentDto>> ListAsync(Guid? auditorId, Guid? coopId, PageRequest page, CancellationToken ct = default)
    {
        var query =
            from a in db.AuditorAssignments.AsNoTracking()
            join u in db.Users.AsNoTracking() on a.AuditorId equals u.Id
            where (auditorId == null || a.AuditorId == auditorId) && (coopId == null || a.CoopId == coopId)
            orderby u.DisplayName, a.AssignedAt, a.Id
            select new { a.Id, a.AuditorId, u.DisplayName, a.CoopId, a.AssignedAt, a.AssignedBy };
        var rows = await query.ToPageAsync(page, ct);
        var names = await coops.NamesAsync(rows.Items.Select(r => r.CoopId).ToList(), ct);
        return rows.Map(r => new AuditorAssignmentDto(r.Id, r.AuditorId, r.DisplayName, r.CoopId, names.GetValueOrDefault(r.CoopId, ""), r.AssignedAt, r.AssignedBy));
    }

    /// <summary>People who hold the federation auditor role, by name (a page of them, for choosing whom to assign).</summary>
    public async Task<Page<AuditorDto>> AuditorsAsync(PageRequest page, CancellationToken ct = default) =>
        await (from g in db.RoleGrants.AsNoTracking()
               join u in db.Users.AsNoTracking() on g.UserId equals u.Id
               where g.Role == Role.FederationAuditor
               orderby u.DisplayName, u.Id
               select new AuditorDto(u.Id, u.DisplayName, u.Email ?? "")).ToPageAsync(page, ct);

    /// <summary>Null when the caller sees every coop of the registry (a federation admin); otherwise the coops assigned to them.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleCoopsAsync(CancellationToken ct = default)
    {
        if (user.HasRole(Role.FederationAdmin)) return null;
        if (user.UserId is not { } id || !user.HasRole(Role.FederationAuditor)) return [];
        return await db.AuditorAssignments.AsNoTracking().Where(a => a.AuditorId == id).Select(a => a.CoopId).ToListAsync(ct);
    }

    public async Task<AuditorAssignmentDto> AssignAsync(AssignAuditorRequest request, CancellationToken ct = default)
    {
        var auditor = await db.Users.AsNoTracking().Where(u => u.Id == request.AuditorId).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (auditor is null || !await db.RoleGrants.AnyAsync(g => g.UserId == request.AuditorId && g.Role == Role.FederationAuditor, ct))
            throw new DomainException(AuditorAssignmentErrors.NotAnAuditor.At("auditorId"));
        var names = await coops.NamesAsync([request.CoopId], ct);
        if (!names.TryGetValue(request.CoopId, out var coopName)) throw new DomainException(PlatformErrors.NotFound.At("coopId"));
        if (await db.AuditorAssignments.AnyAsync(a => a.AuditorId == request.AuditorId && a.CoopId == request.CoopId, ct))
            throw new DomainException(AuditorAssignmentErrors.AlreadyAssigned);
        var assignment = new AuditorAssignment
        {
            Id = Guid.CreateVersion7(), AuditorId = request.AuditorId, CoopId = request.CoopId, AssignedAt = clock.GetUtcNow(), AssignedBy = user.UserId,
        };
        db.AuditorAssignments.Add(assignment);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AuditorAssigned, "User", request.AuditorId.ToString(), request.CoopId, new { assignment = assignment.Id }), ct);
        return new AuditorAssignmentDto(assignment.Id, assignment.AuditorId, auditor.DisplayName, assignment.CoopId, coopName, assignment.AssignedAt, assignment.AssignedBy);
    }

    public async Task UnassignAsync(Guid assignmentId, CancellationToken ct = default)
    {
        var assignment = await db.AuditorAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        db.AuditorAssignments.Remove(assignment);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.AuditorUnassigned, "User", assignment.AuditorId.ToString(), assignment.CoopId,
            new { assignment = assignment.Id, since = assignment.AssignedAt }), ct);
    }
}
