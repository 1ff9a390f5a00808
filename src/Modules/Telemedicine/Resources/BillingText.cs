namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the texts of telemedicine billing: runs, CPA-005 files, returns, payments, receipts (fr-CA default, en-CA).</summary>
internal sealed class BillingText;
