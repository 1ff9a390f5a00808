namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the telemedicine module's texts (fr-CA default, en-CA).</summary>
internal sealed class TelemedicineText;
