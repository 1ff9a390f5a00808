using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Advantages;

/// <summary>Offering, changing and withdrawing advantages: one method per action, called by the API and the screens.</summary>
internal static class AdvantageCommands
{
    public static async Task<Advantage> CreateAsync(CoopWork w, AdvantageInput input, CancellationToken ct)
    {
        var (audience, beneficiaries) = await ValidateAsync(w.Db, input, ct);
        var now = w.Clock.GetUtcNow();
        var advantage = new Advantage { Id = Guid.CreateVersion7(), CreatedAt = now, Version = 1 };
        Apply(advantage, input, audience, beneficiaries, now);
        w.Db.Advantages.Add(advantage);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.AdvantageCreated, nameof(Advantage), advantage.Id.ToString(), null,
            new { advantage.Supplier, advantage.ValidFrom, advantage.ValidUntil, advantage.Audience, advantage.Beneficiaries }), ct);
        return advantage;
    }

    public static async Task<Advantage> UpdateAsync(CoopWork w, Guid advantageId, AdvantageInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw new DomainException(PlatformErrors.Required.At("version"));
        var advantage = await LoadAsync(w.Db, advantageId, ct);
        if (advantage.WithdrawnAt is not null) throw new DomainException(PlatformErrors.NotFound);
        var (audience, beneficiaries) = await ValidateAsync(w.Db, input, ct);
        if (advantage.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(advantage).Property(a => a.Version).OriginalValue = version;
        w.Db.RemoveRange(advantage.Targets);
        Apply(advantage, input, audience, beneficiaries, w.Clock.GetUtcNow());
        w.Db.AddRange(advantage.Targets); // new rows with their ids set: without this EF would take them for existing ones to update
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.AdvantageUpdated, nameof(Advantage), advantage.Id.ToString(), null,
            new { advantage.Supplier, advantage.ValidFrom, advantage.ValidUntil, advantage.Audience, advantage.Beneficiaries }), ct);
        return advantage;
    }

    public static async Task WithdrawAsync(CoopWork w, Guid advantageId, int? version, CancellationToken ct)
    {
        if (version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        var advantage = await LoadAsync(w.Db, advantageId, ct);
        if (advantage.WithdrawnAt is not null) return;
        if (advantage.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(advantage).Property(a => a.Version).OriginalValue = version.Value;
        advantage.WithdrawnAt = w.Clock.GetUtcNow();
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.AdvantageWithdrawn, nameof(Advantage), advantage.Id.ToString(), null,
            new { advantage.Supplier, advantage.TitleFr }), ct);
    }

    public static async Task<Advantage> LoadAsync(FederationDbContext db, Guid id, CancellationToken ct) =>
        await db.Advantages.Include(a => a.Targets).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainException(PlatformErrors.NotFound);

    private static async Task<(BulletinAudience, AdvantageBeneficiaries)> ValidateAsync(FederationDbContext db, AdvantageInput input, CancellationToken ct)
    {
        var ids = input.CoopIds ?? [];
        var known = (await db.Coops.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        DomainException.ThrowIfAny(AdvantageValidation.Validate(input, known, out var audience, out var beneficiaries));
        return (audience, beneficiaries);
    }

    private static void Apply(Advantage a, AdvantageInput input, BulletinAudience audience, AdvantageBeneficiaries beneficiaries, DateTimeOffset now)
    {
        a.Supplier = input.Supplier!.Trim();
        a.TitleFr = input.TitleFr!.Trim();
        a.TitleEn = input.TitleEn!.Trim();
        a.DescriptionFr = input.DescriptionFr!.Trim();
        a.DescriptionEn = input.DescriptionEn!.Trim();
        a.ConditionsFr = input.ConditionsFr?.Trim() ?? "";
        a.ConditionsEn = input.ConditionsEn?.Trim() ?? "";
        a.HowToClaimFr = input.HowToClaimFr!.Trim();
        a.HowToClaimEn = input.HowToClaimEn!.Trim();
        a.ValidFrom = input.ValidFrom!.Value;
        a.ValidUntil = input.ValidUntil;
        a.Audience = audience;
        a.Beneficiaries = beneficiaries;
        a.TelemedicineOffer = input.TelemedicineOffer;
        a.UpdatedAt = now;
        a.Targets = audience switch
        {
            BulletinAudience.Regions => AudienceValidation.RegionCodes(input.Regions!).Select(r => new AdvantageTarget { Id = Guid.CreateVersion7(), AdvantageId = a.Id, RegionCode = r }).ToList(),
            BulletinAudience.Coops => input.CoopIds!.Distinct().Select(c => new AdvantageTarget { Id = Guid.CreateVersion7(), AdvantageId = a.Id, CoopId = c }).ToList(),
            _ => [],
        };
    }
}
