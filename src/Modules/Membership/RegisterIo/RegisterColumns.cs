using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using System.Globalization;
using System.Resources;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Text;

namespace CoopSante.Membership.RegisterIo;

/// <summary>The columns of the register file (s. 124 of the Cooperatives Act, plus the contact details an import needs).</summary>
internal enum RegisterColumn
{
    MemberNumber, Kind, FamilyName, GivenName, DateOfBirth, Street, City, Province, PostalCode, Phone, Email, PreferredLanguage,
    Category, Status, StatusSince, AdmittedOn, SubscribedOn, TransferredOn, RefundedOn, SharesHeld, SharesSubscribed, SharesPaid, SharesOwing,
}

/// <summary>Headers and cell values of the register file in the user's language, and their recognition on import in either language.</summary>
internal static class RegisterColumns
{
    private static readonly ResourceManager Text = new(typeof(RegisterIoText));
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("fr-CA"), CultureInfo.GetCultureInfo("en-CA")];

    public static readonly IReadOnlyList<RegisterColumn> All = Enum.GetValues<RegisterColumn>();

    /// <summary>Columns an import reads; the others (owing, transfer and refund dates) follow from the share ledger.</summary>
    public static readonly IReadOnlyList<RegisterColumn> Importable =
    [
        RegisterColumn.MemberNumber, RegisterColumn.Kind, RegisterColumn.FamilyName, RegisterColumn.GivenName, RegisterColumn.DateOfBirth,
        RegisterColumn.Street, RegisterColumn.City, RegisterColumn.Province, RegisterColumn.PostalCode, RegisterColumn.Phone, RegisterColumn.Email,
        RegisterColumn.PreferredLanguage, RegisterColumn.Category, RegisterColumn.Status, RegisterColumn.StatusSince, RegisterColumn.AdmittedOn,
        RegisterColumn.SubscribedOn, RegisterColumn.SharesSubscribed, RegisterColumn.SharesPaid,
    ];

    public static readonly IReadOnlyList<RegisterColumn> Required =
        [RegisterColumn.FamilyName, RegisterColumn.Street, RegisterColumn.City, RegisterColumn.PostalCode];

    public static string Header(RegisterColumn column, CultureInfo culture) => Text.GetString("Column." + column, culture) ?? column.ToString();

    /// <summary>A value's label: the module's glossary word (categories, statuses) or the register file's own.</summary>
    public static string Label<T>(T value, CultureInfo culture) where T : struct, Enum
    {
        var key = $"{typeof(T).Name.Replace("Member", "", StringComparison.Ordinal)}.{value}";
        return MembershipTerms.Find(key, culture) ?? Text.GetString(key, culture) ?? value.ToString();
    }

    /// <summary>The short category words earlier exports wrote ("Soutien"), still read on import.</summary>
    private static readonly Dictionary<string, MemberCategory> ShortCategories = new(StringComparer.Ordinal)
    {
        ["utilisateur"] = MemberCategory.User, ["travailleur"] = MemberCategory.Worker, ["soutien"] = MemberCategory.Supporting,
    };

    /// <summary>Recognizes a header in French or English, accents and case aside, or the column's own name.</summary>
    public static RegisterColumn? Recognize(string? header)
    {
        var h = SearchNormalizer.Normalize(header);
        if (h.Length == 0) return null;
        foreach (var column in All)
        {
            if (string.Equals(h, SearchNormalizer.Normalize(column.ToString()), StringComparison.Ordinal)) return column;
            foreach (var culture in Languages)
                if (string.Equals(h, SearchNormalizer.Normalize(Header(column, culture)), StringComparison.Ordinal)) return column;
        }
        return Aliases.TryGetValue(h, out var alias) ? alias : null;
    }

    private static readonly Dictionary<string, RegisterColumn> Aliases = new(StringComparer.Ordinal)
    {
        ["no de membre"] = RegisterColumn.MemberNumber, ["numero"] = RegisterColumn.MemberNumber, ["member no"] = RegisterColumn.MemberNumber,
        ["nom de famille"] = RegisterColumn.FamilyName, ["last name"] = RegisterColumn.FamilyName, ["surname"] = RegisterColumn.FamilyName,
        ["first name"] = RegisterColumn.GivenName, ["address"] = RegisterColumn.Street, ["rue"] = RegisterColumn.Street,
        ["e mail"] = RegisterColumn.Email, ["courriel"] = RegisterColumn.Email, ["mail"] = RegisterColumn.Email,
        ["telephone"] = RegisterColumn.Phone, ["postal"] = RegisterColumn.PostalCode, ["naissance"] = RegisterColumn.DateOfBirth, ["dob"] = RegisterColumn.DateOfBirth,
    };

    /// <summary>Parses an enum from its French or English label or its name, accents and case aside.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum => Labels<T>.Normalized.TryGetValue(SearchNormalizer.Normalize(text), out value);

    /// <summary>Every accepted spelling of a value, normalized once (the import parses several of them on every row).</summary>
    private static class Labels<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Normalized = Build();

        private static Dictionary<string, T> Build()
        {
            // In declaration order, the name before the labels: the first value that claims a spelling keeps it.
            var d = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var candidate in Enum.GetValues<T>())
            {
                d.TryAdd(SearchNormalizer.Normalize(candidate.ToString()), candidate);
                foreach (var culture in Languages) d.TryAdd(SearchNormalizer.Normalize(Label(candidate, culture)), candidate);
            }
            if (typeof(T) == typeof(MemberCategory))
                foreach (var (spelling, category) in ShortCategories) d.TryAdd(spelling, (T)(object)category);
            d.Remove("");
            return d;
        }
    }

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
