namespace CoopSante.Compliance.Resources;

/// <summary>Marker for the compliance module's audit event type labels (keys <c>AuditType.{Name}</c>).</summary>
internal sealed class ComplianceAuditText;
