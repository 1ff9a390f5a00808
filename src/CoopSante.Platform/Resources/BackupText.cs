namespace CoopSante.Platform.Resources;

/// <summary>Marker for the backup job's resources: BackupText.resx (fr) and BackupText.en.resx.</summary>
public sealed class BackupText;
