using CoopSante.Membership.Model;

namespace CoopSante.Membership.Shares;

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
}
