using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Text;
using CoopSante.Membership.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Applications;

/// <summary>One pending application as the board reviews it: whether the qualifying shares are paid, who may be the same person, and a guardian's consent.</summary>
internal sealed record ApplicationReviewRow(
    PendingApplication Application, decimal SharesPaid, decimal? QualifyingAmount, IReadOnlyList<LikelyDuplicate> Duplicates,
    string? GuardianName, GuardianRelationship? GuardianRelationship)
{
    public bool SharesFullyPaid => QualifyingAmount is { } due && SharesPaid >= due;
}

/// <summary>
/// The pending applications, a page at a time, with what the board must see before admitting: shares paid against the
/// by-laws' qualifying amount, and likely duplicates in the register (same name and date of birth, same e-mail, same
/// phone). The register holds no health insurance number (NAM), so it is never compared.
/// </summary>
internal static class ApplicationReview
{
    public const string PhoneReason = "Phone";

    public static async Task<Ok<Page<ApplicationReviewRow>>> Get(Guid coopId, MembershipDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await PageAsync(db, clock, coopId, PageRequest.From(page, pageSize), ct));

    public static async Task<Page<ApplicationReviewRow>> PageAsync(MembershipDbContext db, TimeProvider clock, Guid coopId, PageRequest request, CancellationToken ct)
    {
        var rows = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Pending)
            .Join(db.Members, a => a.MemberId, m => m.Id, (a, m) => new { a, m })
            .OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id)
            .Select(x => new
            {
                Application = new PendingApplication(x.a.Id, x.m.Id, x.m.FamilyName, x.m.GivenName, x.m.DateOfBirth, x.m.Category, x.a.Channel, x.a.SubmittedAt, x.a.Status),
                x.m.SharesPaid, x.m.Email, x.m.Phone, x.a.GuardianName, x.a.GuardianRelationship,
            })
            .ToPageAsync(request, ct);
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
        var result = new List<ApplicationReviewRow>(rows.Items.Count);
        foreach (var r in rows.Items)
        {
            var a = r.Application;
            var identity = new Register.MemberInput { FamilyName = a.FamilyName, GivenName = a.GivenName, DateOfBirth = a.DateOfBirth, Email = r.Email };
            var duplicates = (await ApplicationsApi.FindDuplicatesAsync(db, coopId, identity, ct)).Where(d => d.MemberId != a.MemberId).ToList();
            foreach (var d in await SamePhoneAsync(db, a.MemberId, r.Phone, ct))
                if (duplicates.All(x => x.MemberId != d.MemberId)) duplicates.Add(d);
            var due = bylaws?.Categories.FirstOrDefault(c => c.Category == a.Category)?.QualifyingAmount;
            result.Add(new ApplicationReviewRow(a, r.SharesPaid, due, duplicates, r.GuardianName, r.GuardianRelationship));
        }
        return new Page<ApplicationReviewRow>(result, rows.Total, rows.PageNumber, rows.PageSize);
    }

    /// <summary>Others whose phone has the same digits, however it was typed ("450 555-0101", "(450) 555-0101").</summary>
    private static async Task<IReadOnlyList<LikelyDuplicate>> SamePhoneAsync(MembershipDbContext db, Guid self, string? phone, CancellationToken ct)
    {
        var digits = SearchNormalizer.Digits(phone);
        if (digits.Length < 10) return [];
        // The stored search text holds each member's phone digits as one word: a narrow superset, checked exactly below.
        var candidates = await db.Members.AsNoTracking().Where(m => m.Id != self && m.Phone != null && m.SearchText.Contains(digits))
            .OrderBy(m => m.Id).Take(20).Select(m => new { m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Status, m.Phone }).ToListAsync(ct);
        return candidates.Where(m => string.Equals(SearchNormalizer.Digits(m.Phone), digits, StringComparison.Ordinal))
            .Select(m => new LikelyDuplicate(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Status, PhoneReason)).ToList();
    }
}
