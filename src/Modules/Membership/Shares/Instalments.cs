namespace CoopSante.Membership.Shares;

/// <summary>
/// The by-laws' instalment schedule for subscribed shares (<c>InstalmentMonths</c>): what has fallen due and what is
/// overdue. An amount owing is overdue from the day its instalment falls due (shares payable at once: as soon as
/// subscribed and unpaid). Nothing here bears on care.
/// </summary>
internal static class Instalments
{
    /// <summary>One subscription: its date, amount and the by-laws' number of monthly instalments (0: payable at once).</summary>
    internal readonly record struct Subscription(DateOnly On, decimal Amount, int Months);

    /// <summary>
    /// The part of a subscription due by <paramref name="asOf"/>: instalment i (0-based) of <c>Months</c> equal ones falls
    /// due i months after the subscription; the last one takes the rounding.
    /// </summary>
    public static decimal DueBy(Subscription s, DateOnly asOf)
    {
        if (asOf < s.On) return 0m;
        if (s.Months <= 1) return s.Amount;
        var fallen = 0;
        while (fallen < s.Months && s.On.AddMonths(fallen) <= asOf) fallen++;
        return fallen >= s.Months ? s.Amount : decimal.Round(s.Amount * fallen / s.Months, 2, MidpointRounding.ToZero);
    }

    /// <summary>
    /// What is overdue: the amount owing less the instalments not yet due. Payments go to the oldest instalments first, so
    /// whatever is owed beyond the part still to fall due has fallen due and is unpaid.
    /// </summary>
    public static decimal Overdue(decimal owing, IEnumerable<Subscription> subscriptions, DateOnly asOf)
    {
        if (owing <= 0) return 0m;
        var notYetDue = subscriptions.Sum(s => s.Amount - DueBy(s, asOf));
        return Math.Max(0m, owing - notYetDue);
    }

    /// <summary>The next date an instalment falls due after <paramref name="asOf"/>, if any remains.</summary>
    public static DateOnly? NextDueOn(IEnumerable<Subscription> subscriptions, DateOnly asOf) =>
        subscriptions.SelectMany(s => Enumerable.Range(0, Math.Max(1, s.Months)).Select(i => s.On.AddMonths(i)))
            .Where(d => d > asOf).Order().Cast<DateOnly?>().FirstOrDefault();
}
