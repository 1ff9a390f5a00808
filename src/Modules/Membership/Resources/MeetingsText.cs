namespace CoopSante.Membership.Resources;

/// <summary>Marker for the general meetings' resources: MeetingsText.resx (fr) and MeetingsText.en.resx (en).</summary>
internal sealed class MeetingsText;
