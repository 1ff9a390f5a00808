using System.Globalization;
using CoopSante.Compliance.Frameworks;

namespace CoopSante.Compliance.Campaigns.Applicability;

/// <summary>Whether a recommendation applies to a coop, and the sentence that says why (a resource key and its arguments).</summary>
internal readonly record struct ApplicabilityVerdict(bool Applies, string Note)
{
    /// <summary>The note's resource key (before the first '|').</summary>
    public static string Key(string note) => note.Split('|')[0];

    public static string[] Args(string note) => note.Split('|')[1..];
}

/// <summary>
/// Evaluates a recommendation's condition against what is known of the coop. A condition whose fact is unknown
/// (its source module is not there) does not apply, and its note says the fact was not available, so that the
/// applicability statement never claims what nobody checked.
/// </summary>
internal static class ApplicabilityEvaluation
{
    public static ApplicabilityVerdict Evaluate(ApplicabilityRule rule, KnownCoopFacts facts) => rule.Kind switch
    {
        ApplicabilityKind.Always => new(true, "Campaign.Applicability.Always"),
        ApplicabilityKind.OffersTelemedicine => facts.OffersTelemedicine switch
        {
            null => new(false, "Campaign.Applicability.TelemedicineUnknown"),
            true => new(true, "Campaign.Applicability.TelemedicineYes"),
            false => new(false, "Campaign.Applicability.TelemedicineNo"),
        },
        ApplicabilityKind.MoreMembersThan => facts.MemberCount is not { } n
            ? new(false, "Campaign.Applicability.MembersUnknown|" + Number(rule.Parameter ?? 0))
            : new(n > (rule.Parameter ?? 0), (n > (rule.Parameter ?? 0) ? "Campaign.Applicability.MembersAbove|" : "Campaign.Applicability.MembersNotAbove|") + Number(rule.Parameter ?? 0) + "|" + Number(n)),
        ApplicabilityKind.HasClinic => facts.HasClinic switch
        {
            null => new(false, "Campaign.Applicability.ClinicUnknown"),
            true => new(true, "Campaign.Applicability.ClinicYes"),
            false => new(false, "Campaign.Applicability.ClinicNo"),
        },
        _ => new(false, "Campaign.Applicability.ConditionUnknown"),
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
