using CoopSante.Platform.Errors;
using CoopSante.Telemedicine.Remittance;
using CoopSante.Telemedicine.Stats;

namespace CoopSante.Tests.Telemedicine;

public class RemittanceRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2026-12", "2026-12-01")]
    [InlineData(" 2026-11 ", "2026-11-01")]
    [InlineData("2020-01", "2020-01-01")]
    public void The_current_month_or_a_past_one_can_be_reported(string period, string first) =>
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), RemittanceReport.ParsePeriod(period, Today));

    [Theory]
    [InlineData("2027-01", "Telemedicine.RemittancePeriodFuture")]
    [InlineData("2099-12", "Telemedicine.RemittancePeriodFuture")]
    [InlineData("2026-13", "Telemedicine.PeriodInvalid")]
    [InlineData("1999-12", "Telemedicine.PeriodInvalid")]
    [InlineData("=SUM(A1)", "Telemedicine.PeriodInvalid")]
    [InlineData("2026-1\u0000", "Telemedicine.PeriodInvalid")]
    [InlineData(null, "Telemedicine.PeriodInvalid")]
    public void A_month_not_yet_begun_or_a_malformed_one_is_refused_with_its_code(string? period, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => RemittanceReport.ParsePeriod(period, Today)).Failures[0].Error.Code);

    [Fact]
    public void The_amount_owed_is_the_households_times_the_fee_to_the_cent() =>
        Assert.Equal((0m, 16.50m, 550_000.00m), (RemittanceReport.Owed(0, 5.50m), RemittanceReport.Owed(3, 5.50m), RemittanceReport.Owed(100_000, 5.50m)));

    [Fact]
    public void The_failure_rate_is_returned_debits_per_hundred_invoices_and_zero_without_invoices() =>
        Assert.Equal((0m, 33.3m, 100m), (TelemedicineStats.FailureRate(0, 0), TelemedicineStats.FailureRate(1, 3), TelemedicineStats.FailureRate(4, 4)));
}
