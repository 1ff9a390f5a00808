using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Federation.Library;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Advantages;

internal static class AdvantageQueries
{
    private static readonly Role[] StaffRoles = [Role.CoopAdmin, Role.CoopStaff, Role.Clinician];

    /// <summary>Every advantage (expired and withdrawn ones too), the latest to start first.</summary>
    public static async Task<Page<FederationAdvantageDto>> FederationListAsync(FederationDbContext db, DateOnly today, PageRequest request, CancellationToken ct) =>
        (await db.Advantages.AsNoTracking().Include(a => a.Targets).OrderByDescending(a => a.ValidFrom).ThenBy(a => a.Id).ToPageAsync(request, ct))
        .Map(a => ToFederationDto(a, today));

    public static FederationAdvantageDto ToFederationDto(Advantage a, DateOnly today) => new(a.Id, a.Supplier, a.TitleFr, a.TitleEn, a.DescriptionFr, a.DescriptionEn,
        a.ConditionsFr, a.ConditionsEn, a.HowToClaimFr, a.HowToClaimEn, a.ValidFrom, a.ValidUntil, a.Audience.ToString(),
        a.Targets.Where(t => t.RegionCode is not null).Select(t => t.RegionCode!).Order(StringComparer.Ordinal).ToList(),
        a.Targets.Where(t => t.CoopId is not null).Select(t => t.CoopId!.Value).ToList(),
        a.Beneficiaries.ToString(), a.TelemedicineOffer, StateOf(a, today), a.Version);

    public static string StateOf(Advantage a, DateOnly today) =>
        a.WithdrawnAt is not null ? "Withdrawn" : a.ValidFrom > today ? "Upcoming" : a.InForceOn(today) ? "Current" : "Expired";

    /// <summary>
    /// The advantages in force today offered to a coop: its staff see them all, a member only those for members. The
    /// telemedicine offer shows only where the coop takes part in the program today (read through Telemedicine's contract).
    /// </summary>
    public static async Task<Page<CoopAdvantageDto>> CoopListAsync(FederationDbContext db, ITelemedicineParticipation telemedicine, ICurrentUser user, Guid coopId,
        DateOnly today, bool english, PageRequest request, CancellationToken ct)
    {
        var region = await LibraryAddressing.RegionOfAsync(db, coopId, ct);
        var staff = user.RolesIn(coopId).Any(StaffRoles.Contains);
        var participates = (await telemedicine.ParticipatingCoopsAsync(today, ct)).Contains(coopId);
        var query = db.Advantages.AsNoTracking().Where(a => a.WithdrawnAt == null && a.ValidFrom <= today && (a.ValidUntil == null || today <= a.ValidUntil)
            && (a.Audience == BulletinAudience.AllCoops || a.Targets.Any(t => t.RegionCode == region || t.CoopId == coopId))
            && (participates || !a.TelemedicineOffer)
            && (staff || a.Beneficiaries != AdvantageBeneficiaries.Coops));
        return (await query.OrderByDescending(a => a.TelemedicineOffer).ThenBy(a => a.Supplier).ThenBy(a => a.Id).ToPageAsync(request, ct)).Map(a => new CoopAdvantageDto(
            a.Id, a.Supplier, english ? a.TitleEn : a.TitleFr, english ? a.DescriptionEn : a.DescriptionFr, english ? a.ConditionsEn : a.ConditionsFr,
            english ? a.HowToClaimEn : a.HowToClaimFr, a.ValidFrom, a.ValidUntil, a.Beneficiaries.ToString(), a.TelemedicineOffer));
    }
}
