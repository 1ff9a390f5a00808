namespace CoopSante.Federation.Resources;

/// <summary>Marker for support and consulting (screens, errors, e-mails, invoice): SupportText.resx (fr) and SupportText.en.resx (en).</summary>
internal sealed class SupportText;
