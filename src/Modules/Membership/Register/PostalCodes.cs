using System.Text.RegularExpressions;

namespace CoopSante.Membership.Register;

/// <summary>Canadian postal codes: <c>A1A 1A1</c>, no D, F, I, O, Q or U, and no W or Z as first letter.</summary>
internal static partial class PostalCodes
{
    [GeneratedRegex("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryCanonical(string? value, out string canonical)
    {
        canonical = "";
        if (string.IsNullOrWhiteSpace(value)) return false;
        var v = value.Trim().ToUpperInvariant();
        if (v.Length > 7 || !Pattern().IsMatch(v)) return false;
        v = v.Replace(" ", "", StringComparison.Ordinal);
        canonical = string.Concat(v.AsSpan(0, 3), " ", v.AsSpan(3));
        return true;
    }
}
