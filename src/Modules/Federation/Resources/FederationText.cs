namespace CoopSante.Federation.Resources;

/// <summary>Marker for the federation module's resources: FederationText.resx (fr) and FederationText.en.resx (en).</summary>
internal sealed class FederationText;
