using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Model;

namespace CoopSante.Tests.Telemedicine;

public class BillingRulesTests
{
    private static readonly (DateOnly, decimal)[] Prices = [(new DateOnly(2025, 1, 1), 8.00m), (new DateOnly(2026, 12, 2), 9.00m), (new DateOnly(2027, 1, 1), 10.00m)];

    [Fact]
    public void The_price_in_force_on_the_first_of_the_period_is_billed_for_the_whole_month()
    {
        Assert.Equal(8.00m, BillingRules.PriceInForce(Prices, new DateOnly(2026, 12, 1)));
        Assert.Equal(10.00m, BillingRules.PriceInForce(Prices, new DateOnly(2027, 1, 1)));
        Assert.Null(BillingRules.PriceInForce(Prices, new DateOnly(2024, 12, 1)));
    }

    [Fact]
    public void Taxes_in_force_are_added_and_rounded_to_the_cent() =>
        Assert.Equal(9.20m, BillingRules.Amount(8.00m, [0.05m, 0.09975m]));

    [Theory]
    [InlineData("2026-12", "2026-12-06", 0)]
    [InlineData("2027-01", "2026-12-06", 0)]
    [InlineData("2027-02", "2026-12-06", 2)]
    [InlineData("2026-11", "2026-12-06", 3)]
    public void Only_the_current_or_next_month_can_be_billed(string period, string today, int problem) =>
        Assert.Equal((PeriodProblem)problem, BillingRules.CheckPeriod(BillingRules.ParsePeriod(period)!.Value, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-1")]
    [InlineData("2026-13")]
    [InlineData("26-12")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026-12-01")]
    public void A_period_is_a_month_written_yyyy_mm(string? text) => Assert.Null(BillingRules.ParsePeriod(text));

    [Fact]
    public void The_debit_is_never_sooner_than_ten_days_after_the_pre_notice()
    {
        Assert.Equal(new DateOnly(2027, 1, 15), BillingRules.DebitDate(new DateOnly(2027, 1, 1), 15, new DateOnly(2026, 12, 20)));
        Assert.Equal(new DateOnly(2026, 12, 16), BillingRules.DebitDate(new DateOnly(2026, 12, 1), 15, new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void The_grace_period_starts_at_the_first_failure_and_a_repeated_return_never_extends_it()
    {
        var first = BillingRules.GraceAfterFailure(null, new DateOnly(2026, 12, 20), 30);
        Assert.Equal(new DateOnly(2027, 1, 19), first);
        Assert.Equal(first, BillingRules.GraceAfterFailure(first, new DateOnly(2027, 1, 10), 30));
        var enrolment = new Enrolment();
        Assert.True(Dunning.OnFailedDebit(enrolment, new DateOnly(2026, 12, 20), 30));
        Assert.False(Dunning.OnFailedDebit(enrolment, new DateOnly(2027, 1, 18), 30));
        Assert.Equal(first, enrolment.GraceEndsOn);
    }

    [Fact]
    public void A_payment_ends_the_dunning_only_when_nothing_else_is_failed()
    {
        var enrolment = new Enrolment { DunningState = DunningState.InGrace, GraceEndsOn = new DateOnly(2027, 1, 19) };
        Dunning.OnPayment(enrolment, otherFailedInvoices: true);
        Assert.Equal(DunningState.InGrace, enrolment.DunningState);
        Dunning.OnPayment(enrolment, otherFailedInvoices: false);
        Assert.Equal((DunningState.None, (DateOnly?)null), (enrolment.DunningState, enrolment.GraceEndsOn));
    }

    [Fact]
    public void Soft_failures_are_debited_once_more_and_hard_ones_never()
    {
        Assert.True(BillingRules.IsRetried(hard: false, debitAttempts: 1));
        Assert.False(BillingRules.IsRetried(hard: false, debitAttempts: 2));
        Assert.False(BillingRules.IsRetried(hard: true, debitAttempts: 1));
    }

    [Fact]
    public void The_file_creation_number_increments_wraps_and_never_repeats_one_of_the_last_ten()
    {
        Assert.Equal(1, BillingRules.NextFileCreationNumber([]));
        Assert.Equal(8, BillingRules.NextFileCreationNumber([7, 6, 5]));
        Assert.Equal(1, BillingRules.NextFileCreationNumber([9999, 9998]));
        // After a wrap, numbers still among the last ten are skipped.
        Assert.Equal(4, BillingRules.NextFileCreationNumber([2, 3, 1, 9999, 9998, 9997, 9996, 9995, 9994, 9993]));
    }

    [Fact]
    public void The_cross_reference_is_bank_safe_and_fits_its_19_characters() =>
        Assert.Equal("T26120000042", BillingRules.Reference(new DateOnly(2026, 12, 1), 42));
}
