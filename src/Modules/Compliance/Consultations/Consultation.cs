namespace CoopSante.Compliance.Consultations;

/// <summary>
/// The consultation on a draft version: the reviewers the federation invited (coop admins, and guests from the public
/// network) comment per recommendation until it closes. One per version.
/// </summary>
internal sealed class Consultation
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A person invited to comment. A guest (CISSS, RAMQ, Collège, municipality) has an account with no role anywhere: this
/// row is their only access, and it reaches this consultation alone.
/// </summary>
internal sealed class ConsultationReviewer
{
    public const int NameMax = 200;
    public const int OrganizationMax = 200;

    public Guid Id { get; set; }
    public Guid ConsultationId { get; set; }
    public Guid UserId { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Organization { get; set; } = "";
    /// <summary>True when the invitation created the account (an external guest).</summary>
    public bool IsGuest { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
}

internal enum CommentOutcome
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Merged = 3,
}

/// <summary>A comment on one recommendation; a reply names its thread's first comment, which alone carries the outcome.</summary>
internal sealed class ConsultationComment
{
    public const int BodyMax = 4000;
    public const int ReasonMax = 2000;

    public Guid Id { get; set; }
    public Guid ConsultationId { get; set; }
    public Guid RecommendationId { get; set; }
    public Guid? ParentId { get; set; }
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string AuthorOrganization { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset PostedAt { get; set; }
    public CommentOutcome Outcome { get; set; }
    public string? OutcomeReason { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int Version { get; set; }
}
