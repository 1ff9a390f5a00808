using CoopSante.Membership.Contracts;
using CoopSante.Platform.Errors;
using CoopSante.Telemedicine;
using CoopSante.Telemedicine.Enrolments;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.ProgramSettings;
using CoopSante.Telemedicine.Roster;

namespace CoopSante.Tests.Telemedicine;

public sealed class FamilyRuleTests
{
    private static readonly TelemedicineProgram Program = new();
    private static readonly DateOnly On = new(2026, 12, 1);

    [Fact]
    public void The_member_is_always_covered_even_without_a_birth_date() =>
        Assert.True(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Member, null, sameAddress: false, On));

    [Fact]
    public void A_spouse_at_the_same_address_is_covered_one_elsewhere_is_not()
    {
        Assert.True(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Spouse, new DateOnly(1980, 5, 5), sameAddress: true, On));
        Assert.False(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Spouse, new DateOnly(1980, 5, 5), sameAddress: false, On));
    }

    [Fact]
    public void A_child_is_covered_the_day_before_turning_26_and_not_on_their_birthday()
    {
        var born = new DateOnly(2000, 12, 2);
        Assert.True(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Child, born, true, new DateOnly(2026, 12, 1)));
        Assert.False(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Child, born, true, new DateOnly(2026, 12, 2)));
        Assert.Equal(new DateOnly(2026, 12, 1), FamilyRule.LastDayAsChild(Program, born));
    }

    [Fact]
    public void A_child_under_26_living_at_another_address_is_not_covered() =>
        Assert.False(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Child, new DateOnly(2010, 1, 1), sameAddress: false, On));

    [Fact]
    public void A_child_without_a_birth_date_cannot_be_shown_under_the_limit() =>
        Assert.False(FamilyRule.IsCoveredFamily(Program, HouseholdRelationship.Child, null, true, On));

    [Fact]
    public void The_federation_can_change_the_age_limit_and_the_address_condition()
    {
        var program = new TelemedicineProgram { ChildAgeLimit = 18, SameAddressRequired = false };
        Assert.False(FamilyRule.IsCoveredFamily(program, HouseholdRelationship.Child, new DateOnly(2007, 1, 1), true, On));
        Assert.True(FamilyRule.IsCoveredFamily(program, HouseholdRelationship.Child, new DateOnly(2010, 1, 1), false, On));
    }

    [Fact]
    public void A_person_born_on_29_February_turns_a_year_older_on_1_March() =>
        Assert.Equal(25, FamilyRule.AgeOn(new DateOnly(2000, 2, 29), new DateOnly(2026, 2, 28)));
}

public sealed class CoverageDateTests
{
    [Fact]
    public void Cancellation_ends_coverage_at_the_end_of_the_current_month_by_default() =>
        Assert.Equal(new DateOnly(2026, 12, 31), CoverageDates.CancellationEnd(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 6), paidThrough: null));

    [Fact]
    public void Cancellation_ends_coverage_at_the_end_of_the_paid_period_when_billing_gives_it() =>
        Assert.Equal(new DateOnly(2027, 1, 31), CoverageDates.CancellationEnd(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 6), new DateOnly(2027, 1, 31)));

    [Fact]
    public void Cancelling_before_coverage_starts_leaves_nothing_covered() =>
        Assert.Equal(new DateOnly(2026, 12, 31), CoverageDates.CancellationEnd(new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 6), null));

    [Fact]
    public void Coverage_starts_today_or_within_90_days_never_in_the_past()
    {
        var today = new DateOnly(2026, 12, 6);
        Assert.True(CoverageDates.StartIsAllowed(today, today));
        Assert.True(CoverageDates.StartIsAllowed(today.AddDays(90), today));
        Assert.False(CoverageDates.StartIsAllowed(today.AddDays(-1), today));
        Assert.False(CoverageDates.StartIsAllowed(today.AddDays(91), today));
    }

    [Fact]
    public void End_of_month_handles_february_of_a_leap_year() =>
        Assert.Equal(new DateOnly(2028, 2, 29), CoverageDates.EndOfMonth(new DateOnly(2028, 2, 10)));
}

public sealed class BankNumberTests
{
    [Theory]
    [InlineData("815", "30123", "1234567")]
    [InlineData("815", "30123", "123456789012")]
    [InlineData(" 815 ", "30-123", "12 345 67")]
    public void Valid_canadian_bank_numbers_are_accepted(string institution, string transit, string account) =>
        Assert.Empty(BankNumbers.Validate(institution, transit, account));

    [Theory]
    [InlineData("81", "30123", "1234567", "Telemedicine.InstitutionInvalid")]
    [InlineData("8155", "30123", "1234567", "Telemedicine.InstitutionInvalid")]
    [InlineData("815", "3012", "1234567", "Telemedicine.TransitInvalid")]
    [InlineData("815", "30123", "1234567890123", "Telemedicine.AccountInvalid")]
    [InlineData("815", "30123", "1234", "Telemedicine.AccountInvalid")]
    [InlineData("815", "30123", "00000000", "Telemedicine.AccountInvalid")]
    [InlineData("815", "30123", "=1+2345678", "Telemedicine.AccountInvalid")]
    [InlineData("８１５", "30123", "1234567", "Telemedicine.InstitutionInvalid")]
    [InlineData(null, "30123", "1234567", "Telemedicine.InstitutionInvalid")]
    public void Invalid_bank_numbers_are_refused_with_their_code(string? institution, string transit, string account, string code) =>
        Assert.Contains(BankNumbers.Validate(institution, transit, account), f => f.Error.Code == code);
}

public sealed class ProgramRuleTests
{
    [Fact]
    public void The_price_in_force_is_the_latest_that_took_effect_and_8_dollars_without_any()
    {
        Assert.Equal(8.00m, ProgramRules.PriceOn([], new DateOnly(2026, 12, 1)));
        ProgramPrice[] prices = [new() { EffectiveFrom = new DateOnly(2026, 1, 1), HouseholdMonthlyPrice = 8m }, new() { EffectiveFrom = new DateOnly(2027, 1, 1), HouseholdMonthlyPrice = 9.5m }];
        Assert.Equal(8m, ProgramRules.PriceOn(prices, new DateOnly(2026, 12, 31)));
        Assert.Equal(9.5m, ProgramRules.PriceOn(prices, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void No_tax_applies_by_default_and_a_tax_applies_only_between_its_dates()
    {
        Assert.Empty(ProgramRules.TaxesOn([], new DateOnly(2026, 12, 1)));
        ProgramTax[] taxes = [new() { Name = "TPS", Rate = 0.05m, EffectiveFrom = new DateOnly(2027, 1, 1), EffectiveTo = new DateOnly(2027, 6, 30) }];
        Assert.Empty(ProgramRules.TaxesOn(taxes, new DateOnly(2026, 12, 31)));
        Assert.Single(ProgramRules.TaxesOn(taxes, new DateOnly(2027, 3, 1)));
        Assert.Empty(ProgramRules.TaxesOn(taxes, new DateOnly(2027, 7, 1)));
    }

    [Theory]
    [InlineData(8.00, true)]
    [InlineData(0, true)]
    [InlineData(8.005, false)]
    [InlineData(-1, false)]
    [InlineData(1000.01, false)]
    public void Amounts_are_dollars_and_cents_between_0_and_1000(decimal amount, bool valid) => Assert.Equal(valid, ProgramRules.IsMoney(amount));
}

public sealed class RosterCsvTests
{
    [Fact]
    public void The_roster_csv_neutralizes_formulas_typed_as_names()
    {
        var csv = System.Text.Encoding.UTF8.GetString(RosterApi.ToCsv([new RosterPerson(Guid.NewGuid(), "=HYPERLINK(\"http://x\")", "+Jean", new DateOnly(1980, 1, 2), "@a.ca", "fr",
            Guid.NewGuid(), new DateOnly(2026, 12, 1), null)]));
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("'+Jean", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFpersonId,familyName,givenName,birthDate,email,language,coopId,coverageStart,coverageEnd", csv, StringComparison.Ordinal);
    }
}
