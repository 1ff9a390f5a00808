namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the texts of the provider's remittance report, the member's invoices in the portal and the charts of the stats (fr-CA default, en-CA).</summary>
internal sealed class RemittanceText;
