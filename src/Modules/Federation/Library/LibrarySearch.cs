using System.Globalization;
using System.Resources;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Text;

namespace CoopSante.Federation.Library;

/// <summary>
/// Searching the library: each word of the query (accents, case and apostrophes ignored, through <see cref="SearchNormalizer"/>)
/// must appear in a document's titles, descriptions or category names, in either language.
/// </summary>
internal static class LibrarySearch
{
    public const int QueryMax = 200;
    private static readonly ResourceManager Labels = new(typeof(LibraryText));
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("fr-CA"), CultureInfo.GetCultureInfo("en-CA")];

    public static string TextOf(LibraryDocument d)
    {
        var category = Cultures.Select(c => Labels.GetString($"Library.Category.{d.Category}", c));
        var text = SearchNormalizer.Normalize(string.Join(' ', [d.TitleFr, d.TitleEn, d.DescriptionFr, d.DescriptionEn, .. category]));
        return text.Length <= LibraryDocument.SearchTextMax ? text : text[..LibraryDocument.SearchTextMax];
    }

    /// <summary>The documents matching <paramref name="q"/> (all of them when it is blank) and <paramref name="category"/> (any when null).</summary>
    public static IQueryable<LibraryDocument> Filter(IQueryable<LibraryDocument> query, string? q, string? category)
    {
        var failures = new List<Failure>();
        if (q is { Length: > QueryMax }) failures.Add(PlatformErrors.TooLong.At("q", QueryMax));
        LibraryCategory? wanted = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (LibraryValidation.TryParseName<LibraryCategory>(category, out var c)) wanted = c;
            else failures.Add(LibraryErrors.CategoryUnknown.At("category"));
        }
        DomainException.ThrowIfAny(failures);
        if (wanted is { } only) query = query.Where(d => d.Category == only);
        foreach (var word in SearchNormalizer.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(8))
            query = query.Where(d => d.SearchText.Contains(word));
        return query;
    }
}
