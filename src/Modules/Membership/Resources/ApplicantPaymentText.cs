namespace CoopSante.Membership.Resources;

/// <summary>Marker for the qualifying shares paid with an application (before admission) and refunded on refusal: ApplicantPaymentText.resx (fr) and .en.resx (en).</summary>
internal sealed class ApplicantPaymentText;
