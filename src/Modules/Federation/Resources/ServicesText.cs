namespace CoopSante.Federation.Resources;

/// <summary>Marker for the federation's services to its coops (facts, bulletins, support, library, partnerships): ServicesText.resx (fr) and ServicesText.en.resx (en).</summary>
internal sealed class ServicesText;
