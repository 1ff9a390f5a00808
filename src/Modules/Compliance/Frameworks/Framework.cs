using CoopSante.Platform.Data;

namespace CoopSante.Compliance.Frameworks;

/// <summary>
/// A body of recommendations the federation keeps (the Cadre de référence, or an example). Owned by the federation,
/// not by a coop: every coop reads the same published text.
/// </summary>
internal sealed class Framework : IVersioned
{
    public const int NameMax = 200;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>True for the shipped example: screens label it "Exemple — à remplacer par le Cadre de référence officiel".</summary>
    public bool IsExample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<FrameworkVersion> Versions { get; set; } = [];
}

/// <summary>Where a version stands: drafted, out for consultation, in force, or replaced.</summary>
internal enum FrameworkVersionStatus
{
    Draft = 0,
    InConsultation = 1,
    Published = 2,
    Retired = 3,
}

/// <summary>One numbered edition of a framework: its sections and recommendations.</summary>
internal sealed class FrameworkVersion : IVersioned
{
    public const int NotesMax = 4000;

    public Guid Id { get; set; }
    public Guid FrameworkId { get; set; }
    /// <summary>1, 2, 3 … unique within the framework.</summary>
    public int Number { get; set; }
    public FrameworkVersionStatus Status { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? RetiredOn { get; set; }
    /// <summary>What changed in this edition (Markdown), shown to reviewers and coops.</summary>
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<Recommendation> Recommendations { get; set; } = [];

    /// <summary>Only a draft's text can change; once out for consultation or published, it is frozen.</summary>
    public bool IsEditable => Status == FrameworkVersionStatus.Draft;
}

/// <summary>A chapter of a version ("Gouvernance", "Protection des renseignements personnels").</summary>
internal sealed class Section
{
    public const int TitleMax = 200;

    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public int Order { get; set; }
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleFr;
}
