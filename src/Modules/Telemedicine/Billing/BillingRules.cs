using System.Globalization;

namespace CoopSante.Telemedicine.Billing;

/// <summary>Why a period cannot be billed.</summary>
internal enum PeriodProblem { None = 0, Invalid = 1, Future = 2, Closed = 3 }

/// <summary>The billing rules, as sentences: the period, the price in force, the debit date, the grace period, the file number.</summary>
internal static class BillingRules
{
    /// <summary>Rule H1: the payor is told the amount and date at least 10 days before the debit.</summary>
    public const int PreNoticeDays = 10;

    /// <summary>A soft failure is debited once more, on the next run; never a third time.</summary>
    public const int MaxDebitAttempts = 2;

    /// <summary>"2026-12" → 2026-12-01; null when it is not a month.</summary>
    public static DateOnly? ParsePeriod(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 2000
            ? d : null;

    public static string FormatPeriod(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// A run bills the current month or the next one (billing ahead leaves room for the 10-day pre-notice). A later month is
    /// in the future; an earlier one is closed: its invoices were issued by its own run or never will be.
    /// </summary>
    public static PeriodProblem CheckPeriod(DateOnly period, DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        if (period > current.AddMonths(1)) return PeriodProblem.Future;
        if (period < current) return PeriodProblem.Closed;
        return PeriodProblem.None;
    }

    /// <summary>The price whose effective date is the latest on or before <paramref name="on"/> (the first of the period: never pro rata).</summary>
    public static decimal? PriceInForce(IEnumerable<(DateOnly From, decimal Price)> prices, DateOnly on) =>
        prices.Where(p => p.From <= on).OrderByDescending(p => p.From).Select(p => (decimal?)p.Price).FirstOrDefault();

    /// <summary>The household's monthly amount: the price plus the taxes in force, rounded to the cent.</summary>
    public static decimal Amount(decimal price, IEnumerable<decimal> taxRates) =>
        decimal.Round(price * (1 + taxRates.Sum()), 2, MidpointRounding.AwayFromZero);

    /// <summary>The coop's debit day of the period, but never sooner than 10 days after today's pre-notice.</summary>
    public static DateOnly DebitDate(DateOnly period, int debitDay, DateOnly today)
    {
        var planned = period.AddDays(Math.Clamp(debitDay, 1, 28) - 1);
        var earliest = today.AddDays(PreNoticeDays);
        return planned < earliest ? earliest : planned;
    }

    /// <summary>Coverage goes on until this day after the first failed debit; later returns never move it.</summary>
    public static DateOnly GraceEndsOn(DateOnly firstFailure, int graceDays) => firstFailure.AddDays(Math.Max(0, graceDays));

    /// <summary>The grace end after a failed debit: set by the first failure, kept by every later one.</summary>
    public static DateOnly GraceAfterFailure(DateOnly? current, DateOnly failedOn, int graceDays) => current ?? GraceEndsOn(failedOn, graceDays);

    /// <summary>Whether a returned debit is tried again on the next run.</summary>
    public static bool IsRetried(bool hard, int debitAttempts) => !hard && debitAttempts < MaxDebitAttempts;

    /// <summary>
    /// The next file creation number of a coop: one more than its last (9999 wraps to 1), skipping any of its last 10, so the
    /// bank never sees a number it has just processed.
    /// </summary>
    public static int NextFileCreationNumber(IReadOnlyList<int> lastTenNewestFirst)
    {
        if (lastTenNewestFirst.Count == 0) return 1;
        var next = lastTenNewestFirst[0];
        do next = next >= 9999 ? 1 : next + 1;
        while (lastTenNewestFirst.Take(10).Contains(next));
        return next;
    }

    /// <summary>Our cross-reference: T, the period as yyMM, the invoice's number in the run (T26120000001).</summary>
    public static string Reference(DateOnly period, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"T{period:yyMM}{number:0000000}");
}
