using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>The federation's fair-cost schedule and service-level targets: read by the requests, changed by a federation admin (audited).</summary>
internal static class SupportSettingsCommands
{
    public static async Task<FairCostRate> AddRateAsync(CoopWork w, RateInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var category = SupportValidation.Category(failures, input.Category, "category");
        var rate = SupportValidation.Rate(failures, input.HourlyRate, "hourlyRate", required: true);
        if (input.EffectiveFrom is null) failures.Add(PlatformErrors.Required.At("effectiveFrom"));
        DomainException.ThrowIfAny(failures);
        if (await w.Db.FairCostRates.AnyAsync(r => r.Category == category && r.EffectiveFrom == input.EffectiveFrom, ct))
            throw new DomainException(SupportErrors.RateExists.At("effectiveFrom"));

        var row = new FairCostRate
        {
            Id = Guid.CreateVersion7(), Category = category!.Value, HourlyRate = rate!.Value, EffectiveFrom = input.EffectiveFrom!.Value,
            CreatedAt = w.Clock.GetUtcNow(), CreatedByName = w.User.DisplayName,
        };
        w.Db.FairCostRates.Add(row);
        try
        {
            await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportSettingsChanged, nameof(FairCostRate), row.Id.ToString(), null,
                new { row.Category, row.HourlyRate, row.EffectiveFrom }), ct);
        }
        catch (DbUpdateException)
        {
            w.Db.ChangeTracker.Clear();
            throw new DomainException(SupportErrors.RateExists.At("effectiveFrom"));
        }
        return row;
    }

    public static async Task<SupportTarget> SetTargetAsync(CoopWork w, string? categoryName, TargetInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var category = SupportValidation.Category(failures, categoryName, "category");
        if (input.FirstResponseHours is null) failures.Add(PlatformErrors.Required.At("firstResponseHours"));
        else if (input.FirstResponseHours is < 1 or > SupportTarget.FirstResponseHoursMax)
            failures.Add(SupportErrors.TargetOutOfRange.At("firstResponseHours", 1, SupportTarget.FirstResponseHoursMax));
        if (input.ResolutionDays is null) failures.Add(PlatformErrors.Required.At("resolutionDays"));
        else if (input.ResolutionDays is < 1 or > SupportTarget.ResolutionDaysMax)
            failures.Add(SupportErrors.TargetOutOfRange.At("resolutionDays", 1, SupportTarget.ResolutionDaysMax));
        DomainException.ThrowIfAny(failures);

        var row = await w.Db.SupportTargets.FirstOrDefaultAsync(t => t.Category == category, ct);
        if (row is null)
        {
            row = new SupportTarget { Category = category!.Value, Version = 1 };
            w.Db.SupportTargets.Add(row);
        }
        else
        {
            if (input.Version is { } version && version != row.Version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
            w.Db.Entry(row).Property(t => t.Version).OriginalValue = row.Version;
        }
        row.FirstResponseHours = input.FirstResponseHours!.Value;
        row.ResolutionDays = input.ResolutionDays!.Value;
        row.UpdatedAt = w.Clock.GetUtcNow();
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportSettingsChanged, nameof(SupportTarget), row.Category.ToString(), null,
            new { row.FirstResponseHours, row.ResolutionDays }), ct);
        return row;
    }

    /// <summary>The category's targets: the federation's row, else the defaults.</summary>
    public static async Task<SupportTarget> TargetOfAsync(FederationDbContext db, SupportCategory category, CancellationToken ct) =>
        await db.SupportTargets.AsNoTracking().FirstOrDefaultAsync(t => t.Category == category, ct) ?? SupportTarget.Default(category);

    public static Task<FairCostRate?> RateInForceAsync(FederationDbContext db, SupportCategory category, DateOnly day, CancellationToken ct) =>
        db.FairCostRates.AsNoTracking().Where(r => r.Category == category && r.EffectiveFrom <= day).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(ct);

    /// <summary>The schedule, newest first within each category, with the rate in force today marked.</summary>
    public static async Task<Page<FairCostRateDto>> RatesAsync(FederationDbContext db, TimeProvider clock, PageRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var page = await db.FairCostRates.AsNoTracking().OrderBy(r => r.Category).ThenByDescending(r => r.EffectiveFrom).ToPageAsync(request, ct);
        // The schedule is a few rows per category: the one in force is picked in memory.
        var inForce = (await db.FairCostRates.AsNoTracking().Where(r => r.EffectiveFrom <= today).Select(r => new { r.Id, r.Category, r.EffectiveFrom }).ToListAsync(ct))
            .GroupBy(r => r.Category).Select(g => g.MaxBy(r => r.EffectiveFrom)!.Id).ToHashSet();
        return page.Map(r => new FairCostRateDto(r.Id, r.Category.ToString(), r.HourlyRate, r.EffectiveFrom, inForce.Contains(r.Id)));
    }

    /// <summary>Every category's targets (seven rows: the set or default ones).</summary>
    public static async Task<IReadOnlyList<SupportTargetDto>> TargetsAsync(FederationDbContext db, CancellationToken ct)
    {
        var rows = await db.SupportTargets.AsNoTracking().ToListAsync(ct);
        return Enum.GetValues<SupportCategory>().Select(c => rows.FirstOrDefault(r => r.Category == c) is { } row
            ? new SupportTargetDto(c.ToString(), row.FirstResponseHours, row.ResolutionDays, row.Version, false)
            : new SupportTargetDto(c.ToString(), SupportTarget.Default(c).FirstResponseHours, SupportTarget.Default(c).ResolutionDays, 0, true)).ToList();
    }
}
