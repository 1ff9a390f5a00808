using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Federation.Regions;
using CoopSante.Membership.Contracts;
using CoopSante.Platform.Time;
using CoopSante.Telemedicine.Contracts;
using Microsoft.EntityFrameworkCore;
using System.Globalization;

namespace CoopSante.Federation.Facts;

/// <summary>
/// Computes the federation's published figures live: the registry here, members through Membership's contract, the coops
/// taking part in the telemedicine program through Telemedicine's (a current participation, not the registry's service list).
/// </summary>
internal static class FactsQuery
{
    /// <summary>What a figure is called in <see cref="FactsSources.Declared"/> and in the API.</summary>
    public static readonly IReadOnlyList<string> DeclaredFigures = ["physicians", "nurses", "otherProfessionals", "patients"];

    public static async Task<FederationFacts> ComputeAsync(FederationDbContext db, IMemberCounts members, ITelemedicineParticipation telemedicine, TimeProvider clock, bool byRegion, CultureInfo culture, CancellationToken ct)
    {
        // Federation-wide on purpose: the registry is not coop-owned and only sums leave this method.
        var coops = await db.Coops.AsNoTracking().Where(c => c.Status == CoopStatus.Active)
            .Select(c => new
            {
                c.Id, c.RegionCode, c.DeclaredMembers, c.DeclaredPhysicians, c.DeclaredNurses, c.DeclaredOtherProfessionals, c.DeclaredPatients,
                c.CountsDeclaredOn,
            })
            .ToListAsync(ct);
        var participating = (await telemedicine.ParticipatingCoopsAsync(clock.Today(), ct)).ToHashSet();
        var registers = await members.ActiveByCoopAsync(ct);

        var regions = coops.GroupBy(c => c.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var fromRegisters = g.Sum(c => registers.GetValueOrDefault(c.Id));
            var declared = g.Where(c => !registers.ContainsKey(c.Id)).Sum(c => c.DeclaredMembers);
            return new RegionFacts(g.Key, QuebecRegions.NameOf(g.Key, culture), g.Count(), fromRegisters + declared, g.Sum(c => c.DeclaredPhysicians),
                g.Sum(c => c.DeclaredNurses), g.Sum(c => c.DeclaredOtherProfessionals), g.Sum(c => c.DeclaredPatients), g.Count(c => participating.Contains(c.Id)),
                fromRegisters, declared);
        }).ToList();

        var sources = new FactsSources(regions.Sum(r => r.MembersFromRegisters), regions.Sum(r => r.MembersDeclared),
            coops.Count(c => registers.ContainsKey(c.Id)), DeclaredFigures, coops.Max(c => c.CountsDeclaredOn));
        return new FederationFacts(clock.Today(), coops.Count, regions.Count, regions.Sum(r => r.Members), regions.Sum(r => r.Physicians),
            regions.Sum(r => r.Nurses), regions.Sum(r => r.OtherProfessionals), regions.Sum(r => r.Patients), regions.Sum(r => r.TelemedicineCoops),
            sources, byRegion ? regions : null);
    }
}
