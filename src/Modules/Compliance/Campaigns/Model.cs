using System.Text.Json.Serialization;
using CoopSante.Platform.Data;

namespace CoopSante.Compliance.Campaigns;

[JsonConverter(typeof(JsonStringEnumConverter<CampaignStatus>))]
internal enum CampaignStatus { Open = 1, Closed = 2 }

/// <summary>Where a coop's assessment stands in the conformity process.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentStatus>))]
internal enum AssessmentStatus
{
    ToDo = 1,
    InProgress = 2,
    Submitted = 3,
    ChangesRequested = 4,
    Accepted = 5,
    /// <summary>Accepted and every action-plan item done: the auditor closed it.</summary>
    Closed = 6,
}

[JsonConverter(typeof(JsonStringEnumConverter<ItemStatus>))]
internal enum ItemStatus { ToDo = 1, Answered = 2, Accepted = 3, ChangesRequested = 4 }

[JsonConverter(typeof(JsonStringEnumConverter<FindingKind>))]
internal enum FindingKind { Observation = 1, MinorNonConformity = 2, MajorNonConformity = 3, Recommendation = 4 }

[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
internal enum ActionStatus { Open = 1, InProgress = 2, Done = 3 }

/// <summary>A conformity campaign the federation opens on one published version of a framework, for chosen coops.</summary>
internal sealed class Campaign : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid FrameworkVersionId { get; set; }
    /// <summary>The framework's name and version number when the campaign opened (the version is frozen once published).</summary>
    public string VersionLabel { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public CampaignStatus Status { get; set; } = CampaignStatus.Open;
    public DateTimeOffset OpenedAt { get; set; }
    public Guid? OpenedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One coop's assessment in a campaign.</summary>
internal sealed class Assessment : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid CampaignId { get; set; }
    public AssessmentStatus Status { get; set; } = AssessmentStatus.ToDo;
    /// <summary>The earlier assessment its answers, comments and evidence were carried over from.</summary>
    public Guid? CarriedFrom { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Version { get; set; }
    public List<AssessmentItem> Items { get; set; } = [];
}

/// <summary>
/// One recommendation in a coop's assessment. Its code, title, section and weight are copied from the published
/// version when the campaign opens, so that scores and reports stay what they were whatever happens to the framework later.
/// </summary>
internal sealed class AssessmentItem : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid RecommendationId { get; set; }
    public string Code { get; set; } = "";
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Guid SectionId { get; set; }
    public string SectionTitleFr { get; set; } = "";
    public string SectionTitleEn { get; set; } = "";
    public int SectionOrder { get; set; }
    public int Order { get; set; }
    public int Weight { get; set; } = 1;
    /// <summary>False when the recommendation's condition does not hold for the coop (the item is shown, not answered).</summary>
    public bool Applicable { get; set; } = true;
    /// <summary>Why it applies or not (resource key of the condition and its evaluation), for the applicability statement.</summary>
    public string ApplicabilityNote { get; set; } = "";
    public Answer? Answer { get; set; }
    public string? Justification { get; set; }
    public string? Comment { get; set; }
    public ItemStatus Status { get; set; } = ItemStatus.ToDo;
    public bool CarriedOver { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public List<ItemEvidence> Evidence { get; set; } = [];

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleFr;
    public string SectionTitle(bool english) => english && SectionTitleEn.Length > 0 ? SectionTitleEn : SectionTitleFr;
}

/// <summary>
/// A coop's evidence file: kept once (content in the platform's file store, SHA-256 there) and attached to items of any
/// campaign. It attests a date of its own, apart from its upload, and may expire.
/// </summary>
internal sealed class Evidence : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid FileId { get; set; }
    public string Title { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public DateOnly AttestsOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Past its expiry: still kept and shown, flagged; no answer saved from then on may rest on it.</summary>
    public static bool IsExpired(DateOnly? expiresOn, DateOnly today) => expiresOn is { } x && x < today;
}

internal sealed class ItemEvidence : ICoopOwned
{
    public Guid ItemId { get; set; }
    public Guid EvidenceId { get; set; }
    public Guid CoopId { get; set; }
}

/// <summary>An audit visit of the coop by its auditor, with its findings.</summary>
internal sealed class AuditVisit : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid AssessmentId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public Guid? AuditorId { get; set; }
    public string Summary { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class Finding : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid VisitId { get; set; }
    /// <summary>The assessment item it concerns, if any.</summary>
    public Guid? ItemId { get; set; }
    public FindingKind Kind { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>An action-plan item a finding produced, followed until done with a proof of completion.</summary>
internal sealed class ActionItem : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid FindingId { get; set; }
    public string Title { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    /// <summary>The evidence that proves the work done (required to mark it done).</summary>
    public Guid? ProofEvidenceId { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A reminder sent once, ever: its key names the item and the threshold (<c>due:7:{assessment}</c>, <c>overdue:{action}</c>).</summary>
internal sealed class ReminderSent
{
    public string Key { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}
