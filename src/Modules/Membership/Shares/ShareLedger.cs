using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Shares;

/// <summary>What one ledger line does to a member's holding of its class: shares, amount subscribed, amount paid.</summary>
internal sealed class ShareEffect
{
    public Guid MemberId { get; init; }
    public ShareClass Class { get; init; }
    public int Shares { get; init; }
    public decimal Subscribed { get; init; }
    public decimal Paid { get; init; }
}

/// <summary>The shares of one class a member holds, recomputed from the ledger.</summary>
internal sealed record ShareHolding(int Shares, decimal Subscribed, decimal Paid)
{
    public static readonly ShareHolding None = new(0, 0m, 0m);

    /// <summary>The value of <paramref name="shares"/> of this holding: the price they were subscribed at (all of it for the last ones).</summary>
    public decimal ValueOf(int shares) =>
        Shares <= 0 ? 0m : shares >= Shares ? Subscribed : decimal.Round(Subscribed * shares / Shares, 2, MidpointRounding.ToZero);
}

/// <summary>What each kind of ledger line does to paid-up shares: the one answer for every reader that sums the ledger.</summary>
internal static class ShareLedger
{
    /// <summary>
    /// +1 when the line's amount adds to a member's paid-up shares (a payment, a transfer received, an opening balance,
    /// whose amount is what was paid before the import), −1 when it takes from them (a transfer given, a refund), 0 for a
    /// subscription (a promise, not money). Summed over a coop, transfers cancel out and the result is its paid-up capital.
    /// </summary>
    public static int PaidSign(ShareTransactionKind kind) => kind switch
    {
        ShareTransactionKind.Payment or ShareTransactionKind.TransferIn or ShareTransactionKind.OpeningBalance => 1,
        ShareTransactionKind.TransferOut or ShareTransactionKind.Refund => -1,
        _ => 0,
    };

    /// <summary>
    /// What each line does to the holding, as the writers of the ledger apply it to the member's totals: shares come with a
    /// subscription, a transfer received or an opening balance and go with a transfer given or a refund; the subscribed
    /// amount follows the shares; the paid amount follows <see cref="PaidSign"/>. Translated to SQL.
    /// </summary>
    public static IQueryable<ShareEffect> Effects(IQueryable<ShareTransaction> lines) => lines.Select(t => new ShareEffect
    {
        MemberId = t.MemberId, Class = t.Class,
        Shares = t.Kind == ShareTransactionKind.Subscription || t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.OpeningBalance ? t.Shares
            : t.Kind == ShareTransactionKind.TransferOut || t.Kind == ShareTransactionKind.Refund ? -t.Shares : 0,
        Subscribed = t.Kind == ShareTransactionKind.Subscription || t.Kind == ShareTransactionKind.TransferIn ? t.Amount
            : t.Kind == ShareTransactionKind.OpeningBalance ? (t.SubscribedAmount ?? t.Amount)
            : t.Kind == ShareTransactionKind.TransferOut || t.Kind == ShareTransactionKind.Refund ? -t.Amount : 0m,
        Paid = t.Kind == ShareTransactionKind.Payment || t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.OpeningBalance ? t.Amount
            : t.Kind == ShareTransactionKind.TransferOut || t.Kind == ShareTransactionKind.Refund ? -t.Amount : 0m,
    });

    /// <summary>
    /// The shares of <paramref name="shareClass"/> a member holds today, from the ledger: the way to read preferred shares,
    /// which the member's running totals (qualifying shares only) never include.
    /// </summary>
    public static async Task<ShareHolding> HoldingAsync(MembershipDbContext db, Guid memberId, ShareClass shareClass, CancellationToken ct) =>
        await Effects(db.ShareTransactions.AsNoTracking().Where(t => t.MemberId == memberId && t.Class == shareClass))
            .GroupBy(e => e.MemberId)
            .Select(g => new ShareHolding(g.Sum(e => e.Shares), g.Sum(e => e.Subscribed), g.Sum(e => e.Paid)))
            .FirstOrDefaultAsync(ct) ?? ShareHolding.None;
}
