namespace CoopSante.Platform.Audit;

/// <summary>
/// One row of the append-only audit log. Rows form hash chains, one per coop (and one for events outside any coop):
/// each row's <see cref="Hash"/> is an HMAC over its fields and the previous row's hash in its chain, with a key held
/// outside the database; positions in a chain have no gaps, and no number is ever handed out twice (ADR 0018).
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The row's number in the whole log: never reused, but not gap-free once chains run in parallel.</summary>
    public long Sequence { get; set; }
    /// <summary>The chain: a coop's id ("N" format), or "" for events outside any coop and for every row written before chains.</summary>
    public string Chain { get; set; } = "";
    /// <summary>Position in <see cref="Chain"/>; 0 on rows written before chains, whose position is their <see cref="Sequence"/>.</summary>
    public long ChainSequence { get; set; }
    /// <summary>The gap-free position that the chain rule hashes and verification walks.</summary>
    public long Position => ChainSequence == 0 ? Sequence : ChainSequence;
    public DateTimeOffset OccurredAt { get; set; }
    public AuditEventType Type { get; set; }
    public Guid? ActorUserId { get; set; }
    public Guid? ActorApiKeyId { get; set; }
    public string? ActorName { get; set; }
    public string? ActorRoles { get; set; }
    public Guid? CoopId { get; set; }
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }
    /// <summary>For health-information access: the patient whose information was touched.</summary>
    public Guid? PatientId { get; set; }
    /// <summary>Why (purpose of an access, reason of a break-the-glass, resolution of a decision).</summary>
    public string? Purpose { get; set; }
    public string? IpAddress { get; set; }
    /// <summary>Structured details as JSON, never personal health data or a health card number.</summary>
    public string? Details { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>What a feature asks the audit trail to record; the actor, time and chain are filled in.</summary>
public sealed record AuditEntry(
    AuditEventType Type,
    string? TargetType = null,
    string? TargetId = null,
    Guid? CoopId = null,
    object? Details = null,
    Guid? PatientId = null,
    string? Purpose = null);

/// <summary>
/// The newest link of one chain, updated in the transaction that appends to it: appends to a chain queue on this row
/// (not on a global lock), positions come from it (never from the rows, so deleted rows leave a gap rather than being
/// renumbered), and verification compares it, and the signed checkpoint outside the database, with the rows.
/// </summary>
public sealed class AuditChainHead
{
    public string Chain { get; set; } = "";
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = "";
}
