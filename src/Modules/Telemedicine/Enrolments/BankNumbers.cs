using CoopSante.Platform.Errors;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>A Canadian bank account as a PAD needs it: institution (3 digits), transit (5), account (up to 12).</summary>
internal static class BankNumbers
{
    public const int AccountMinDigits = 5;
    public const int AccountMaxDigits = 12;

    /// <summary>Digits only, with the spaces and dashes people type removed; null for anything else.</summary>
    public static string? Digits(string? value)
    {
        if (value is null) return null;
        var cleaned = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        return cleaned.Length > 0 && cleaned.Length <= 40 && cleaned.All(char.IsAsciiDigit) ? cleaned : null;
    }

    public static List<Failure> Validate(string? institution, string? transit, string? account, string prefix = "")
    {
        var failures = new List<Failure>();
        if (Digits(institution) is not { Length: 3 }) failures.Add(TelemedicineErrors.InstitutionInvalid.At(prefix + "institution"));
        if (Digits(transit) is not { Length: 5 }) failures.Add(TelemedicineErrors.TransitInvalid.At(prefix + "transit"));
        if (Digits(account) is not { Length: >= AccountMinDigits and <= AccountMaxDigits } || Digits(account)!.All(c => c == '0'))
            failures.Add(TelemedicineErrors.AccountInvalid.At(prefix + "account"));
        return failures;
    }
}
