using CoopSante.Membership.Common;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Register;

/// <summary>
/// <see cref="IMemberStandings"/> for other modules: the register's <see cref="GoodStanding"/> rule with the bylaws in
/// force today. Callers name the coop, so the read is scoped by that id rather than by the signed-in user's coop.
/// </summary>
internal sealed class MemberStandings(MembershipDbContext db, TimeProvider clock) : IMemberStandings
{
    public Task<MemberStanding?> StandingAsync(Guid coopId, Guid memberId, CancellationToken ct) =>
        StandingOfAsync(coopId, db.Members.IgnoreQueryFilters().Where(m => m.CoopId == coopId && m.Id == memberId), ct);

    public Task<MemberStanding?> FindByUserAsync(Guid coopId, Guid userId, CancellationToken ct) =>
        StandingOfAsync(coopId, db.Members.IgnoreQueryFilters().Where(m => m.CoopId == coopId && m.UserId == userId), ct);

    public Task<MemberStanding?> FindByNumberAsync(Guid coopId, int memberNumber, CancellationToken ct) =>
        StandingOfAsync(coopId, db.Members.IgnoreQueryFilters().Where(m => m.CoopId == coopId && m.MemberNumber == memberNumber), ct);

    public async Task<IReadOnlyList<MemberStanding>> InGoodStandingAsync(Guid coopId, int take, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == coopId).InForceAsync(clock.Today(), ct);
        var active = await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == coopId && m.Status == MemberStatus.Active && m.MemberNumber != null)
            .OrderBy(m => m.MemberNumber).Take(Math.Clamp(take, 0, 10_000) * 2).ToListAsync(ct);
        return active.Where(m => GoodStanding.MemberIsInGoodStanding(m, bylaws)).Take(take)
            .Select(m => new MemberStanding(coopId, m.Id, m.MemberNumber, (MembershipCategory)m.Category, IsActive: true, InGoodStanding: true)).ToList();
    }

    private async Task<MemberStanding?> StandingOfAsync(Guid coopId, IQueryable<Member> query, CancellationToken ct)
    {
        var member = await query.AsNoTracking().FirstOrDefaultAsync(ct);
        if (member is null) return null;
        var bylaws = await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == coopId).InForceAsync(clock.Today(), ct);
        return new MemberStanding(coopId, member.Id, member.MemberNumber, (MembershipCategory)member.Category,
            member.Status == MemberStatus.Active, GoodStanding.MemberIsInGoodStanding(member, bylaws));
    }
}
