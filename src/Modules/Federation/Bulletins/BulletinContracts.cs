namespace CoopSante.Federation.Bulletins;

/// <summary>What the federation sends to publish a bulletin. <see cref="Audience"/>: <c>AllCoops</c>, <c>Regions</c> or <c>Coops</c>.</summary>
internal sealed record BulletinInput(string? TitleFr, string? TitleEn, string? BodyFr, string? BodyEn, string? Audience,
    IReadOnlyList<string>? Regions = null, IReadOnlyList<Guid>? CoopIds = null);

internal sealed record BulletinAttachmentDto(Guid Id, string FileName, string ContentType, long Length);

/// <summary>A bulletin as the federation sees it, with how many of the coops it addresses have read it.</summary>
internal sealed record FederationBulletinDto(Guid Id, string TitleFr, string TitleEn, string BodyFr, string BodyEn, string Audience,
    IReadOnlyList<string> Regions, IReadOnlyList<Guid> CoopIds, IReadOnlyList<BulletinAttachmentDto> Attachments,
    DateTimeOffset PublishedAt, string? PublishedBy, bool Withdrawn, int CoopsAddressed, int CoopsRead, int Version);

/// <summary>Whether one addressed coop has read a bulletin (counts only: who, inside the coop, is the coop's business).</summary>
internal sealed record CoopReadDto(Guid CoopId, string CoopName, string RegionCode, int Readers, DateTimeOffset? FirstReadAt);

/// <summary>A bulletin as a coop's staff see it, in their language; <see cref="Html"/> is sanitized.</summary>
internal sealed record CoopBulletinDto(Guid Id, string Title, string Html, DateTimeOffset PublishedAt, IReadOnlyList<BulletinAttachmentDto> Attachments,
    bool ReadByMe, int ReadersInCoop);
