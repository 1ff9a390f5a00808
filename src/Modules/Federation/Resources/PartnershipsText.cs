namespace CoopSante.Federation.Resources;

/// <summary>Marker for partnerships with the public network: PartnershipsText.resx (fr) and PartnershipsText.en.resx (en).</summary>
internal sealed class PartnershipsText;
