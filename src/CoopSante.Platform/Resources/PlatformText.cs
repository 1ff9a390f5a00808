namespace CoopSante.Platform.Resources;

/// <summary>Marker for the platform's resources (errors and shared screen text): PlatformText.resx (fr) and .en.resx.</summary>
public sealed class PlatformText;
