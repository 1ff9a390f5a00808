using System.Globalization;

namespace CoopSante.Federation.Services;

/// <summary>A service a coop may offer, from the federation's managed list (federation admins add to it).</summary>
internal sealed class HealthService
{
    public const int CodeMax = 40;
    public const int NameMax = 100;

    /// <summary>Stable kebab-case code, used in URLs and the API ("family-medicine").</summary>
    public string Code { get; set; } = "";
    public string NameFr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int SortOrder { get; set; }

    public string Name(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? NameEn : NameFr;

    /// <summary>The list every installation starts with (seeded by the migration).</summary>
    public static readonly IReadOnlyList<HealthService> Initial =
    [
        new() { Code = "family-medicine", NameFr = "Médecine familiale", NameEn = "Family medicine", SortOrder = 10 },
        new() { Code = "nursing", NameFr = "Soins infirmiers", NameEn = "Nursing care", SortOrder = 20 },
        new() { Code = "blood-tests", NameFr = "Prélèvements", NameEn = "Blood tests and sampling", SortOrder = 30 },
        new() { Code = "physiotherapy", NameFr = "Physiothérapie", NameEn = "Physiotherapy", SortOrder = 40 },
        new() { Code = "psychology", NameFr = "Psychologie", NameEn = "Psychology", SortOrder = 50 },
        new() { Code = "nutrition", NameFr = "Nutrition", NameEn = "Nutrition", SortOrder = 60 },
        new() { Code = "occupational-therapy", NameFr = "Ergothérapie", NameEn = "Occupational therapy", SortOrder = 70 },
        new() { Code = "dental", NameFr = "Santé dentaire", NameEn = "Dental health", SortOrder = 80 },
        new() { Code = "kinesiology", NameFr = "Kinésiologie", NameEn = "Kinesiology", SortOrder = 90 },
        new() { Code = "social-work", NameFr = "Travail social", NameEn = "Social work", SortOrder = 100 },
        new() { Code = "telemedicine", NameFr = "Télémédecine", NameEn = "Telemedicine", SortOrder = 110 },
    ];
}
