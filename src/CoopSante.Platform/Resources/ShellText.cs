namespace CoopSante.Platform.Resources;

/// <summary>Marker for the shell's resources (home pages, audit log sentences): ShellText.resx (fr) and ShellText.en.resx (en).</summary>
public sealed class ShellText;
