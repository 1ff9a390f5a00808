using CoopSante.Compliance.Frameworks;

namespace CoopSante.Tests.Compliance;

public sealed class ApplicabilityTests
{
    private static readonly CoopFacts Small = new(OffersTelemedicine: false, MemberCount: 1500, HasClinic: false);
    private static readonly CoopFacts Large = new(OffersTelemedicine: true, MemberCount: 2001, HasClinic: true);

    [Fact]
    public void Always_applies_to_every_coop() =>
        Assert.True(ApplicabilityRule.Always.AppliesTo(Small) && ApplicabilityRule.Always.AppliesTo(Large));

    [Fact]
    public void The_member_threshold_applies_only_strictly_above_its_parameter()
    {
        var rule = new ApplicabilityRule(ApplicabilityKind.MoreMembersThan, 2000);
        Assert.False(rule.AppliesTo(Small with { MemberCount = 2000 }));
        Assert.True(rule.AppliesTo(Small with { MemberCount = 2001 }));
    }

    [Fact]
    public void Telemedicine_and_clinic_conditions_follow_the_coops_facts()
    {
        Assert.False(new ApplicabilityRule(ApplicabilityKind.OffersTelemedicine, null).AppliesTo(Small));
        Assert.True(new ApplicabilityRule(ApplicabilityKind.OffersTelemedicine, null).AppliesTo(Large));
        Assert.False(new ApplicabilityRule(ApplicabilityKind.HasClinic, null).AppliesTo(Small));
        Assert.True(new ApplicabilityRule(ApplicabilityKind.HasClinic, null).AppliesTo(Large));
    }

    [Theory]
    [InlineData((int)ApplicabilityKind.MoreMembersThan, null, "Compliance.ApplicabilityParameterInvalid")]
    [InlineData((int)ApplicabilityKind.MoreMembersThan, -1, "Compliance.ApplicabilityParameterInvalid")]
    [InlineData((int)ApplicabilityKind.MoreMembersThan, 1_000_001, "Compliance.ApplicabilityParameterInvalid")]
    [InlineData((int)ApplicabilityKind.Always, 5, "Compliance.ApplicabilityParameterNotExpected")]
    [InlineData((int)ApplicabilityKind.HasClinic, 0, "Compliance.ApplicabilityParameterNotExpected")]
    [InlineData(42, null, "Compliance.ApplicabilityUnknown")]
    public void A_parameter_that_does_not_fit_the_condition_is_refused(int kind, int? parameter, string code) =>
        Assert.Equal(code, Assert.Single(new ApplicabilityRule((ApplicabilityKind)kind, parameter).Validate("applicabilityParameter")).Error.Code);

    [Theory]
    [InlineData((int)ApplicabilityKind.MoreMembersThan, 0)]
    [InlineData((int)ApplicabilityKind.MoreMembersThan, 1_000_000)]
    [InlineData((int)ApplicabilityKind.OffersTelemedicine, null)]
    public void A_parameter_that_fits_is_accepted(int kind, int? parameter) =>
        Assert.Empty(new ApplicabilityRule((ApplicabilityKind)kind, parameter).Validate("applicabilityParameter"));

    [Theory]
    [InlineData(null, "Always")]
    [InlineData("hasclinic", "HasClinic")]
    [InlineData(" MoreMembersThan ", "MoreMembersThan")]
    [InlineData("2", null)]
    [InlineData("Never", null)]
    public void Applicability_names_parse_without_accepting_numbers(string? text, string? expected) =>
        Assert.Equal(expected, FrameworkEditing.ParseApplicability(text)?.ToString());
}
