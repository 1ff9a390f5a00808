using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Portal;

/// <summary>
/// "My" member record: the one linked to the signed-in account in the active coop. On the first visit, an account is
/// linked to the only active member of the coop who has the account's e-mail; never when two could match.
/// </summary>
internal static class PortalMember
{
    private static readonly string[] LinkedFields = ["userId"];

    public static async Task<Member> FindAsync(MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit, CancellationToken ct)
    {
        var userId = user.UserId ?? throw new DomainException(RegisterIoErrors.PortalMemberNotFound);
        var mine = await db.Members.FirstOrDefaultAsync(m => m.UserId == userId, ct);
        if (mine is not null) return mine;
        var account = await users.FindByIdAsync(userId.ToString());
        var email = account?.Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email)) throw new DomainException(RegisterIoErrors.PortalMemberNotFound);
        var candidates = await db.Members.Where(m => m.Email == email && m.Status == MemberStatus.Active).OrderBy(m => m.Id).Take(2).ToListAsync(ct);
        if (candidates is not [{ UserId: null } member]) throw new DomainException(RegisterIoErrors.PortalMemberNotFound);
        member.UserId = userId;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberUpdated, "Member", member.Id.ToString(), member.CoopId,
            new { member.MemberNumber, Fields = LinkedFields }, Purpose: "portal-link"), ct);
        return member;
    }
}
