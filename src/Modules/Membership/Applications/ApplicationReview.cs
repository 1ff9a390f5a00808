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
        var people = rows.Items.Select(r => new
        {
            r.Application, r.SharesPaid, r.GuardianName, r.GuardianRelationship,
            Family = SearchNormalizer.Normalize(r.Application.FamilyName), Given = SearchNormalizer.Normalize(r.Application.GivenName),
            Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim().ToLowerInvariant(),
            Phone = SearchNormalizer.Digits(r.Phone) is { Length: >= 10 } digits ? digits : null,
        }).ToList();
        var candidates = await CandidatesAsync(db, coopId,
            people.Select(p => p.Application.DateOfBirth).Where(d => d is not null).Distinct().ToList(),
            people.Select(p => p.Email).OfType<string>().Distinct().ToList(),
            people.Select(p => p.Phone).OfType<string>().Distinct().ToList(), ct);
        var result = new List<ApplicationReviewRow>(people.Count);
        foreach (var p in people)
        {
            var others = candidates.Where(m => m.Id != p.Application.MemberId).ToList();
            var duplicates = others
                .Select(m => (m, Reason: ApplicationsApi.DuplicateReason(m, p.Family, p.Given, p.Application.DateOfBirth, p.Email)))
                .Where(x => x.Reason is not null).Select(x => Duplicate(x.m, x.Reason!)).ToList();
            if (p.Phone is not null)
                duplicates.AddRange(others.Where(m => duplicates.All(d => d.MemberId != m.Id) && string.Equals(SearchNormalizer.Digits(m.Phone), p.Phone, StringComparison.Ordinal))
                    .Select(m => Duplicate(m, PhoneReason)));
            var due = bylaws?.Categories.FirstOrDefault(c => c.Category == p.Application.Category)?.QualifyingAmount;
            result.Add(new ApplicationReviewRow(p.Application, p.SharesPaid, due, duplicates, p.GuardianName, p.GuardianRelationship));
        }
        return new Page<ApplicationReviewRow>(result, rows.Total, rows.PageNumber, rows.PageSize);
    }

    private static LikelyDuplicate Duplicate(Member m, string reason) => new(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Status, reason);

    /// <summary>
    /// One read for the whole page: the coop's members sharing a date of birth, an e-mail or a phone (its digits are a word
    /// of the stored search text, whatever way it was typed) with any row; each row's matches are then checked exactly.
    /// </summary>
    private static async Task<List<Member>> CandidatesAsync(MembershipDbContext db, Guid coopId, List<DateOnly?> births, List<string> emails, List<string> phones, CancellationToken ct)
    {
        if (births.Count + emails.Count + phones.Count == 0) return [];
        return await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == coopId && (births.Contains(m.DateOfBirth) || (m.Email != null && emails.Contains(m.Email))
                || (m.Phone != null && phones.Any(digits => EF.Functions.Like(m.SearchText, "%" + digits + "%")))))
            .OrderBy(m => m.Id).Take(MaxCandidates).ToListAsync(ct);
    }

    /// <summary>A bound on one page's read (25 rows share few birth dates, e-mails or phones with the register).</summary>
    private const int MaxCandidates = 2_000;
}
