namespace CoopSante.Membership.Resources;

/// <summary>Marker for the retention job's resources: ProbeText.resx (fr) and ProbeText.en.resx (en).</summary>
internal sealed class ProbeText;
