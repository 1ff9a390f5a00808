namespace CoopSante.Telemedicine.Resources;

/// <summary>Marker for the texts of dated household changes (people added to or removed from an enrolment), fr-CA default, en-CA.</summary>
internal sealed class HouseholdText;
