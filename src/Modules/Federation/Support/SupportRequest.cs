using CoopSante.Platform.Data;

namespace CoopSante.Federation.Support;

/// <summary>What a coop asks the federation for; consulting is the one category that is quoted, logged and invoiced.</summary>
internal enum SupportCategory
{
    TechnicalSupport = 0,
    Legal = 1,
    HumanResources = 2,
    InformationTechnology = 3,
    Governance = 4,
    Compliance = 5,
    Consulting = 6,
}

/// <summary>Where a request stands. Quoted, Accepted and Invoiced are the consulting engagement's steps.</summary>
internal enum SupportStatus
{
    Open = 0,
    Assigned = 1,
    WaitingForCoop = 2,
    Quoted = 3,
    Accepted = 4,
    Invoiced = 5,
    Closed = 6,
}

internal enum QuoteState
{
    Proposed = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>
/// A coop's request to the federation: the coop writes it, the federation triages it, assigns an adviser, replies in the
/// thread and closes it with a resolution; the coop rates the service at close. Owned by the coop (its query filter).
/// </summary>
internal sealed class SupportRequest : ICoopOwned, IVersioned
{
    public const int SubjectMax = 200;
    public const int TextMax = 10_000;
    public const int ResolutionMax = 4_000;
    public const int CommentMax = 2_000;
    public const int AttachmentsMax = 20;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>The short number people quote on the phone ("DS-2026-0042"), unique.</summary>
    public string Reference { get; set; } = "";
    public SupportCategory Category { get; set; }
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    public SupportStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public Guid? OpenedBy { get; set; }
    public string? OpenedByName { get; set; }
    public Guid? AdviserId { get; set; }
    public string? AdviserName { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    /// <summary>The first reply of the federation (the first-response target is met when it comes before <see cref="FirstResponseDue"/>).</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }
    /// <summary>Deadlines computed at opening from the category's targets in force then (ADR 0040).</summary>
    public DateTimeOffset FirstResponseDue { get; set; }
    public DateTimeOffset ResolutionDue { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedByName { get; set; }
    public string? Resolution { get; set; }
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<SupportMessage> Messages { get; set; } = [];
    public List<SupportAttachment> Attachments { get; set; } = [];
    public List<SupportQuote> Quotes { get; set; } = [];
    public List<SupportTimeEntry> TimeEntries { get; set; } = [];

    public bool IsClosed => Status == SupportStatus.Closed;
    public bool FirstResponseOverdue(DateTimeOffset now) => FirstResponseAt is null && !IsClosed && now > FirstResponseDue;
    public bool ResolutionOverdue(DateTimeOffset now) => !IsClosed && now > ResolutionDue;
}

/// <summary>One message of a request's thread, from the coop or from the federation (Markdown, shown sanitized).</summary>
internal sealed class SupportMessage : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid CoopId { get; set; }
    public bool FromFederation { get; set; }
    public Guid? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset PostedAt { get; set; }
}

/// <summary>A file attached to a request by either side, kept in the file store under the coop's id.</summary>
internal sealed class SupportAttachment : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid CoopId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public bool FromFederation { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>The adviser's quote for a consulting engagement: hours × the hourly rate (from the fair-cost schedule by default).</summary>
internal sealed class SupportQuote : ICoopOwned
{
    public const int DescriptionMax = 4_000;
    public const decimal HoursMax = 1_000m;

    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid CoopId { get; set; }
    public string Description { get; set; } = "";
    public decimal Hours { get; set; }
    public decimal HourlyRate { get; set; }
    public decimal Amount { get; set; }
    public QuoteState State { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public string? ProposedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByName { get; set; }
}

/// <summary>Time an adviser spent on an accepted engagement.</summary>
internal sealed class SupportTimeEntry : ICoopOwned
{
    public const int NoteMax = 500;
    public const decimal HoursMax = 24m;

    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid CoopId { get; set; }
    public Guid QuoteId { get; set; }
    public DateOnly WorkedOn { get; set; }
    public decimal Hours { get; set; }
    public string Note { get; set; } = "";
    public string? AdviserName { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
}

/// <summary>The invoice of an engagement: the hours logged at the accepted quote's rate. One per request.</summary>
internal sealed class SupportInvoice : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>"FQCS-2026-0001": sequential per year, unique.</summary>
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public decimal Hours { get; set; }
    public decimal HourlyRate { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public string? IssuedByName { get; set; }
}
