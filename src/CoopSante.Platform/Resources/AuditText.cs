namespace CoopSante.Platform.Resources;

/// <summary>Marker for the audit log screen's resources: AuditText.resx (fr) and AuditText.en.resx.</summary>
public sealed class AuditText;
