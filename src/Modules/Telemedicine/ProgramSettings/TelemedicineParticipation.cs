using CoopSante.Telemedicine.Contracts;
using CoopSante.Telemedicine.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.ProgramSettings;

/// <summary><see cref="ITelemedicineParticipation"/>: the coops whose participation covers the date.</summary>
internal sealed class TelemedicineParticipation(TelemedicineDbContext db) : ITelemedicineParticipation
{
    public async Task<IReadOnlyList<Guid>> ParticipatingCoopsAsync(DateOnly date, CancellationToken ct = default) =>
        await db.ParticipatingCoops.AsNoTracking()
            .Where(p => p.StartsOn <= date && (p.EndsOn == null || date <= p.EndsOn))
            .Select(p => p.CoopId).Distinct().ToListAsync(ct);

    public static Task<bool> ParticipatesAsync(TelemedicineDbContext db, Guid coopId, DateOnly date, CancellationToken ct) =>
        db.ParticipatingCoops.AsNoTracking().AnyAsync(p => p.CoopId == coopId && p.StartsOn <= date && (p.EndsOn == null || date <= p.EndsOn), ct);
}
