using System.Globalization;
using CoopSante.Membership.Model;
using CoopSante.Platform.Text;

namespace CoopSante.Membership.Register;

/// <summary>The normalized form used for accent-insensitive search: lower-case letters and digits, words split by single spaces.</summary>
internal static class SearchText
{
    /// <summary>
    /// The words searched by prefix. The member number is not one of them: it is matched exactly, from its own column and
    /// index (<see cref="MemberQuery"/>), so "12" finds member 12 and not 120 to 129 (ADR 0010).
    /// </summary>
    public static string For(Member m)
    {
        var parts = new[]
        {
            SearchNormalizer.Normalize(m.FamilyName),
            SearchNormalizer.Normalize(m.GivenName),
            SearchNormalizer.Normalize(m.Email),
            SearchNormalizer.Digits(m.Phone),
            SearchNormalizer.Normalize(m.PostalCode).Replace(" ", "", StringComparison.Ordinal),
        };
        return " " + string.Join(' ', parts.Where(p => p.Length > 0)) + " ";
    }

    /// <summary>A register search: every term starts a word of the search text, or <see cref="Number"/> is the member number and the other terms start words.</summary>
    public sealed record MemberQuery(IReadOnlyList<string> Terms, int? Number, IReadOnlyList<string> OtherTerms)
    {
        // A word starts after a space (search texts begin with one): the terms as the door looks for them, built once per query.
        private readonly string[] _spacedTerms = [.. Terms.Select(t => " " + t)];
        private readonly string[] _spacedOthers = [.. OtherTerms.Select(t => " " + t)];

        public bool IsEmpty => Terms.Count == 0;

        /// <summary>The same test in memory (the door's list of voters), on a search text built by <see cref="For"/>.</summary>
        public bool Matches(string searchText, int? memberNumber)
        {
            bool Starts(string t) => searchText.Contains(t, StringComparison.Ordinal);
            return _spacedTerms.All(Starts) || (Number is { } n && memberNumber == n && _spacedOthers.All(Starts));
        }
    }

    /// <summary>Parses a search: its <see cref="Terms"/>, and the first all-digit term that can be a member number.</summary>
    public static MemberQuery Query(string? query)
    {
        var terms = Terms(query);
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Length <= 9 && terms[i].All(char.IsAsciiDigit) && int.TryParse(terms[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                return new MemberQuery(terms, n, [.. terms.Where((_, j) => j != i)]);
        }
        return new MemberQuery(terms, null, []);
    }

    /// <summary>The words of a query, each of which must appear in <see cref="Member.SearchText"/>.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var normalized = SearchNormalizer.Normalize(query);
        if (normalized.Length == 0) return [];
        // A postal code typed with its space ("J0L 1C0") is one term.
        var compact = normalized.Replace(" ", "", StringComparison.Ordinal);
        if (PostalCodes.TryCanonical(query, out _)) return [compact];
        // A phone number typed with separators ("450 555-1234") is one run of digits.
        if (query!.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.')) return [SearchNormalizer.Digits(query)];
        return normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
