namespace CoopSante.Platform.Audit;

/// <summary>
/// One row of the append-only audit log. Each row's <see cref="Hash"/> is an HMAC over its fields and the
/// previous row's hash, with a key held outside the database; <see cref="Sequence"/> has no gaps.
/// </summary>
public sealed class AuditEvent
{
    public long Sequence { get; set; }
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
