using CoopSante.Compliance.Contracts;
using CoopSante.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Privacy;

/// <summary>
/// The contract's implementation. It reads one named coop across the tenancy filter on purpose: the federation's
/// indicators and the public profile ask about a coop the caller does not act in. It returns only a flag, a date and
/// the officer's published contact, never an incident.
/// </summary>
internal sealed class CoopPrivacy(ComplianceDbContext db) : ICoopPrivacy
{
    public async Task<CoopPrivacyStatus> StatusAsync(Guid coopId, CancellationToken ct = default)
    {
        var designated = await db.PrivacyOfficers.IgnoreQueryFilters().AnyAsync(o => o.CoopId == coopId, ct);
        var reviewed = await db.IncidentRegisterReviews.IgnoreQueryFilters().Where(r => r.CoopId == coopId).MaxAsync(r => (DateOnly?)r.ReviewedOn, ct);
        return new CoopPrivacyStatus(coopId, designated, reviewed);
    }

    public async Task<PublicPrivacyOfficer?> PublicOfficerAsync(Guid coopId, CancellationToken ct = default) =>
        await db.PrivacyOfficers.IgnoreQueryFilters().AsNoTracking().Where(o => o.CoopId == coopId)
            .Select(o => new PublicPrivacyOfficer(o.Name, o.Title, o.Email, o.Phone)).FirstOrDefaultAsync(ct);
}
