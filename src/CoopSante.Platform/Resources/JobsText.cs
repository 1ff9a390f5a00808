namespace CoopSante.Platform.Resources;

/// <summary>Marker for the jobs page's and the outbox states' resources: JobsText.resx (fr) and JobsText.en.resx.</summary>
public sealed class JobsText;
