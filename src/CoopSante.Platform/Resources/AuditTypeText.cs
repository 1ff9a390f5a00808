namespace CoopSante.Platform.Resources;

/// <summary>Marker for the platform's audit event type labels (keys <c>AuditType.{Name}</c>): AuditTypeText.resx (fr) and .en.resx.</summary>
public sealed class AuditTypeText;
