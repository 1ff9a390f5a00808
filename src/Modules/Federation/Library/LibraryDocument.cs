using CoopSante.Federation.Bulletins;
using CoopSante.Platform.Data;

namespace CoopSante.Federation.Library;

/// <summary>What kind of document the federation shares (labels in LibraryText under <c>Library.Category.*</c>).</summary>
internal enum LibraryCategory
{
    Guide = 0,
    Template = 1,
    BylawModel = 2,
    Policy = 3,
    Form = 4,
    Training = 5,
    Other = 6,
}

/// <summary>
/// A document of the federation's library (a guide, a template, a by-law model): titles and descriptions in both
/// languages, a category, an audience like a bulletin's, and its files as numbered versions (older ones stay downloadable).
/// Not coop-owned: who may read it is decided by <see cref="LibraryAddressing"/>.
/// </summary>
internal sealed class LibraryDocument : IVersioned
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 4_000;
    public const int SearchTextMax = 9_000;

    public Guid Id { get; set; }
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionFr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public LibraryCategory Category { get; set; }
    public BulletinAudience Audience { get; set; }
    public List<LibraryDocumentTarget> Targets { get; set; } = [];
    public List<LibraryDocumentVersion> Versions { get; set; } = [];
    /// <summary>The number of the newest version (0 before the first file): coops see a document once it has one.</summary>
    public int CurrentVersion { get; set; }
    /// <summary>Titles, descriptions and category labels through <c>SearchNormalizer</c>: accents and case do not matter.</summary>
    public string SearchText { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set when the federation withdraws it: coops no longer see or download it.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Version { get; set; }

    public string Title(bool english) => english ? TitleEn : TitleFr;
    public string Description(bool english) => english ? DescriptionEn : DescriptionFr;
}

/// <summary>One region or one coop a document is addressed to (none when it goes to every coop).</summary>
internal sealed class LibraryDocumentTarget
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public string? RegionCode { get; set; }
    public Guid? CoopId { get; set; }
}

/// <summary>One file of a document, numbered from 1, kept in the platform's file store under the federation's owner id.</summary>
internal sealed class LibraryDocumentVersion
{
    public const int NoteMax = 500;

    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Number { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    /// <summary>What changed in this version, optional.</summary>
    public string? Note { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedByName { get; set; }
}
