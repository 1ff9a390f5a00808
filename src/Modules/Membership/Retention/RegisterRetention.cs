using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Retention;

/// <summary>What one retention run anonymized.</summary>
internal sealed record RetentionResult(int RefusedApplicants, int FormerMembers, int HouseholdPersons, DateOnly RefusedBefore, DateOnly EndedBefore);

/// <summary>
/// Anonymizes, across every coop, the people whose retention period is over: refused applicants and former members. Their
/// identity and contact details are cleared, their household persons deleted and refusal reasons erased, while the member
/// number, category, status, dates and the share ledger stay (the register's history and the accounts stay whole). Set-based
/// statements in one transaction, with one audit row for the run, so a crash leaves everything or nothing.
/// </summary>
internal static class RegisterRetention
{
    /// <summary>What an anonymized person's names become; also how a later run knows it has nothing left to do for them.</summary>
    public const string AnonymizedName = "—";

    private static readonly MemberStatus[] Ended = [MemberStatus.Resigned, MemberStatus.Excluded, MemberStatus.Deceased];

    public static async Task<RetentionResult> RunAsync(MembershipDbContext db, IAuditTrail audit, RetentionOptions options, DateOnly today, CancellationToken ct)
    {
        var refusedBefore = today.AddMonths(-Math.Max(0, options.RefusedApplicationMonths));
        var endedBefore = today.AddYears(-Math.Max(0, options.FormerMemberYears));
        var members = db.Members.IgnoreQueryFilters().Where(m => m.FamilyName != AnonymizedName
            && ((m.Status == MemberStatus.Refused && m.StatusSince < refusedBefore) || (Ended.Contains(m.Status) && m.StatusSince < endedBefore)));
        return await db.InTransactionAsync(async () =>
        {
            var households = await db.HouseholdPersons.IgnoreQueryFilters().Where(h => members.Any(m => m.Id == h.MemberId)).ExecuteDeleteAsync(ct);
            await db.Applications.IgnoreQueryFilters().Where(a => a.RefusalReason != null && members.Any(m => m.Id == a.MemberId))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RefusalReason, (string?)null), ct);
            var refused = await Anonymize(members.Where(m => m.Status == MemberStatus.Refused), ct);
            var former = await Anonymize(members.Where(m => m.Status != MemberStatus.Refused), ct);
            var result = new RetentionResult(refused, former, households, refusedBefore, endedBefore);
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.RetentionApplied, "MemberRegister", null, null, result)], ct);
            return result;
        }, ct);
    }

    private static Task<int> Anonymize(IQueryable<Member> members, CancellationToken ct) => members.ExecuteUpdateAsync(s => s
        .SetProperty(m => m.FamilyName, AnonymizedName).SetProperty(m => m.GivenName, AnonymizedName)
        .SetProperty(m => m.DateOfBirth, (DateOnly?)null).SetProperty(m => m.Street, "").SetProperty(m => m.City, "").SetProperty(m => m.PostalCode, "")
        .SetProperty(m => m.Phone, (string?)null).SetProperty(m => m.Email, (string?)null).SetProperty(m => m.SearchText, "")
        .SetProperty(m => m.UserId, (Guid?)null).SetProperty(m => m.Version, m => m.Version + 1), ct);
}
