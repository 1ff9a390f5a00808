using System.Globalization;

namespace CoopSante.Federation.Coops;

/// <summary>A coop's recorded fields as text, to compare before and after a change for its history.</summary>
internal static class CoopSnapshot
{
    public static IReadOnlyDictionary<string, string?> Of(Coop c)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["name"] = c.Name,
            ["legalName"] = c.LegalName,
            ["neq"] = c.Neq,
            ["address"] = c.Address,
            ["city"] = c.City,
            ["postalCode"] = c.PostalCode,
            ["regionCode"] = c.RegionCode,
            ["phone"] = c.Phone,
            ["email"] = c.Email,
            ["website"] = c.Website,
            ["description"] = c.Description,
            ["foundedOn"] = Date(c.FoundedOn),
            ["fqcsMemberSince"] = Date(c.FqcsMemberSince),
            ["status"] = c.Status.ToString(),
            ["services"] = string.Join(", ", c.Services.Select(s => s.ServiceCode).Order(StringComparer.Ordinal)),
            ["declaredCounts.members"] = c.DeclaredMembers.ToString(CultureInfo.InvariantCulture),
            ["declaredCounts.physicians"] = c.DeclaredPhysicians.ToString(CultureInfo.InvariantCulture),
            ["declaredCounts.nurses"] = c.DeclaredNurses.ToString(CultureInfo.InvariantCulture),
            ["declaredCounts.otherProfessionals"] = c.DeclaredOtherProfessionals.ToString(CultureInfo.InvariantCulture),
            ["declaredCounts.patients"] = c.DeclaredPatients.ToString(CultureInfo.InvariantCulture),
            ["declaredCounts.declaredOn"] = Date(c.CountsDeclaredOn),
        };
        foreach (var (day, text) in c.Hours.Days()) values[$"openingHours.{day}"] = text;
        return values;
    }

    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        after.Where(kv => !string.Equals(before.GetValueOrDefault(kv.Key), kv.Value, StringComparison.Ordinal))
            .Select(kv => new FieldChange(kv.Key, before.GetValueOrDefault(kv.Key), kv.Value))
            .ToList();

    public static IReadOnlyList<FieldChange> Created(Coop c) =>
        Of(c).Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => new FieldChange(kv.Key, null, kv.Value)).ToList();

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
