namespace CoopSante.Compliance.Resources;

/// <summary>Marker for the texts of frameworks, consultations, privacy registers and the follow-up committee (fr-CA default, en-CA).</summary>
internal sealed class FrameworkText;
