namespace CoopSante.Membership.Resources;

/// <summary>Marker for the meeting page, vote suspensions, directors and mailed notices: MeetingOpsText.resx (fr) and MeetingOpsText.en.resx (en).</summary>
internal sealed class MeetingOpsText;
