using CoopSante.Federation.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.ProgramSettings;

internal sealed record DatedAmountDto(DateOnly EffectiveFrom, decimal Amount);

internal sealed record TaxDto(Guid Id, string Name, string RegistrationNumber, decimal Rate, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

internal sealed record ProgramDto(
    string ProviderName, string ProviderDescription, string ProviderContactName, string ProviderContactEmail, string ProviderContactPhone,
    bool SpouseCovered, int ChildAgeLimit, bool SameAddressRequired, int GracePeriodDays, string ConsentTextVersion, int Version,
    decimal CurrentPrice, decimal CurrentProviderFee, IReadOnlyList<DatedAmountDto> Prices, IReadOnlyList<DatedAmountDto> ProviderFees, IReadOnlyList<TaxDto> Taxes);

internal sealed record UpdateProgramRequest(
    string? ProviderName, string? ProviderDescription, string? ProviderContactName, string? ProviderContactEmail, string? ProviderContactPhone,
    bool SpouseCovered = true, int ChildAgeLimit = TelemedicineProgram.DefaultChildAgeLimit, bool SameAddressRequired = true,
    int GracePeriodDays = TelemedicineProgram.DefaultGracePeriodDays, int? Version = null);

internal sealed record DatedAmountRequest(DateOnly? EffectiveFrom, decimal? Amount);

internal sealed record TaxRequest(string? Name, string? RegistrationNumber, decimal? Rate, DateOnly? EffectiveFrom, DateOnly? EffectiveTo);

internal sealed record ParticipationDto(Guid Id, Guid CoopId, string CoopName, DateOnly StartsOn, DateOnly? EndsOn, bool ParticipatesToday, int Version);

internal sealed record ParticipationRequest(Guid? CoopId, DateOnly? StartsOn, DateOnly? EndsOn, int? Version = null);

/// <summary>The federation's program settings: one feature for the API and the settings screen.</summary>
internal static class ProgramSettingsCommands
{
    /// <summary>The program's fixed id: there is one program.</summary>
    public static readonly Guid ProgramId = new("7e1e0000-0000-4000-8000-000000000001");

    /// <summary>The program, or its defaults (Akira-like provider left blank, $8.00, 30 days) when the federation never saved it.</summary>
    public static async Task<TelemedicineProgram> ProgramAsync(TelemedicineDbContext db, CancellationToken ct) =>
        await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ProgramId, ct) ?? new TelemedicineProgram { Id = ProgramId };

    public static async Task<ProgramDto> GetAsync(TelemedicineDbContext db, DateOnly today, CancellationToken ct)
    {
        var p = await ProgramAsync(db, ct);
        var prices = await db.Prices.AsNoTracking().OrderBy(x => x.EffectiveFrom).ToListAsync(ct);
        var fees = await db.ProviderFees.AsNoTracking().OrderBy(x => x.EffectiveFrom).ToListAsync(ct);
        var taxes = await db.Taxes.AsNoTracking().OrderBy(x => x.EffectiveFrom).ToListAsync(ct);
        return new ProgramDto(p.ProviderName, p.ProviderDescription, p.ProviderContactName, p.ProviderContactEmail, p.ProviderContactPhone,
            p.SpouseCovered, p.ChildAgeLimit, p.SameAddressRequired, p.GracePeriodDays, p.ConsentTextVersion, p.Version,
            ProgramRules.PriceOn(prices, today), ProgramRules.FeeOn(fees, today),
            prices.Select(x => new DatedAmountDto(x.EffectiveFrom, x.HouseholdMonthlyPrice)).ToList(),
            fees.Select(x => new DatedAmountDto(x.EffectiveFrom, x.FeePerHousehold)).ToList(),
            taxes.Select(x => new TaxDto(x.Id, x.Name, x.RegistrationNumber, x.Rate, x.EffectiveFrom, x.EffectiveTo)).ToList());
    }

    public static async Task UpdateAsync(TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, UpdateProgramRequest r, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = Text(failures, r.ProviderName, "providerName", 200, required: true);
        var description = Text(failures, r.ProviderDescription, "providerDescription", 2000);
        var contact = Text(failures, r.ProviderContactName, "providerContactName", 200);
        var email = Text(failures, r.ProviderContactEmail, "providerContactEmail", 254);
        if (email.Length > 0 && !System.Net.Mail.MailAddress.TryCreate(email, out _)) failures.Add(PlatformErrors.InvalidEmail.At("providerContactEmail"));
        var phone = Text(failures, r.ProviderContactPhone, "providerContactPhone", 30);
        if (r.ChildAgeLimit is < 1 or > 99) failures.Add(TelemedicineErrors.ChildAgeLimitInvalid.At("childAgeLimit"));
        if (r.GracePeriodDays is < 0 or > 180) failures.Add(TelemedicineErrors.GracePeriodInvalid.At("gracePeriodDays"));
        DomainException.ThrowIfAny(failures);
        var program = await db.Programs.FirstOrDefaultAsync(p => p.Id == ProgramId, ct);
        if (program is null)
        {
            program = new TelemedicineProgram { Id = ProgramId };
            db.Programs.Add(program);
        }
        else if (r.Version is { } v) db.Entry(program).Property(x => x.Version).OriginalValue = v;
        program.ProviderName = name;
        program.ProviderDescription = description;
        program.ProviderContactName = contact;
        program.ProviderContactEmail = email;
        program.ProviderContactPhone = phone;
        program.SpouseCovered = r.SpouseCovered;
        program.ChildAgeLimit = r.ChildAgeLimit;
        program.SameAddressRequired = r.SameAddressRequired;
        program.GracePeriodDays = r.GracePeriodDays;
        program.UpdatedAt = clock.GetUtcNow();
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.TelemedicineProgramUpdated, "TelemedicineProgram", ProgramId.ToString(), null,
            new { name, r.ChildAgeLimit, r.SpouseCovered, r.SameAddressRequired, r.GracePeriodDays }), ct);
    }

    public static async Task SchedulePriceAsync(TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, DatedAmountRequest r, CancellationToken ct)
    {
        var from = Dated(r, clock.Today());
        if (await db.Prices.AnyAsync(x => x.EffectiveFrom == from, ct)) throw new DomainException(TelemedicineErrors.EffectiveDateTaken.At("effectiveFrom"));
        db.Prices.Add(new ProgramPrice { Id = Guid.CreateVersion7(), EffectiveFrom = from, HouseholdMonthlyPrice = r.Amount!.Value, RecordedAt = clock.GetUtcNow() });
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.TelemedicinePriceScheduled, "TelemedicineProgram", ProgramId.ToString(), null, new { from, r.Amount }), ct);
    }

    public static async Task ScheduleProviderFeeAsync(TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, DatedAmountRequest r, CancellationToken ct)
    {
        var from = Dated(r, clock.Today());
        if (await db.ProviderFees.AnyAsync(x => x.EffectiveFrom == from, ct)) throw new DomainException(TelemedicineErrors.EffectiveDateTaken.At("effectiveFrom"));
        db.ProviderFees.Add(new ProviderFee { Id = Guid.CreateVersion7(), EffectiveFrom = from, FeePerHousehold = r.Amount!.Value, RecordedAt = clock.GetUtcNow() });
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.TelemedicineProviderFeeScheduled, "TelemedicineProgram", ProgramId.ToString(), null, new { from, r.Amount }), ct);
    }

    public static async Task<TaxDto> AddTaxAsync(TelemedicineDbContext db, IAuditTrail audit, TimeProvider clock, TaxRequest r, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = Text(failures, r.Name, "name", 20, required: true);
        var number = Text(failures, r.RegistrationNumber, "registrationNumber", 30);
        if (r.Rate is not { } rate || rate < 0 || rate > 1 || decimal.Round(rate, 5) != rate) failures.Add(TelemedicineErrors.RateInvalid.At("rate"));
        if (r.EffectiveFrom is not { } from) failures.Add(PlatformErrors.Required.At("effectiveFrom"));
        else if (from < clock.Today()) failures.Add(TelemedicineErrors.DateRangeInvalid.At("effectiveFrom"));
        if (r.EffectiveTo is { } to && r.EffectiveFrom is { } f && to < f) failures.Add(TelemedicineErrors.DateRangeInvalid.At("effectiveTo"));
        DomainException.ThrowIfAny(failures);
        var tax = new ProgramTax { Id = Guid.CreateVersion7(), Name = name, RegistrationNumber = number, Rate = r.Rate!.Value, EffectiveFrom = r.EffectiveFrom!.Value, EffectiveTo = r.EffectiveTo };
        db.Taxes.Add(tax);
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.TelemedicineTaxChanged, "TelemedicineTax", tax.Id.ToString(), null, new { name, tax.Rate, tax.EffectiveFrom, tax.EffectiveTo }), ct);
        return new TaxDto(tax.Id, tax.Name, tax.RegistrationNumber, tax.Rate, tax.EffectiveFrom, tax.EffectiveTo);
    }

    public static async Task<IReadOnlyList<ParticipationDto>> ParticipationsAsync(TelemedicineDbContext db, ICoopRegistry coops, DateOnly today, CancellationToken ct)
    {
        var rows = await db.ParticipatingCoops.AsNoTracking().ToListAsync(ct);
        var names = (await coops.ListAsync(ct)).ToDictionary(c => c.Id, c => c.Name);
        return rows.Select(p => new ParticipationDto(p.Id, p.CoopId, names.GetValueOrDefault(p.CoopId, ""), p.StartsOn, p.EndsOn, p.ParticipatesOn(today), p.Version))
            .OrderBy(p => p.CoopName, StringComparer.CurrentCulture).ThenBy(p => p.StartsOn).ToList();
    }

    /// <summary>Adds a coop to the program (<paramref name="id"/> null) or changes its dates.</summary>
    public static async Task<ParticipatingCoop> SaveParticipationAsync(TelemedicineDbContext db, IAuditTrail audit, ICoopRegistry coops, Guid? id, ParticipationRequest r, CancellationToken ct)
    {
        var failures = new List<Failure>();
        if (r.StartsOn is null) failures.Add(PlatformErrors.Required.At("startsOn"));
        if (r.EndsOn is { } end && r.StartsOn is { } start && end < start) failures.Add(TelemedicineErrors.DateRangeInvalid.At("endsOn"));
        ParticipatingCoop? row = null;
        if (id is { } existing)
            row = await db.ParticipatingCoops.FirstOrDefaultAsync(p => p.Id == existing, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var coopId = row?.CoopId ?? r.CoopId;
        if (coopId is not { } coop || await coops.FindAsync(coop, ct) is null) failures.Add(TelemedicineErrors.CoopUnknown.At("coopId"));
        DomainException.ThrowIfAny(failures);
        var others = await db.ParticipatingCoops.AsNoTracking().Where(p => p.CoopId == coopId && p.Id != id).ToListAsync(ct);
        if (others.Any(o => Overlaps(o.StartsOn, o.EndsOn, r.StartsOn!.Value, r.EndsOn))) throw new DomainException(TelemedicineErrors.EffectiveDateTaken.At("startsOn"));
        if (row is null)
        {
            row = new ParticipatingCoop { Id = Guid.CreateVersion7(), CoopId = coopId!.Value };
            db.ParticipatingCoops.Add(row);
        }
        else if (r.Version is { } v) db.Entry(row).Property(x => x.Version).OriginalValue = v;
        row.StartsOn = r.StartsOn!.Value;
        row.EndsOn = r.EndsOn;
        await SaveAsync(db, audit, new AuditEntry(AuditEventType.TelemedicineParticipationChanged, "ParticipatingCoop", row.Id.ToString(), row.CoopId,
            new { row.StartsOn, row.EndsOn }), ct);
        return row;
    }

    private static bool Overlaps(DateOnly aStart, DateOnly? aEnd, DateOnly bStart, DateOnly? bEnd) =>
        aStart <= (bEnd ?? DateOnly.MaxValue) && bStart <= (aEnd ?? DateOnly.MaxValue);

    private static DateOnly Dated(DatedAmountRequest r, DateOnly today)
    {
        var failures = new List<Failure>();
        if (r.EffectiveFrom is not { } from) failures.Add(PlatformErrors.Required.At("effectiveFrom"));
        else if (from < today) failures.Add(TelemedicineErrors.DateRangeInvalid.At("effectiveFrom"));
        if (!ProgramRules.IsMoney(r.Amount)) failures.Add(TelemedicineErrors.AmountInvalid.At("amount"));
        DomainException.ThrowIfAny(failures);
        return r.EffectiveFrom!.Value;
    }

    private static string Text(List<Failure> failures, string? value, string field, int max, bool required = false)
    {
        var v = value?.Trim() ?? "";
        if (required && v.Length == 0) failures.Add(PlatformErrors.Required.At(field));
        else if (v.Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
        else if (v.Any(c => char.IsControl(c) && c != '\n' && c != '\r')) failures.Add(PlatformErrors.InvalidValue.At(field));
        return v;
    }

    private static async Task SaveAsync(TelemedicineDbContext db, IAuditTrail audit, AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAndAuditAsync(audit, entry, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(PlatformErrors.StaleVersion);
        }
    }
}
