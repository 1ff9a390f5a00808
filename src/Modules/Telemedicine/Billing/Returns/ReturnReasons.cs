namespace CoopSante.Telemedicine.Billing.Returns;

/// <summary>Soft: the account is fine and the debit is tried again on the next run. Hard: never tried again on this account.</summary>
internal enum ReturnSeverity { Soft = 0, Hard = 1 }

/// <summary>
/// Payments Canada return reason codes (Standard 007 / Rule H1, the 900 series). NSF (901) and funds not cleared (908)
/// are soft: the next run debits again. Every other code says the account, the agreement or the payor is the problem
/// (closed 905, not found 902, stopped 903, invalid 912, no or revoked agreement 915/917/920, deceased 910, frozen 911…):
/// the member is asked for new banking information or pays at the counter. Unknown codes are treated as hard, so an
/// unknown failure is never debited again blindly.
/// </summary>
internal static class ReturnReasons
{
    public const string InsufficientFunds = "901";
    public const string FundsNotCleared = "908";
    public const string AccountClosed = "905";
    public const string PaymentStopped = "903";

    private static readonly HashSet<string> Known =
    [
        "900", "901", "902", "903", "904", "905", "907", "908", "909", "910", "911", "912", "914", "915", "916", "917", "918", "919", "920", "921", "922", "990",
    ];

    /// <summary>"901", "R901", " 901 " → "901"; null when it is not a three-digit code.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim();
        if (c.Length == 4 && (c[0] is 'R' or 'r')) c = c[1..];
        return c.Length == 3 && c.All(char.IsAsciiDigit) ? c : null;
    }

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>Every code the bank may return, each with its name on the screens.</summary>
    public static IReadOnlyCollection<string> Codes => Known;

    public static ReturnSeverity Severity(string code) => code is InsufficientFunds or FundsNotCleared ? ReturnSeverity.Soft : ReturnSeverity.Hard;
}
