namespace CoopSante.Platform.Resources;

/// <summary>Marker for the printed documents' own words (page numbers, letterhead): DocumentsText.resx (fr) and DocumentsText.en.resx.</summary>
public sealed class DocumentsText;
