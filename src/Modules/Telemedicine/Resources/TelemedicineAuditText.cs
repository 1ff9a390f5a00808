namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the telemedicine module's audit event type labels (keys <c>AuditType.{Name}</c>).</summary>
internal sealed class TelemedicineAuditText;
