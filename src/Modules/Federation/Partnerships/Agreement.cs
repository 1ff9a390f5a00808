using CoopSante.Platform.Data;

namespace CoopSante.Federation.Partnerships;

internal enum AgreementStatus
{
    Draft = 0,
    Active = 1,
    Suspended = 2,
    Ended = 3,
}

/// <summary>
/// A partnership agreement between one or more partners and either named coops (a coop agreement) or the coops of its
/// region (a regional agreement, no coop party). Who may read it is decided by <see cref="AgreementVisibility"/>.
/// </summary>
internal sealed class Agreement : IVersioned
{
    public const int TitleMax = 200;
    public const int DocumentsMax = 20;

    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public AgreementStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<AgreementPartner> Partners { get; set; } = [];
    public List<AgreementCoop> Coops { get; set; } = [];
    public List<AgreementDocument> Documents { get; set; } = [];
}

internal sealed class AgreementPartner
{
    public Guid AgreementId { get; set; }
    public Guid PartnerId { get; set; }
}

internal sealed class AgreementCoop
{
    public Guid AgreementId { get; set; }
    public Guid CoopId { get; set; }
}

/// <summary>A signed agreement, an annex: kept in the file store under the federation's owner id.</summary>
internal sealed class AgreementDocument
{
    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A common objective of an agreement, measured by indicators.</summary>
internal sealed class Objective
{
    public const int TitleMax = 300;
    public const int IndicatorsMax = 10;

    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public string Title { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
}

/// <summary>How an objective is measured: from a baseline to a target, with the latest measured value and its date.</summary>
internal sealed class Indicator
{
    public const int NameMax = 200;
    public const int UnitMax = 40;
    public const decimal ValueMax = 1_000_000_000m;

    public Guid Id { get; set; }
    public Guid ObjectiveId { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Baseline { get; set; }
    public decimal Target { get; set; }
    public decimal? Current { get; set; }
    public DateOnly? MeasuredOn { get; set; }
}
