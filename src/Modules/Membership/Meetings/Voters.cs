using CoopSante.Membership.Register;
using CoopSante.Membership.Shares;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>A member entitled to vote on a date, with what the door and the notices need.</summary>
internal sealed record Voter(Guid Id, int MemberNumber, string FamilyName, string GivenName, MemberCategory Category, string? Email, string PreferredLanguage, string SearchText);

/// <summary>
/// The members entitled to vote as of a date: active on that date (from the dated status history) and in good
/// standing on that date (shares paid by then against the qualifying shares of the by-laws then in force).
/// A coop has a few thousand members: the rule runs in memory over one projection of the register.
/// </summary>
internal static class Voters
{
    public static async Task<List<Voter>> AsOfAsync(MembershipDbContext db, DateOnly asOf, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.InForceAsync(asOf, ct);
        // Three flat reads instead of correlated sub-queries: the door searches on every keystroke.
        var members = await db.Members.AsNoTracking()
            .Where(m => m.MemberNumber != null && m.AdmittedOn != null && m.AdmittedOn <= asOf)
            .Select(m => new { m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Email, m.PreferredLanguage, m.SearchText, m.Status, m.StatusSince })
            .ToListAsync(ct);
        var statusThen = (await db.StatusChanges.AsNoTracking().Where(s => s.EffectiveOn <= asOf)
                .Select(s => new { s.MemberId, s.EffectiveOn, s.RecordedAt, s.To }).ToListAsync(ct))
            .GroupBy(s => s.MemberId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.RecordedAt).First().To);
        var paid = new Dictionary<Guid, decimal>();
        var sums = await db.ShareTransactions.AsNoTracking().Where(t => t.OccurredOn <= asOf && t.Kind != ShareTransactionKind.Subscription)
            .GroupBy(t => new { t.MemberId, t.Kind }).Select(g => new { g.Key.MemberId, g.Key.Kind, Amount = g.Sum(t => t.Amount) }).ToListAsync(ct);
        foreach (var sum in sums)
        {
            paid[sum.MemberId] = paid.GetValueOrDefault(sum.MemberId) + ShareLedger.PaidSign(sum.Kind) * sum.Amount;
        }
        var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), ignoreCase: true);
        return members
            .Where(m => GoodStanding.MemberIsInGoodStanding(
                statusThen.TryGetValue(m.Id, out var then) ? then : (m.StatusSince <= asOf ? m.Status : MemberStatus.Applicant),
                paid.GetValueOrDefault(m.Id),
                GoodStanding.QualifyingAmount(bylaws, m.Category)))
            .Select(m => new Voter(m.Id, m.MemberNumber!.Value, m.FamilyName, m.GivenName, m.Category, m.Email, m.PreferredLanguage, m.SearchText))
            .OrderBy(v => v.FamilyName, french).ThenBy(v => v.GivenName, french).ThenBy(v => v.MemberNumber)
            .ToList();
    }
}
