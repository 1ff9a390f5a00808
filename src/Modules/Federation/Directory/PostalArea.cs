using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CoopSante.Federation.Coops;

namespace CoopSante.Federation.Directory;

/// <summary>
/// "Find a coop near me": a Canadian postal code or its first three characters (the forward sortation area, FSA) typed
/// in the directory's search box. Coops of that FSA come first, then those of the same postal district (its first
/// letter: G east of Québec, H Montréal, J west and south), then the others.
/// </summary>
internal static partial class PostalArea
{
    /// <summary>The FSA ("J7Z") of a postal code or FSA typed in any case, with or without a space or hyphen; null for anything else.</summary>
    public static string? Of(string? q)
    {
        if (q is null || q.Length > 10) return null;
        var m = Pattern().Match(q.Trim());
        return m.Success ? m.Groups["fsa"].Value.ToUpperInvariant() : null;
    }

    /// <summary>0 in the FSA, 1 in its district, 2 elsewhere (coops' postal codes are stored canonical, "J7Z 5T3").</summary>
    public static Expression<Func<Coop, int>> Nearness(string fsa)
    {
        var district = fsa[..1];
        return c => c.PostalCode.Substring(0, 3) == fsa ? 0 : c.PostalCode.Substring(0, 1) == district ? 1 : 2;
    }

    // Letters D, F, I, O, Q, U are never used; W and Z never start a code.
    [GeneratedRegex(@"^(?<fsa>[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z])(?:[ -]?[0-9][ABCEGHJ-NPRSTV-Z][0-9])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
