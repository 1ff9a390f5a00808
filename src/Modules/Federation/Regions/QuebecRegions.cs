using System.Globalization;

namespace CoopSante.Federation.Regions;

/// <summary>One of Québec's 17 administrative regions.</summary>
internal sealed record QuebecRegion(string Code, string NameFr, string NameEn)
{
    public string Name(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? NameEn : NameFr;
}

/// <summary>
/// The 17 administrative regions (codes 01 to 17). A fixed list, not a table: it changes by law, not by an admin.
/// Region names are official place names (Commission de toponymie), which English keeps as they are.
/// </summary>
internal static class QuebecRegions
{
    public static readonly IReadOnlyList<QuebecRegion> All =
    [
        new("01", "Bas-Saint-Laurent", "Bas-Saint-Laurent"),
        new("02", "Saguenay–Lac-Saint-Jean", "Saguenay–Lac-Saint-Jean"),
        new("03", "Capitale-Nationale", "Capitale-Nationale"),
        new("04", "Mauricie", "Mauricie"),
        new("05", "Estrie", "Estrie"),
        new("06", "Montréal", "Montréal"),
        new("07", "Outaouais", "Outaouais"),
        new("08", "Abitibi-Témiscamingue", "Abitibi-Témiscamingue"),
        new("09", "Côte-Nord", "Côte-Nord"),
        new("10", "Nord-du-Québec", "Nord-du-Québec"),
        new("11", "Gaspésie–Îles-de-la-Madeleine", "Gaspésie–Îles-de-la-Madeleine"),
        new("12", "Chaudière-Appalaches", "Chaudière-Appalaches"),
        new("13", "Laval", "Laval"),
        new("14", "Lanaudière", "Lanaudière"),
        new("15", "Laurentides", "Laurentides"),
        new("16", "Montérégie", "Montérégie"),
        new("17", "Centre-du-Québec", "Centre-du-Québec"),
    ];

    public static QuebecRegion? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.Ordinal));

    public static string NameOf(string code, CultureInfo culture) => Find(code)?.Name(culture) ?? code;
}
