using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Rules;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>A member entitled to vote on a date, with what the door and the notices need.</summary>
public sealed record Voter(Guid Id, int MemberNumber, string FamilyName, string GivenName, MemberCategory Category, string? Email, string PreferredLanguage, string SearchText);

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
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.MemberNumber != null && m.AdmittedOn != null && m.AdmittedOn <= asOf)
            .Select(m => new
            {
                m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Email, m.PreferredLanguage, m.SearchText, m.Status, m.StatusSince,
                StatusThen = db.StatusChanges.Where(s => s.MemberId == m.Id && s.EffectiveOn <= asOf)
                    .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.RecordedAt).Select(s => (MemberStatus?)s.To).FirstOrDefault(),
                Paid = db.ShareTransactions.Where(t => t.MemberId == m.Id && t.OccurredOn <= asOf && (t.Kind == ShareTransactionKind.Payment || t.Kind == ShareTransactionKind.TransferIn)).Sum(t => (decimal?)t.Amount) ?? 0m,
                Withdrawn = db.ShareTransactions.Where(t => t.MemberId == m.Id && t.OccurredOn <= asOf && (t.Kind == ShareTransactionKind.TransferOut || t.Kind == ShareTransactionKind.Refund)).Sum(t => (decimal?)t.Amount) ?? 0m,
            })
            .ToListAsync(ct);
        return rows
            .Where(r => GoodStanding.MemberIsInGoodStanding(
                r.StatusThen ?? (r.StatusSince <= asOf ? r.Status : MemberStatus.Applicant),
                r.Paid - r.Withdrawn,
                GoodStanding.QualifyingAmount(bylaws, r.Category)))
            .Select(r => new Voter(r.Id, r.MemberNumber!.Value, r.FamilyName, r.GivenName, r.Category, r.Email, r.PreferredLanguage, r.SearchText))
            .OrderBy(v => v.FamilyName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), ignoreCase: true))
            .ThenBy(v => v.GivenName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), ignoreCase: true))
            .ThenBy(v => v.MemberNumber)
            .ToList();
    }
}
