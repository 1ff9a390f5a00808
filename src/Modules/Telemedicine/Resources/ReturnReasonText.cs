namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the names of the bank's return reasons (Payments Canada 900 series), as staff and members read them (fr-CA default, en-CA).</summary>
internal sealed class ReturnReasonText;
