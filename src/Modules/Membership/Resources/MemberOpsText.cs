namespace CoopSante.Membership.Resources;

/// <summary>Marker for the member operations' resources (status, s. 58, refunds, amounts owed): MemberOpsText.resx (fr) and MemberOpsText.en.resx (en).</summary>
internal sealed class MemberOpsText;
