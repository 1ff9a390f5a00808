namespace CoopSante.Federation.Coops;

internal enum CoopChangeKind
{
    Created = 0,
    Updated = 1,
    StatusChanged = 2,
    ProfileUpdated = 3,
}

/// <summary>One entry of a coop's change history: who changed which fields, from what to what. Written in the same transaction as the change.</summary>
internal sealed class CoopChange
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public CoopChangeKind Kind { get; set; }
    public Guid? ActorUserId { get; set; }
    public string? ActorName { get; set; }
    /// <summary>The changed fields as JSON: [{ "field", "old", "new" }].</summary>
    public string Changes { get; set; } = "[]";
}

internal sealed record FieldChange(string Field, string? Old, string? New);
