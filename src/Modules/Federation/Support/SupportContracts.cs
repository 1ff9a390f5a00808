namespace CoopSante.Federation.Support;

/// <summary>A coop opens a request. <see cref="Category"/>: TechnicalSupport, Legal, HumanResources, InformationTechnology, Governance, Compliance or Consulting.</summary>
internal sealed record OpenRequestInput(string? Category, string? Subject, string? Description);

/// <summary>A message in the thread; the federation may mark the request as waiting for the coop's answer.</summary>
internal sealed record ReplyInput(string? Body, bool WaitForCoop = false);

/// <summary>Triage: the adviser (a federation user) and, when it was misfiled, the category.</summary>
internal sealed record AssignInput(Guid? AdviserId, string? Category = null);

/// <summary>A consulting quote: hours, and an hourly rate (null: the fair-cost schedule's rate in force today for the service type, which defaults to the request's category).</summary>
internal sealed record QuoteInput(decimal? Hours, string? Description, decimal? HourlyRate = null, string? ServiceType = null);

internal sealed record TimeEntryInput(DateOnly? WorkedOn, decimal? Hours, string? Note);

/// <summary>Closing a request: the resolution and the <c>version</c> as read.</summary>
internal sealed record CloseInput(string? Resolution, int? Version);

/// <summary>The coop's satisfaction at close: 1 to 5, and an optional comment.</summary>
internal sealed record RatingInput(int? Rating, string? Comment);

internal sealed record RateInput(string? Category, decimal? HourlyRate, DateOnly? EffectiveFrom);

/// <summary>A category's targets: first response in business hours, resolution in business days; <c>version</c> as read when the row exists.</summary>
internal sealed record TargetInput(int? FirstResponseHours, int? ResolutionDays, int? Version = null);

/// <summary>A request in a list. The overdue flags compare the deadlines with now.</summary>
internal sealed record SupportSummaryDto(Guid Id, Guid CoopId, string CoopName, string Reference, string Category, string Subject, string Status,
    DateTimeOffset OpenedAt, string? AdviserName, DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue, bool FirstResponseOverdue,
    bool ResolutionOverdue, int? Rating, int Version);

internal sealed record SupportMessageDto(Guid Id, bool FromFederation, string AuthorName, string Html, DateTimeOffset PostedAt);

internal sealed record SupportAttachmentDto(Guid Id, string FileName, string ContentType, long Length, bool FromFederation, DateTimeOffset AddedAt);

internal sealed record SupportQuoteDto(Guid Id, string Description, decimal Hours, decimal HourlyRate, decimal Amount, string State,
    DateTimeOffset ProposedAt, string? ProposedByName, DateTimeOffset? DecidedAt, string? DecidedByName);

internal sealed record SupportTimeEntryDto(Guid Id, DateOnly WorkedOn, decimal Hours, string Note, string? AdviserName);

internal sealed record SupportInvoiceDto(Guid Id, string Number, DateOnly IssuedOn, decimal Hours, decimal HourlyRate, decimal Amount);

/// <summary>One request with its thread, files, quotes, time and invoice; <see cref="DescriptionHtml"/> and messages are sanitized HTML.</summary>
internal sealed record SupportRequestDto(SupportSummaryDto Summary, string Description, string DescriptionHtml, IReadOnlyList<SupportMessageDto> Messages,
    IReadOnlyList<SupportAttachmentDto> Attachments, IReadOnlyList<SupportQuoteDto> Quotes, IReadOnlyList<SupportTimeEntryDto> TimeEntries,
    decimal LoggedHours, SupportInvoiceDto? Invoice, string? Resolution, DateTimeOffset? ClosedAt, string? RatingComment);

internal sealed record FairCostRateDto(Guid Id, string Category, decimal HourlyRate, DateOnly EffectiveFrom, bool InForce);

internal sealed record SupportTargetDto(string Category, int FirstResponseHours, int ResolutionDays, int Version, bool IsDefault);

internal sealed record AdviserDto(Guid Id, string Name);

/// <summary>Filters of the federation's queue.</summary>
internal sealed record QueueFilter(string? Status = null, string? Category = null, Guid? CoopId = null, bool OverdueOnly = false, Guid? AdviserId = null);
