using System.Globalization;
using System.Text;

namespace CoopSante.Platform.Text;

/// <summary>
/// The one normalized form for accent-insensitive search, stored beside the rows it finds (members, coops) and applied
/// to queries: lower-case letters and digits, accents stripped, "œ" as "oe", apostrophes joining (O'Neil → oneil,
/// l'Estrie → lestrie), every other separator a single space between words.
/// </summary>
public static class SearchNormalizer
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        // ASCII has nothing to decompose; the register import normalizes several fields of every row.
        var decomposed = Ascii.IsValid(value) ? value : value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                if (c is 'œ' or 'Œ') sb.Append("oe");
                else sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Normalize"/>, then Québec's abbreviations of saints' names written out as words: "st", "ste", "sts", "stes"
    /// become "saint", "sainte", "saints", "saintes" ("St-Jérôme" → "saint jerome", "ste-agathe" → "sainte agathe"). For
    /// place names: applied to a coop's stored search text and to the directory's query alike, so either spelling finds
    /// the other. Not applied to people's names (a member's stored text keeps <see cref="Normalize"/>).
    /// </summary>
    public static string NormalizePlace(string? value)
    {
        var normal = Normalize(value);
        if (normal.Length == 0 || !normal.Contains("st", StringComparison.Ordinal)) return normal;
        var words = normal.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "sts" => "saints",
                "stes" => "saintes",
                var w => w,
            };
        }
        return string.Join(' ', words);
    }

    /// <summary>The ASCII digits of <paramref name="value"/> (a phone number typed with separators).</summary>
    public static string Digits(string? value) => value is null ? "" : new string(value.Where(char.IsAsciiDigit).ToArray());
}
