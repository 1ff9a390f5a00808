namespace CoopSante.Membership.Resources;

/// <summary>Marker for the register export/import and member portal resources: RegisterIoText.resx (fr) and RegisterIoText.en.resx (en).</summary>
internal sealed class RegisterIoText;
