using CoopSante.Platform.Data;

namespace CoopSante.Federation.Bulletins;

internal enum BulletinAudience
{
    AllCoops = 0,
    Regions = 1,
    Coops = 2,
}

/// <summary>
/// A bulletin the federation publishes to its coops: a title and a Markdown body in each language, an audience, attachments.
/// Not coop-owned (the federation writes it); who may read it is decided by <see cref="BulletinAddressing"/>.
/// </summary>
internal sealed class Bulletin : IVersioned
{
    public const int TitleMax = 200;
    public const int BodyMax = 20_000;
    public const int AttachmentsMax = 10;

    public Guid Id { get; set; }
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string BodyFr { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public BulletinAudience Audience { get; set; }
    public List<BulletinTarget> Targets { get; set; } = [];
    public List<BulletinAttachment> Attachments { get; set; } = [];
    public DateTimeOffset PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }
    public string? PublishedByName { get; set; }
    /// <summary>Set when the federation withdraws it: coops no longer see it.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Version { get; set; }

    public string Title(bool english) => english ? TitleEn : TitleFr;
    public string Body(bool english) => english ? BodyEn : BodyFr;
}

/// <summary>One region or one coop a bulletin is addressed to (none when it goes to every coop).</summary>
internal sealed class BulletinTarget
{
    public Guid Id { get; set; }
    public Guid BulletinId { get; set; }
    public string? RegionCode { get; set; }
    public Guid? CoopId { get; set; }
}

/// <summary>A file attached to a bulletin, kept in the platform's file store under the federation's owner id.</summary>
internal sealed class BulletinAttachment
{
    public Guid Id { get; set; }
    public Guid BulletinId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
}

/// <summary>A person of a coop marked a bulletin read (the federation sees it per coop, never per person).</summary>
internal sealed class BulletinRead : ICoopOwned
{
    public Guid BulletinId { get; set; }
    public Guid CoopId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>A bulletin went in a person's e-mail digest: each bulletin is sent once per person (the digest's idempotency).</summary>
internal sealed class BulletinDigestEntry
{
    public Guid BulletinId { get; set; }
    public Guid UserId { get; set; }
    public Guid CoopId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
