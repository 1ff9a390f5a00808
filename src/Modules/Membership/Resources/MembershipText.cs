namespace CoopSante.Membership.Resources;

/// <summary>Marker for the membership module's resources: MembershipText.resx (fr) and MembershipText.en.resx (en).</summary>
internal sealed class MembershipText;
