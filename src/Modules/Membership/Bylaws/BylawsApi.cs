using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Shares;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Bylaws;

internal sealed record CategoryTermsDto(MemberCategory Category, int QualifyingShares, decimal ShareUnitValue, int InstalmentMonths);

internal sealed record BylawsDto(
    Guid? Id, DateOnly EffectiveFrom, IReadOnlyList<CategoryTermsDto> Categories, decimal? AnnualContribution,
    int FiscalYearEndMonth, int FiscalYearEndDay, QuorumKind QuorumKind, int QuorumValue, int MinimumNoticeDays, int BoardSize,
    decimal MinimumShareCapital, DateTimeOffset? RecordedAt = null, decimal? PreferredShareUnitValue = null)
{
    public static BylawsDto From(BylawsVersion b) => new(b.Id, b.EffectiveFrom,
        b.Categories.OrderBy(c => c.Category).Select(c => new CategoryTermsDto(c.Category, c.QualifyingShares, c.ShareUnitValue, c.InstalmentMonths)).ToList(),
        b.AnnualContribution, b.FiscalYearEndMonth, b.FiscalYearEndDay, b.QuorumKind, b.QuorumValue, b.MinimumNoticeDays, b.BoardSize,
        b.MinimumShareCapital, b.RecordedAt, b.PreferredShareUnitValue);
}

internal sealed record BylawsView(BylawsDto? InForce, IReadOnlyList<BylawsDto> Versions);

/// <summary>By-laws: read by the register's staff, changed by the manager as a new dated version.</summary>
internal static class BylawsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var register = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        var board = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        register.MapGet("/bylaws", Get).WithSummary("The by-laws in force and every dated version.");
        board.MapPut("/bylaws", Change).WithSummary("Adds a dated version of the by-laws.");
    }

    public static async Task<Ok<BylawsView>> Get(MembershipDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(db, clock, ct));

    public static async Task<BylawsView> ViewAsync(MembershipDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var inForce = await db.Bylaws.InForceAsync(clock.Today(), ct);
        var versions = await db.Bylaws.AsNoTracking().Include(b => b.Categories).OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.RecordedAt).ToListAsync(ct);
        return new BylawsView(inForce is null ? null : BylawsDto.From(inForce), versions.Select(BylawsDto.From).ToList());
    }

    public static async Task<Ok<BylawsDto>> Change(Guid coopId, BylawsDto request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ChangeAsync(coopId, request, db, audit, user, clock, ct));

    public static async Task<BylawsDto> ChangeAsync(Guid coopId, BylawsDto request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var failures = Validate(request);
        var latest = await db.Bylaws.AsNoTracking().OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.RecordedAt).FirstOrDefaultAsync(ct);
        if (latest is not null && request.EffectiveFrom < latest.EffectiveFrom)
            failures.Add(MembershipErrors.BylawsDateBeforeCurrent.At("effectiveFrom"));
        DomainException.ThrowIfAny(failures);
        // Preferred shares the members still hold keep their class: the by-laws may change their price, not abolish them.
        if (request.PreferredShareUnitValue is null && latest?.PreferredShareUnitValue is not null
            && await ShareLedger.Effects(db.ShareTransactions.Where(t => t.Class == ShareClass.Preferred)).SumAsync(e => e.Shares, ct) > 0)
            throw new DomainException(PreferredShareErrors.Outstanding.At("preferredShareUnitValue"));

        var version = new BylawsVersion
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, EffectiveFrom = request.EffectiveFrom,
            AnnualContribution = request.AnnualContribution is > 0 ? decimal.Round(request.AnnualContribution.Value, 2) : null,
            FiscalYearEndMonth = request.FiscalYearEndMonth, FiscalYearEndDay = request.FiscalYearEndDay,
            QuorumKind = request.QuorumKind, QuorumValue = request.QuorumValue, MinimumNoticeDays = request.MinimumNoticeDays,
            BoardSize = request.BoardSize, MinimumShareCapital = decimal.Round(request.MinimumShareCapital, 2),
            PreferredShareUnitValue = request.PreferredShareUnitValue is { } preferred ? decimal.Round(preferred, 2) : null,
            RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        };
        version.Categories = request.Categories.Select(c => new CategoryTerms
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = version.Id, Category = c.Category,
            QualifyingShares = c.QualifyingShares, ShareUnitValue = decimal.Round(c.ShareUnitValue, 2), InstalmentMonths = c.InstalmentMonths,
        }).ToList();
        db.Bylaws.Add(version);
        List<AuditEntry> entries = [new(AuditEventType.BylawsChanged, "Bylaws", version.Id.ToString(), coopId,
            new { version.EffectiveFrom, Categories = request.Categories.Select(c => c.Category.ToString()).ToList(), version.PreferredShareUnitValue })];
        if (version.PreferredShareUnitValue != latest?.PreferredShareUnitValue)
            entries.Add(new(AuditEventType.PreferredSharePriceChanged, "Bylaws", version.Id.ToString(), coopId,
                new { From = latest?.PreferredShareUnitValue, To = version.PreferredShareUnitValue, version.EffectiveFrom }));
        await db.SaveChangesAndAuditAsync(audit, entries, ct);
        return BylawsDto.From(version);
    }

    internal static List<Failure> Validate(BylawsDto r)
    {
        var failures = new List<Failure>();
        var categories = r.Categories ?? [];
        if (categories.Select(c => c.Category).Distinct().Count() < 2 || categories.Count != categories.Select(c => c.Category).Distinct().Count())
            failures.Add(MembershipErrors.BylawsNeedTwoCategories.At("categories"));
        for (var i = 0; i < categories.Count; i++)
        {
            var c = categories[i];
            if (!Enum.IsDefined(c.Category)) failures.Add(PlatformErrors.InvalidValue.At($"categories[{i}].category"));
            if (c.QualifyingShares is < 1 or > 10_000) failures.Add(PlatformErrors.InvalidValue.At($"categories[{i}].qualifyingShares"));
            if (c.ShareUnitValue is <= 0 or > 100_000) failures.Add(PlatformErrors.InvalidValue.At($"categories[{i}].shareUnitValue"));
            if (c.InstalmentMonths is < 0 or > 60) failures.Add(PlatformErrors.InvalidValue.At($"categories[{i}].instalmentMonths"));
        }
        if (r.AnnualContribution is < 0 or > 100_000) failures.Add(PlatformErrors.InvalidValue.At("annualContribution"));
        if (r.FiscalYearEndMonth is < 1 or > 12 || r.FiscalYearEndDay < 1 || r.FiscalYearEndDay > DateTime.DaysInMonth(2025, r.FiscalYearEndMonth))
            failures.Add(MembershipErrors.FiscalYearEndInvalid.At("fiscalYearEndDay"));
        if (!Enum.IsDefined(r.QuorumKind) || r.QuorumValue < 1 || (r.QuorumKind == QuorumKind.Percentage && r.QuorumValue > 100))
            failures.Add(PlatformErrors.InvalidValue.At("quorumValue"));
        if (r.MinimumNoticeDays is < 1 or > 365) failures.Add(PlatformErrors.InvalidValue.At("minimumNoticeDays"));
        if (r.BoardSize is < 3 or > 25) failures.Add(PlatformErrors.InvalidValue.At("boardSize"));
        if (r.MinimumShareCapital < 0) failures.Add(PlatformErrors.InvalidValue.At("minimumShareCapital"));
        if (r.PreferredShareUnitValue is <= 0 or > 100_000 || (r.PreferredShareUnitValue is { } p && decimal.Round(p, 2) != p)) failures.Add(PlatformErrors.InvalidValue.At("preferredShareUnitValue"));
        return failures;
    }
}
