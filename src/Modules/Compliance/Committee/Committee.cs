namespace CoopSante.Compliance.Committee;

/// <summary>A member of the follow-up committee (comité de suivi): FQCS staff, a coop's representative, or an external partner.</summary>
internal sealed class CommitteeMember
{
    public const int NameMax = 200;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    public bool IsExternal { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}

/// <summary>A committee meeting with its agenda and minutes (Markdown).</summary>
internal sealed class CommitteeMeeting
{
    public const int TitleMax = 200;
    public const int TextMax = 20_000;

    public Guid Id { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Title { get; set; } = "";
    public string Agenda { get; set; } = "";
    public string? Minutes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A decision taken at a meeting.</summary>
internal sealed class CommitteeDecision
{
    public const int TextMax = 2000;

    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string Text { get; set; } = "";
    public int Order { get; set; }
}

internal enum FollowUpStatus
{
    Open = 0,
    Done = 1,
}

/// <summary>A follow-up item of a decision: an owner, a due date, and optionally the recommendation (by code) or the coop it concerns.</summary>
internal sealed class FollowUpItem
{
    public const int TitleMax = 300;

    public Guid Id { get; set; }
    public Guid DecisionId { get; set; }
    public string Title { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public FollowUpStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? RecommendationCode { get; set; }
    public Guid? CoopId { get; set; }
    public int Version { get; set; }
}
