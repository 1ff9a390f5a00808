using CoopSante.Platform.Data;

namespace CoopSante.Federation.Partnerships;

/// <summary>A concerted action plan of an agreement: actions that partners and coops carry out together.</summary>
internal sealed class ActionPlan
{
    public const int TitleMax = 200;
    public const int ActionsMax = 200;

    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<PlanAction> Actions { get; set; } = [];
}

internal enum ActionStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
    Cancelled = 4,
}

/// <summary>Whose side carries an action: a coop's or the federation's person (named), or a partner's contact.</summary>
internal enum ActionOwnerSide
{
    Coop = 0,
    Federation = 1,
    Partner = 2,
}

internal sealed class PlanAction : IVersioned
{
    public const int TitleMax = 300;
    public const int OwnerNameMax = 200;
    public const int NotesMax = 100;

    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Guid AgreementId { get; set; }
    public string Title { get; set; } = "";
    public ActionOwnerSide OwnerSide { get; set; }
    /// <summary>The coop or federation person's name (for a partner contact, a copy of the contact's name).</summary>
    public string OwnerName { get; set; } = "";
    public Guid? OwnerContactId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; }
    public int Version { get; set; }
    public List<ActionNote> Notes { get; set; } = [];

    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress or ActionStatus.Blocked;
}

/// <summary>A dated progress note on an action, with its author.</summary>
internal sealed class ActionNote
{
    public const int TextMax = 2000;

    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
}
