using CoopSante.Platform.Paging;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>Reads of the coop's enrolments (the query filter keeps them to the caller's coop).</summary>
internal static class EnrolmentQueries
{
    public static async Task<Page<EnrolmentListItem>> ListAsync(TelemedicineDbContext db, string? q, EnrolmentStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Enrolments.AsNoTracking();
        if (status is { } st) query = query.Where(e => e.Status == st);
        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            if (term.Length > 100) term = term[..100];
            query = int.TryParse(term, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? query.Where(e => e.MemberNumber == number)
#pragma warning disable CA1304, CA1311 // translated to SQL lower(), which has no culture
                : query.Where(e => EF.Functions.Like(e.MemberName.ToLower(), "%" + Escape(term.ToLowerInvariant()) + "%", "\\"));
#pragma warning restore CA1304, CA1311
        }
        return await query.OrderByDescending(e => e.EnrolledAt).ThenBy(e => e.Id)
            .Select(e => new EnrolmentListItem(e.Id, e.MemberId, e.MemberNumber, e.MemberName, e.Status, e.CoverageStart, e.CoverageEnd,
                e.People.Count(p => p.CoverageEnd == null || p.CoverageEnd >= e.CoverageStart), e.PaymentMethod, e.DunningState))
            .ToPageAsync(page, ct);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public static async Task<EnrolmentDto?> GetAsync(TelemedicineDbContext db, Guid id, CancellationToken ct)
    {
        var e = await db.Enrolments.AsNoTracking().Include(x => x.People).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var consent = await db.RosterConsents.AsNoTracking().Where(c => c.EnrolmentId == id).OrderByDescending(c => c.GivenAt).FirstOrDefaultAsync(ct);
        var pad = await db.PadAgreements.AsNoTracking().Where(p => p.EnrolmentId == id).OrderByDescending(p => p.AcceptedAt)
            .Select(p => new PadAgreementDto(p.Id, p.PayorName, p.InstitutionNumber, p.TransitNumber, p.AccountMasked, p.AcceptedAt, p.AcceptedByName, p.FileId != null, p.EndedAt))
            .FirstOrDefaultAsync(ct);
        var changes = await db.HouseholdChanges.AsNoTracking().Where(c => c.EnrolmentId == id).OrderBy(c => c.EffectiveOn).ThenBy(c => c.RecordedAt)
            .Select(c => new HouseholdChangeDto(c.CoveredPersonId, c.Kind, c.EffectiveOn, c.RecordedAt, "")).ToListAsync(ct);
        var names = e.People.ToDictionary(p => p.Id, p => $"{p.GivenName} {p.FamilyName}");
        changes = changes.Select(c => c with { PersonName = names.GetValueOrDefault(c.CoveredPersonId, "") }).ToList();
        return new EnrolmentDto(e.Id, e.CoopId, e.MemberId, e.MemberNumber, e.MemberName, e.Status, e.CoverageStart, e.CoverageEnd, e.PaymentMethod, e.Email, e.Language,
            e.DunningState, e.GraceEndsOn, e.EnrolledAt, e.Version,
            e.People.OrderBy(p => p.Relationship).ThenBy(p => p.BirthDate).Select(p => new CoveredPersonDto(p.PersonId, p.FamilyName, p.GivenName, p.BirthDate, p.Relationship, p.CoverageStart, p.CoverageEnd, p.RegisterPersonId)).ToList(),
            consent?.TextVersion, consent?.GivenAt, consent?.Channel, pad, changes);
    }

    /// <summary>The member's current or latest enrolment in the coop, for the portal.</summary>
    public static async Task<EnrolmentDto?> LatestOfMemberAsync(TelemedicineDbContext db, Guid memberId, CancellationToken ct)
    {
        var id = await db.Enrolments.AsNoTracking().Where(e => e.MemberId == memberId).OrderByDescending(e => e.EnrolledAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await GetAsync(db, found, ct) : null;
    }
}
