using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>A member entitled to vote on a date, with what the door and the notices need.</summary>
internal sealed record Voter(Guid Id, int MemberNumber, string FamilyName, string GivenName, MemberCategory Category, string? Email, string PreferredLanguage, string SearchText);

/// <summary>
/// The members entitled to vote as of a date: active on that date (from the dated status history), one member one vote
/// (s. 4(2)), whether or not their qualifying shares are fully paid yet, except those whose vote the board suspended
/// on that date (s. 60.2, <see cref="Governance.VoteSuspension"/>). A coop has a few thousand members: the rule runs in
/// memory over one projection of the register.
/// </summary>
internal static class Voters
{
    public static async Task<List<Voter>> AsOfAsync(MembershipDbContext db, DateOnly asOf, CancellationToken ct)
    {
        // Three flat reads instead of correlated sub-queries: the door searches on every keystroke.
        var members = await db.Members.AsNoTracking()
            .Where(m => m.MemberNumber != null && m.AdmittedOn != null && m.AdmittedOn <= asOf)
            .Select(m => new { m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Email, m.PreferredLanguage, m.SearchText, m.Status, m.StatusSince })
            .ToListAsync(ct);
        var statusThen = (await db.StatusChanges.AsNoTracking().Where(s => s.EffectiveOn <= asOf)
                .Select(s => new { s.MemberId, s.EffectiveOn, s.RecordedAt, s.To }).ToListAsync(ct))
            .GroupBy(s => s.MemberId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.RecordedAt).First().To);
        var suspended = (await db.Set<Governance.VoteSuspension>().AsNoTracking().Where(s => s.DecidedOn <= asOf && (s.LiftedOn == null || s.LiftedOn > asOf))
            .Select(s => s.MemberId).ToListAsync(ct)).ToHashSet();
        var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), ignoreCase: true);
        return members
            .Where(m => (statusThen.TryGetValue(m.Id, out var then) ? then : (m.StatusSince <= asOf ? m.Status : MemberStatus.Applicant)) == MemberStatus.Active)
            .Where(m => !suspended.Contains(m.Id))
            .Select(m => new Voter(m.Id, m.MemberNumber!.Value, m.FamilyName, m.GivenName, m.Category, m.Email, m.PreferredLanguage, m.SearchText))
            .OrderBy(v => v.FamilyName, french).ThenBy(v => v.GivenName, french).ThenBy(v => v.MemberNumber)
            .ToList();
    }
}
