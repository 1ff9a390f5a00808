namespace CoopSante.Membership.Resources;

/// <summary>Marker for the state shown beside a legal deadline in the meetings' tables: DeadlineStateText.resx (fr) and .en.resx (en).</summary>
internal sealed class DeadlineStateText;
