namespace CoopSante.Compliance.Resources;

/// <summary>Marker for the compliance module's texts (fr-CA default, en-CA).</summary>
internal sealed class ComplianceText;
