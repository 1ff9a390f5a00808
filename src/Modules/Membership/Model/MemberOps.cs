using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>A board decision moving a member to another category, kept as the category's history (not an identity correction).</summary>
internal sealed class MemberCategoryChange : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MemberId { get; set; }
    public MemberCategory From { get; set; }
    public MemberCategory To { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string ResolutionNumber { get; set; } = "";
    public string? Reason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>
/// A request to have shares refunded (s. 38), queued until the board decides on it in a batch, then paid. A deceased
/// member's shares are refunded to the estate.
/// </summary>
internal sealed class ShareRefundRequest : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid MemberId { get; set; }
    public RefundGround Ground { get; set; }
    /// <summary>
    /// The class of the shares to refund: qualifying shares under s. 38's end-of-membership rule, or preferred shares on the
    /// by-laws' conditions. Requests written before classes were modelled are qualifying shares.
    /// </summary>
    public ShareClass Class { get; set; } = ShareClass.Qualifying;
    public RefundRequestStatus Status { get; set; } = RefundRequestStatus.Requested;
    public DateOnly RequestedOn { get; set; }
    public decimal Amount { get; set; }
    public int Shares { get; set; }
    public Guid? BatchId { get; set; }
    public DateOnly? PaidOn { get; set; }
    public PaymentMethod? PaidBy { get; set; }
    public Guid? TransactionId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>
/// The board's decision on a batch of refund requests, with the assessment s. 38 asks for: the coop is and stays solvent,
/// the refunds do not harm its financial stability, and they do not keep it from meeting its commitments to its funders.
/// Any "no" defers the whole batch: its requests stay in the queue.
/// </summary>
internal sealed class RefundBatch : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public string ResolutionNumber { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public bool Solvent { get; set; }
    public bool StabilityPreserved { get; set; }
    public bool FunderCommitmentsMet { get; set; }
    public string? Assessment { get; set; }
    public bool Approved { get; set; }
    public int Requests { get; set; }
    public decimal Total { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>
/// An exclusion or suspension under s. 58, step by step: written notice of the grounds and of the board meeting, the
/// member's representations, the directors' vote (two thirds of those present), and the letter with the reasons, sent
/// within 15 days, that gives the date the decision takes effect.
/// </summary>
internal sealed class DisciplinaryProceeding : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid MemberId { get; set; }
    public Sanction Sanction { get; set; }
    public ProceedingStage Stage { get; set; } = ProceedingStage.Noticed;
    public string Grounds { get; set; } = "";
    public DateOnly NoticeSentOn { get; set; }
    public DateOnly MeetingOn { get; set; }
    public DateOnly? HeardOn { get; set; }
    /// <summary>What the member said or wrote; empty when they made none.</summary>
    public string? Representations { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public int? DirectorsPresent { get; set; }
    public int? VotesFor { get; set; }
    public string? ResolutionNumber { get; set; }
    public DateOnly? LetterSentOn { get; set; }
    public string? LetterReasons { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? SuspendedUntil { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
