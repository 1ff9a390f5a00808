namespace CoopSante.Membership.Resources;

/// <summary>Marker for annual contributions (charges, payments, receipts, amounts owed): ContributionText.resx (fr) and .en.resx (en).</summary>
internal sealed class ContributionText;
