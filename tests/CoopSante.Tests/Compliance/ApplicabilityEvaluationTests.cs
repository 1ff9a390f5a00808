using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Frameworks;

namespace CoopSante.Tests.Compliance;

public class ApplicabilityEvaluationTests
{
    private static readonly KnownCoopFacts Unknown = new(null, null, null);

    [Fact]
    public void Always_applies_whatever_is_known()
    {
        Assert.True(ApplicabilityEvaluation.Evaluate(ApplicabilityRule.Always, Unknown).Applies);
    }

    [Fact]
    public void An_unknown_fact_does_not_apply_and_says_it_was_not_available()
    {
        var telemedicine = ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.OffersTelemedicine, null), Unknown);
        var clinic = ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.HasClinic, null), Unknown);
        var members = ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.MoreMembersThan, 1500), Unknown);
        Assert.Equal((false, "Campaign.Applicability.TelemedicineUnknown"), (telemedicine.Applies, telemedicine.Note));
        Assert.Equal((false, "Campaign.Applicability.ClinicUnknown"), (clinic.Applies, clinic.Note));
        Assert.Equal((false, "Campaign.Applicability.MembersUnknown|1500"), (members.Applies, members.Note));
    }

    [Fact]
    public void The_member_threshold_is_strictly_more_than_N()
    {
        Assert.False(ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.MoreMembersThan, 2000), new(null, 2000, null)).Applies);
        var above = ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.MoreMembersThan, 2000), new(null, 2001, null));
        Assert.True(above.Applies);
        Assert.Equal(["2000", "2001"], ApplicabilityVerdict.Args(above.Note));
    }

    [Fact]
    public void Telemedicine_applies_only_to_participating_coops()
    {
        Assert.True(ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.OffersTelemedicine, null), new(true, null, null)).Applies);
        Assert.False(ApplicabilityEvaluation.Evaluate(new(ApplicabilityKind.OffersTelemedicine, null), new(false, null, null)).Applies);
    }
}
