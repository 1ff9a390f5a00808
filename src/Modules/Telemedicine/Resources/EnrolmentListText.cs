namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the texts of the enrolments list (fr-CA default, en-CA).</summary>
internal sealed class EnrolmentListText;
