namespace CoopSante.Federation.Resources;

/// <summary>Marker for the federation's library and advantages catalogue: LibraryText.resx (fr) and LibraryText.en.resx (en).</summary>
internal sealed class LibraryText;
