using CoopSante.Platform.Data;
using CoopSante.Platform.Text;

namespace CoopSante.Federation.Coops;

internal enum CoopStatus
{
    InCreation = 0,
    Active = 1,
    Closed = 2,
}

/// <summary>
/// A member coop in the federation's registry. Not coop-owned: federation staff see every coop; a coop's own
/// admin may change only its public fields (<see cref="CoopProfile"/>).
/// </summary>
internal sealed class Coop : IVersioned
{
    public const int NameMax = 200;
    public const int AddressMax = 300;
    public const int CityMax = 100;
    public const int EmailMax = 254;
    public const int WebsiteMax = 300;
    public const int DescriptionMax = 2000;
    public const int HoursMax = 100;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string LegalName { get; set; } = "";
    /// <summary>Québec enterprise number, 10 digits, unique.</summary>
    public string Neq { get; set; } = "";
    public string Address { get; set; } = "";
    public string City { get; set; } = "";
    /// <summary>Normalized "A1A 1A1".</summary>
    public string PostalCode { get; set; } = "";
    /// <summary>Administrative region code, "01" to "17".</summary>
    public string RegionCode { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
    public DateOnly? FoundedOn { get; set; }
    public DateOnly? FqcsMemberSince { get; set; }
    public CoopStatus Status { get; set; } = CoopStatus.InCreation;

    public OpeningHours Hours { get; set; } = new();

    public int DeclaredMembers { get; set; }
    public int DeclaredPhysicians { get; set; }
    public int DeclaredNurses { get; set; }
    public int DeclaredOtherProfessionals { get; set; }
    /// <summary>Patient records the coop declares (the federation's "dossiers"), until a module holds them.</summary>
    public int DeclaredPatients { get; set; }
    public DateOnly? CountsDeclaredOn { get; set; }

    /// <summary>Name, legal name and city, lower-case without accents: what the directory's text search matches.</summary>
    public string SearchText { get; set; } = "";

    public List<CoopService> Services { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public void RefreshSearchText() => SearchText = SearchTextOf(Name, LegalName, City);

    public static string SearchTextOf(string name, string legalName, string city) => SearchNormalizer.NormalizePlace($"{name} {legalName} {city}");
}

/// <summary>A service a coop offers (join row to <see cref="HealthService"/>).</summary>
internal sealed class CoopService
{
    public Guid CoopId { get; set; }
    public string ServiceCode { get; set; } = "";
}

/// <summary>Opening hours, one free text per weekday ("8 h – 17 h", "fermé"); empty when not declared.</summary>
internal sealed class OpeningHours
{
    public string? Monday { get; set; }
    public string? Tuesday { get; set; }
    public string? Wednesday { get; set; }
    public string? Thursday { get; set; }
    public string? Friday { get; set; }
    public string? Saturday { get; set; }
    public string? Sunday { get; set; }

    public OpeningHours Copy() => (OpeningHours)MemberwiseClone();

    public IEnumerable<(string Day, string? Text)> Days()
    {
        yield return ("monday", Monday);
        yield return ("tuesday", Tuesday);
        yield return ("wednesday", Wednesday);
        yield return ("thursday", Thursday);
        yield return ("friday", Friday);
        yield return ("saturday", Saturday);
        yield return ("sunday", Sunday);
    }
}
