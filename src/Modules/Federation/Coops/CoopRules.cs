using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CoopSante.Federation.Coops;

/// <summary>
/// Rules on a coop's identifiers and contact details. Each returns the normalized value, or null when the input
/// breaks the rule. Plain static methods, unit-tested without a database.
/// </summary>
internal static partial class CoopRules
{
    /// <summary>A Québec enterprise number: 10 digits; spaces and dashes typed by people are dropped.</summary>
    public static string? NormalizeNeq(string? input)
    {
        if (input is null) return null;
        var compact = input.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return NeqPattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>
    /// A Canadian postal code "A1A 1A1" (no D, F, I, O, Q or U anywhere, no W or Z first), in upper case with one space.
    /// Whether it is in Québec is a separate rule (<see cref="IsQuebecPostalCode"/>).
    /// </summary>
    public static string? NormalizePostalCode(string? input)
    {
        if (input is null) return null;
        var compact = input.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return PostalCodePattern().IsMatch(compact) ? $"{compact[..3]} {compact[3..]}" : null;
    }

    /// <summary>
    /// Québec's forward sortation areas start with G (east), H (Montréal) or J (west and south). The registry holds
    /// Québec coops only, so a coop's address must be in Québec: other provinces' codes are refused.
    /// </summary>
    public static bool IsQuebecPostalCode(string normalized) =>
        normalized.Length > 0 && normalized[0] is 'G' or 'H' or 'J';

    /// <summary>A North American number: 10 digits (an optional leading 1), shown "450-555-1234"; an extension after "poste" or "x" is kept.</summary>
    public static string? NormalizePhone(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var match = PhonePattern().Match(input.Trim());
        if (!match.Success) return null;
        var digits = new string(match.Groups["number"].Value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
        if (digits.Length != 10 || digits[0] is '0' or '1' || digits[3] is '0' or '1') return null;
        var phone = $"{digits[..3]}-{digits[3..6]}-{digits[6..]}";
        var ext = match.Groups["ext"].Value;
        return ext.Length > 0 ? $"{phone} poste {ext}" : phone;
    }

    /// <summary>An absolute http(s) address with a dotted host; "coop.ca" becomes "https://coop.ca".</summary>
    public static string? NormalizeWebsite(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var text = input.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (uri.HostNameType != UriHostNameType.Dns || !uri.Host.Contains('.', StringComparison.Ordinal) || uri.Host.EndsWith('.')) return null;
        if (!string.IsNullOrEmpty(uri.UserInfo)) return null;
        return uri.AbsoluteUri;
    }

    /// <summary>An e-mail address a person would type: local@domain.tld, no display name.</summary>
    public static bool IsValidEmail(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Any(char.IsWhiteSpace)) return false;
        if (!MailAddress.TryCreate(input, out var address)) return false;
        return string.Equals(address.Address, input, StringComparison.Ordinal) && address.Host.Contains('.', StringComparison.Ordinal);
    }

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex NeqPattern();

    [GeneratedRegex("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^(?<number>[+0-9 ().\-]{10,20}?)\s*(?:(?:poste|ext\.?|x)\s*(?<ext>[0-9]{1,6}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
