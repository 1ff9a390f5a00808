using System.Globalization;
using System.Text;

namespace CoopSante.Telemedicine.Billing.Cpa005;

/// <summary>
/// Names and references as banks accept them in a CPA-005 file: ASCII letters, digits, space, '.' and ','; accents removed
/// (Côté → COTE), ligatures written out (Œ → OE), hyphens and apostrophes as spaces (Jean-Pierre → JEAN PIERRE,
/// O'Neil → O NEIL), runs of spaces collapsed, then cut to the field's length.
/// </summary>
internal static class BankText
{
    public static string Transliterate(string? value, int maxLength, bool upperCase = true)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var mapped = c switch
            {
                'Œ' => "OE", 'œ' => "oe", 'Æ' => "AE", 'æ' => "ae", 'ß' => "ss", 'Ø' => "O", 'ø' => "o", 'Ł' => "L", 'ł' => "l", 'Đ' => "D", 'đ' => "d",
                _ when c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or ',' => null,
                _ => " ",
            };
            if (mapped == " ") { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            if (mapped is null) sb.Append(c); else sb.Append(mapped);
        }
        var text = sb.ToString();
        if (upperCase) text = text.ToUpperInvariant();
        return text.Length <= maxLength ? text : text[..maxLength].TrimEnd();
    }

    /// <summary>True when <paramref name="value"/> holds only what <see cref="Transliterate"/> may write.</summary>
    public static bool IsBankSafe(string value) =>
        value.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '.' or ',');
}
