namespace CoopSante.Platform.Security.AuditorAssignments;

/// <summary>A federation auditor assigned to a coop: the coop rules that admit auditors pass only in their assigned coops.</summary>
public sealed class AuditorAssignment
{
    public Guid Id { get; set; }
    /// <summary>The person holding the FederationAuditor role.</summary>
    public Guid AuditorId { get; set; }
    public Guid CoopId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    /// <summary>The federation admin who made the assignment.</summary>
    public Guid? AssignedBy { get; set; }
}
