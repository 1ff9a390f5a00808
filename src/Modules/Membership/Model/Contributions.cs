using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>
/// What one member owes as the annual contribution of the by-laws for one fiscal year of the coop (ADR 0047): the amount
/// is fixed when the charge is made, from the by-laws in force on the first day of that year, and payments add to
/// <see cref="Paid"/>. Members who are no longer active get no charge for a year after their exit. Never tied to care.
/// </summary>
internal sealed class ContributionCharge : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public int Version { get; set; }
    /// <summary>The fiscal year, named by the calendar year in which it ends.</summary>
    public int FiscalYear { get; set; }
    public DateOnly YearStartsOn { get; set; }
    public DateOnly YearEndsOn { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Sum of the payments of this charge; with <see cref="Waived"/>, never more than <see cref="Amount"/> (a check constraint holds it).</summary>
    public decimal Paid { get; set; }
    /// <summary>Sum of the waivers the board granted on this charge (<see cref="ContributionWaiver"/>).</summary>
    public decimal Waived { get; set; }
    /// <summary>The by-laws version that set the amount.</summary>
    public Guid? BylawsVersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }

    public decimal Balance => Amount - Paid - Waived;
}

/// <summary>A payment of an annual contribution, with its receipt number from the coop's one series of receipts.</summary>
internal sealed class ContributionPayment : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public Guid ChargeId { get; set; }
    public int FiscalYear { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public PaymentMethod Method { get; set; }
    public int ReceiptNumber { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>
/// A board's decision to waive all or part of a member's contribution for a fiscal year (hardship, volunteer work...): dated,
/// with its reason, never deleted. It lowers the charge's balance as a payment does, without a receipt.
/// </summary>
internal sealed class ContributionWaiver : ICoopOwned
{
    public const int MaxReason = 500;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public Guid ChargeId { get; set; }
    public int FiscalYear { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The day the board (or whoever the by-laws empower) decided it.</summary>
    public DateOnly DecidedOn { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}
