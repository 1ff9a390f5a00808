namespace CoopSante.Membership.Resources;

/// <summary>Marker for recording a board election on the meeting page: ElectionText.resx (fr) and ElectionText.en.resx (en).</summary>
internal sealed class ElectionText;
