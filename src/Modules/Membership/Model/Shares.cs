using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>One line of the shares register. Amounts are positive CAD; the kind gives the direction.</summary>
internal sealed class ShareTransaction : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public ShareTransactionKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public int Shares { get; set; }
    /// <summary>
    /// The class of the shares the line moves (s. 124: the register keeps the shares held by class). Existing lines are
    /// qualifying shares; preferred shares exist only where the by-laws create them, and never count toward the
    /// qualifying amount or the vote (the member's running totals are qualifying shares only).
    /// </summary>
    public ShareClass Class { get; set; } = ShareClass.Qualifying;
    public decimal Amount { get; set; }
    /// <summary>
    /// Of an opening balance only: the amount subscribed before the import (<see cref="Amount"/> is then the part already paid).
    /// Other kinds carry one amount; a subscription's is in <see cref="Amount"/>.
    /// </summary>
    public decimal? SubscribedAmount { get; set; }
    public PaymentMethod? Method { get; set; }
    /// <summary>Per-coop receipt number of a payment.</summary>
    public int? ReceiptNumber { get; set; }
    /// <summary>Board resolution approving a transfer or a refund.</summary>
    public string? ResolutionNumber { get; set; }
    /// <summary>The other member of a transfer.</summary>
    public Guid? CounterpartyMemberId { get; set; }
    /// <summary>The by-laws in force when the line was written.</summary>
    public Guid? BylawsVersionId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}
