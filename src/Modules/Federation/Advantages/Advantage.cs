using CoopSante.Federation.Bulletins;
using CoopSante.Platform.Data;

namespace CoopSante.Federation.Advantages;

/// <summary>Who may claim an advantage: the coop itself (its purchases, its staff), its members, or both.</summary>
internal enum AdvantageBeneficiaries
{
    CoopsAndMembers = 0,
    Coops = 1,
    Members = 2,
}

/// <summary>
/// An advantage the federation negotiated with a supplier for its coops or their members: what it is, on what conditions,
/// how to claim it, from when to when, and for which coops (an audience like a bulletin's). The telemedicine offer is one:
/// it shows only at coops taking part in the program, as the Telemedicine module says.
/// </summary>
internal sealed class Advantage : IVersioned
{
    public const int SupplierMax = 200;
    public const int TitleMax = 200;
    public const int TextMax = 4_000;

    public Guid Id { get; set; }
    public string Supplier { get; set; } = "";
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionFr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string ConditionsFr { get; set; } = "";
    public string ConditionsEn { get; set; } = "";
    public string HowToClaimFr { get; set; } = "";
    public string HowToClaimEn { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    /// <summary>Last day it can be claimed (inclusive), or null while it runs.</summary>
    public DateOnly? ValidUntil { get; set; }
    public BulletinAudience Audience { get; set; }
    public List<AdvantageTarget> Targets { get; set; } = [];
    public AdvantageBeneficiaries Beneficiaries { get; set; }
    /// <summary>The telemedicine program's offer: shown only where the coop participates in the program on the day.</summary>
    public bool TelemedicineOffer { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Version { get; set; }

    public bool InForceOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);

    public bool ForMembers => Beneficiaries != AdvantageBeneficiaries.Coops;
}

/// <summary>One region or one coop an advantage is offered to (none when it goes to every coop).</summary>
internal sealed class AdvantageTarget
{
    public Guid Id { get; set; }
    public Guid AdvantageId { get; set; }
    public string? RegionCode { get; set; }
    public Guid? CoopId { get; set; }
}
