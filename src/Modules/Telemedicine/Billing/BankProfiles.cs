using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Billing;

internal sealed record BankProfileInput(string? OriginatorId, string? ProcessingCentre, string? Currency, string? ShortName, string? LongName,
    string? ReturnInstitution, string? ReturnTransit, string? ReturnAccount, RecordSeparator Separator, ReservedFill Fill, int SegmentsPerRecord, int DebitDay);

internal sealed record BankProfileDto(string OriginatorId, string ProcessingCentre, string Currency, string ShortName, string LongName, string ReturnInstitution,
    string ReturnTransit, string ReturnAccountMasked, RecordSeparator Separator, ReservedFill Fill, int SegmentsPerRecord, int DebitDay, int Version);

/// <summary>The coop's bank profile for CPA-005 files, configured by its staff from the bank's guide.</summary>
internal static class BankProfiles
{
    public static async Task<BankProfileDto?> GetAsync(TelemedicineDbContext db, Guid coopId, CancellationToken ct) =>
        await db.BankProfiles.AsNoTracking().Where(p => p.CoopId == coopId).Select(p => ToDto(p)).FirstOrDefaultAsync(ct);

    private static BankProfileDto ToDto(CoopBankProfile p) => new(p.OriginatorId, p.ProcessingCentre, p.Currency, p.ShortName, p.LongName, p.ReturnInstitution,
        p.ReturnTransit, p.ReturnAccount.Length <= 3 ? p.ReturnAccount : new string('•', p.ReturnAccount.Length - 3) + p.ReturnAccount[^3..], p.Separator, p.Fill,
        p.SegmentsPerRecord, p.DebitDay, p.Version);

    public static async Task<BankProfileDto> SaveAsync(TelemedicineDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid coopId, BankProfileInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        string Field(string? value, string name, int max, Func<char, bool> allowed, int min = 1)
        {
            var v = (value ?? "").Trim();
            if (v.Length < min || v.Length > max || !v.All(allowed)) failures.Add(BillingErrors.BankProfileInvalid.At(name));
            return v;
        }
        var originator = Field(input.OriginatorId, "originatorId", 10, char.IsAsciiLetterOrDigit);
        var centre = Field(input.ProcessingCentre, "processingCentre", 5, char.IsAsciiDigit);
        var currency = (input.Currency ?? "").Trim().ToUpperInvariant();
        if (currency is not ("" or "CAD" or "USD")) failures.Add(BillingErrors.BankProfileInvalid.At("currency"));
        var shortName = BankText.Transliterate(input.ShortName, 15);
        if (shortName.Length == 0) failures.Add(BillingErrors.BankProfileInvalid.At("shortName"));
        var longName = BankText.Transliterate(input.LongName, 30);
        if (longName.Length == 0) failures.Add(BillingErrors.BankProfileInvalid.At("longName"));
        var institution = Field(input.ReturnInstitution, "returnInstitution", 3, char.IsAsciiDigit, 3);
        var transit = Field(input.ReturnTransit, "returnTransit", 5, char.IsAsciiDigit, 5);
        var account = Field(input.ReturnAccount, "returnAccount", 12, char.IsAsciiDigit);
        if (!Enum.IsDefined(input.Separator)) failures.Add(BillingErrors.BankProfileInvalid.At("separator"));
        if (!Enum.IsDefined(input.Fill)) failures.Add(BillingErrors.BankProfileInvalid.At("fill"));
        if (input.SegmentsPerRecord is < 1 or > Cpa005Standard.MaxSegments) failures.Add(BillingErrors.BankProfileInvalid.At("segmentsPerRecord"));
        if (input.DebitDay is < 1 or > 28) failures.Add(BillingErrors.BankProfileInvalid.At("debitDay"));
        DomainException.ThrowIfAny(failures);

        var profile = await db.BankProfiles.FirstOrDefaultAsync(p => p.CoopId == coopId, ct);
        if (profile is null) db.BankProfiles.Add(profile = new CoopBankProfile { Id = Guid.CreateVersion7(), CoopId = coopId });
        profile.OriginatorId = originator;
        profile.ProcessingCentre = centre.PadLeft(5, '0');
        profile.Currency = currency;
        profile.ShortName = shortName;
        profile.LongName = longName;
        profile.ReturnInstitution = institution;
        profile.ReturnTransit = transit;
        profile.ReturnAccount = account;
        profile.Separator = input.Separator;
        profile.Fill = input.Fill;
        profile.SegmentsPerRecord = input.SegmentsPerRecord;
        profile.DebitDay = input.DebitDay;
        profile.UpdatedAt = clock.GetUtcNow();
        profile.UpdatedBy = user.UserId;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.BankProfileChanged, nameof(CoopBankProfile), profile.Id.ToString(), coopId,
            new { profile.OriginatorId, profile.ProcessingCentre, profile.Currency, profile.Separator, profile.Fill, profile.SegmentsPerRecord, profile.DebitDay }), ct);
        return ToDto(profile);
    }
}
