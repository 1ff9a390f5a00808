using System.Globalization;
using System.Text;

namespace CoopSante.Federation.Coops;

/// <summary>
/// The normalized form the directory searches: lower-case, accents stripped, punctuation as single spaces.
/// Stored in a column on save so that the same search works, and can be indexed, on SQLite and PostgreSQL.
/// </summary>
internal static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                space = true;
            }
        }
        // Ligatures that FormD leaves whole.
        return sb.ToString().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
    }
}
