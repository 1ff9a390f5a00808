namespace CoopSante.Membership.Resources;

/// <summary>Marker for preferred shares (their price in the by-laws, transfers and refunds): PreferredShareText.resx (fr) and .en.resx (en).</summary>
internal sealed class PreferredShareText;
