using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>
/// One dated version of a coop's by-laws as they bear on membership. A change adds a version; past records
/// point at the version in force when they were made, so they keep the rule of their time.
/// </summary>
internal sealed class BylawsVersion : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public List<CategoryTerms> Categories { get; set; } = [];
    /// <summary>Optional yearly contribution; it finances non-insured services only and never conditions care.</summary>
    public decimal? AnnualContribution { get; set; }
    public int FiscalYearEndMonth { get; set; } = 12;
    public int FiscalYearEndDay { get; set; } = 31;
    public QuorumKind QuorumKind { get; set; } = QuorumKind.Number;
    /// <summary>A number of members, or a percentage of members, depending on <see cref="QuorumKind"/>.</summary>
    public int QuorumValue { get; set; }
    public int MinimumNoticeDays { get; set; } = 10;
    public int BoardSize { get; set; } = 7;
    /// <summary>The solvency rule of s. 38 as set by by-law: paid share capital may not fall below this by a refund.</summary>
    public decimal MinimumShareCapital { get; set; }
    /// <summary>The price of one preferred share where the by-laws create preferred shares; null when they create none.</summary>
    public decimal? PreferredShareUnitValue { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>The qualifying shares of one category in use under a by-laws version.</summary>
internal sealed class CategoryTerms : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid BylawsVersionId { get; set; }
    public MemberCategory Category { get; set; }
    public int QualifyingShares { get; set; }
    public decimal ShareUnitValue { get; set; }
    /// <summary>0: payable at once; otherwise the number of monthly instalments.</summary>
    public int InstalmentMonths { get; set; }

    public decimal QualifyingAmount => QualifyingShares * ShareUnitValue;
}
