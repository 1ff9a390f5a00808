using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Identity.People;

public sealed record PersonGrantDto(Guid GrantId, Guid UserId, string DisplayName, string Email, string Role, DateTimeOffset GrantedAt);

/// <summary>The people who hold roles in a coop, and revoking a role.</summary>
internal sealed class PeopleService(PlatformDbContext db, IAuditTrail audit, CurrentUser user, UserManager<AppUser> users)
{
    public async Task<Page<PersonGrantDto>> ListAsync(Guid coopId, PageRequest page, CancellationToken ct = default)
    {
        AdminRights.EnsureCanAdminister(user, coopId);
        var query =
            from g in db.RoleGrants.AsNoTracking()
            join u in db.Users.AsNoTracking() on g.UserId equals u.Id
            where g.CoopId == coopId
            orderby u.DisplayName, u.Email, g.Role
            select new PersonGrantDto(g.Id, u.Id, u.DisplayName, u.Email ?? "", g.Role.ToString(), g.GrantedAt);
        return await query.ToPageAsync(page, ct);
    }

    public async Task RevokeAsync(Guid coopId, Guid grantId, CancellationToken ct = default)
    {
        AdminRights.EnsureCanAdminister(user, coopId);
        var grant = await db.RoleGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.CoopId == coopId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        if (grant.UserId == user.UserId && grant.Role == Role.CoopAdmin)
            throw new DomainException(IdentityErrors.CannotRevokeOwnAdminRole);
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.RoleRevoked, "User", grant.UserId.ToString(), coopId, new { role = grant.Role.ToString() }), ct);
        // Open sessions of that person re-check their security stamp and lose the role.
        if (await users.FindByIdAsync(grant.UserId.ToString()) is { } person) await users.UpdateSecurityStampAsync(person);
    }
}
