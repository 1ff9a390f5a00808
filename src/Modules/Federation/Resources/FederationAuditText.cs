namespace CoopSante.Federation.Resources;

/// <summary>Marker for the federation's audit event type labels (keys <c>AuditType.{Name}</c>).</summary>
internal sealed class FederationAuditText;
