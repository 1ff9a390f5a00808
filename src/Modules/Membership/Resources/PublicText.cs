namespace CoopSante.Membership.Resources;

/// <summary>Marker for the public way in, the applications list and the register's exports: PublicText.resx (fr) and PublicText.en.resx (en).</summary>
internal sealed class PublicText;
