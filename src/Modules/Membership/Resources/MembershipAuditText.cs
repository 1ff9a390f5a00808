namespace CoopSante.Membership.Resources;

/// <summary>Marker for membership's audit event type labels (keys <c>AuditType.{Name}</c>).</summary>
internal sealed class MembershipAuditText;
