namespace CoopSante.Compliance.Resources;

/// <summary>Marker for the texts of campaigns, assessments, evidence, reviews, results and indicators (fr-CA default, en-CA).</summary>
internal sealed class CampaignText;
