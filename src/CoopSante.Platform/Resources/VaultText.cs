namespace CoopSante.Platform.Resources;

/// <summary>Marker for the file store's and idempotency keys' messages: VaultText.resx (fr) and VaultText.en.resx.</summary>
public sealed class VaultText;
