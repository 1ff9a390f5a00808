namespace CoopSante.Federation.Resources;

/// <summary>Marker for the directory's search and its way to membership: DirectorySearchText.resx (fr) and DirectorySearchText.en.resx (en).</summary>
internal sealed class DirectorySearchText;
