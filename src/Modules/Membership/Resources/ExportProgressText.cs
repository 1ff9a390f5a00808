namespace CoopSante.Membership.Resources;

/// <summary>Marker for the progress of a long export on the exports screen: ExportProgressText.resx (fr) and .en.resx (en).</summary>
internal sealed class ExportProgressText;
