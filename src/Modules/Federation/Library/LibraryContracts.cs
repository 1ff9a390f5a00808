namespace CoopSante.Federation.Library;

/// <summary>
/// What the federation sends to file or change a library document. <see cref="Category"/>: a <see cref="LibraryCategory"/> name;
/// <see cref="Audience"/>: <c>AllCoops</c>, <c>Regions</c> (with regions) or <c>Coops</c> (with coopIds). <see cref="Version"/> as read, to change one.
/// </summary>
internal sealed record LibraryDocumentInput(string? TitleFr, string? TitleEn, string? DescriptionFr, string? DescriptionEn, string? Category, string? Audience,
    IReadOnlyList<string>? Regions = null, IReadOnlyList<Guid>? CoopIds = null, int? Version = null);

internal sealed record LibraryVersionDto(Guid Id, int Number, string FileName, string ContentType, long Length, string? Note, DateTimeOffset UploadedAt, string? UploadedBy);

/// <summary>A library document as the federation manages it, every version included.</summary>
internal sealed record FederationLibraryDocumentDto(Guid Id, string TitleFr, string TitleEn, string DescriptionFr, string DescriptionEn, string Category,
    string Audience, IReadOnlyList<string> Regions, IReadOnlyList<Guid> CoopIds, IReadOnlyList<LibraryVersionDto> Versions, DateTimeOffset UpdatedAt,
    bool Withdrawn, int Version);

/// <summary>A library document as a coop's people see it, in their language: the current version first, then the older ones.</summary>
internal sealed record CoopLibraryDocumentDto(Guid Id, string Title, string Description, string Category, DateTimeOffset UpdatedAt, IReadOnlyList<LibraryVersionDto> Versions);
