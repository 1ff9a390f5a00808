using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Demo;

/// <summary>
/// The demo federation's registry: 44 coops in 14 regions, the six named coops of the telemedicine seed with their
/// fixed ids, the others plainly fictitious. Each description carries a unique canary word for tenancy tests.
/// Runs before the demo accounts, which point at these coops.
/// </summary>
internal sealed class FederationDemoSeeder : IDemoSeeder
{
    public int Order => 10;

    private sealed record Seed(Guid Id, string Name, string City, string Region, string PostalPrefix, bool Telemedicine);

    private static readonly Seed[] Named =
    [
        new(DemoIds.Contrecoeur, "Coopérative de santé de Contrecoeur", "Contrecoeur", "16", "J0L", true),
        new(DemoIds.LeRocher, "Coopérative de solidarité santé le Rocher", "Shawinigan", "04", "G9N", true),
        new(DemoIds.SaintHubert, "Coopérative de santé de Saint-Hubert", "Saint-Hubert-de-Rivière-du-Loup", "01", "G0L", true),
        new(DemoIds.IciSante, "Coop Ici Santé", "Varennes", "16", "J3X", true),
        new(DemoIds.Montreal, "Coopérative de solidarité santé de Montréal", "Montréal", "06", "H2X", true),
        new(DemoIds.ValMorin, "Coopérative de santé de Val-Morin", "Val-Morin", "15", "J0T", true),
    ];

    // Plainly fictitious coops, in real towns so that region and postal code agree.
    private static readonly (string Name, string City, string Region, string PostalPrefix)[] Fictitious =
    [
        ("Coop santé fictive des Quatre-Vents", "Rimouski", "01", "G5L"),
        ("Coop santé fictive du Phare", "Matane", "01", "G4W"),
        ("Coop santé fictive de la Baie", "Rivière-du-Loup", "01", "G5R"),
        ("Coop santé fictive du Fjord", "Saguenay", "02", "G7H"),
        ("Coop santé fictive des Bleuets", "Alma", "02", "G8B"),
        ("Coop santé fictive du Lac", "Roberval", "02", "G8H"),
        ("Coop santé fictive du Vieux-Port", "Québec", "03", "G1R"),
        ("Coop santé fictive des Chutes", "Beauport", "03", "G1E"),
        ("Coop santé fictive de la Côte-de-Beaupré", "Château-Richer", "03", "G0A"),
        ("Coop santé fictive de Charlevoix", "Baie-Saint-Paul", "03", "G3Z"),
        ("Coop santé fictive des Forges", "Trois-Rivières", "04", "G9A"),
        ("Coop santé fictive du Saint-Maurice", "La Tuque", "04", "G9X"),
        ("Coop santé fictive des Cantons", "Sherbrooke", "05", "J1H"),
        ("Coop santé fictive du Mont-Orford", "Magog", "05", "J1X"),
        ("Coop santé fictive des Frontières", "Coaticook", "05", "J1A"),
        ("Coop santé fictive du Plateau", "Montréal", "06", "H2J"),
        ("Coop santé fictive de l'Est", "Montréal", "06", "H1L"),
        ("Coop santé fictive de la Gatineau", "Gatineau", "07", "J8X"),
        ("Coop santé fictive de la Petite-Nation", "Saint-André-Avellin", "07", "J0V"),
        ("Coop santé fictive de l'Harricana", "Amos", "08", "J9T"),
        ("Coop santé fictive du Cuivre", "Rouyn-Noranda", "08", "J9X"),
        ("Coop santé fictive de la Chaudière", "Saint-Georges", "12", "G5Y"),
        ("Coop santé fictive des Appalaches", "Thetford Mines", "12", "G6G"),
        ("Coop santé fictive de Bellechasse", "Saint-Lazare-de-Bellechasse", "12", "G0R"),
        ("Coop santé fictive de la Rive", "Lévis", "12", "G6V"),
        ("Coop santé fictive de l'Île Jésus", "Laval", "13", "H7N"),
        ("Coop santé fictive de l'Assomption", "Joliette", "14", "J6E"),
        ("Coop santé fictive des Moulins", "Terrebonne", "14", "J6W"),
        ("Coop santé fictive de la Matawinie", "Rawdon", "14", "J0K"),
        ("Coop santé fictive des Pays-d'en-Haut", "Saint-Sauveur", "15", "J0R"),
        ("Coop santé fictive de la Rivière-du-Nord", "Saint-Jérôme", "15", "J7Z"),
        ("Coop santé fictive du Mont-Tremblant", "Mont-Tremblant", "15", "J8E"),
        ("Coop santé fictive du Richelieu", "Saint-Jean-sur-Richelieu", "16", "J3B"),
        ("Coop santé fictive des Maskoutains", "Saint-Hyacinthe", "16", "J2S"),
        ("Coop santé fictive du Haut-Saint-Laurent", "Huntingdon", "16", "J0S"),
        ("Coop santé fictive de Vaudreuil", "Vaudreuil-Dorion", "16", "J7V"),
        ("Coop santé fictive des Bois-Francs", "Victoriaville", "17", "G6P"),
        ("Coop santé fictive de la Drummond", "Drummondville", "17", "J2B"),
    ];

    private static readonly string[] Canaries =
    [
        "albatros", "bison", "caribou", "dauphin", "epaulard", "faucon", "gelinotte", "heron", "ibis", "jaguar", "koala",
        "lemming", "marmotte", "narval", "orignal", "pekan", "quiscale", "renard", "sittelle", "tamia", "urubu", "vison",
        "wapiti", "xerus", "yack", "zibeline", "belouga", "carcajou", "dindon", "eider", "fouine", "goeland", "harfang",
        "isard", "jaseur", "kiwi", "loutre", "mouffette",
    ];

    private static readonly string[] OptionalServices = ["blood-tests", "physiotherapy", "psychology", "nutrition", "occupational-therapy", "dental", "kinesiology", "social-work"];

    /// <summary>The unique canary word in the demo coop's description (tenancy tests search responses for other coops' canaries).</summary>
    public static string CanaryOf(int index) => $"canari-{Canaries[index % Canaries.Length]}-{index + 1:00}";

    public static IReadOnlyList<Guid> CoopIds => Enumerable.Range(0, Named.Length + Fictitious.Length).Select(IdOf).ToList();

    private static Guid IdOf(int index) => index < Named.Length ? Named[index].Id : new Guid($"0c000000-0000-4000-8000-{index + 1:000000000000}");

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.Coops.AnyAsync(ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var random = new Random(2026);
        var all = Named.Concat(Fictitious.Select((f, i) => new Seed(IdOf(Named.Length + i), f.Name, f.City, f.Region, f.PostalPrefix, false))).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var s = all[i];
            var founded = new DateOnly(1995 + random.Next(0, 25), random.Next(1, 13), random.Next(1, 28));
            var services_ = new List<string> { "family-medicine", "nursing" };
            services_.AddRange(OptionalServices.Where(_ => random.Next(0, 3) == 0));
            if (s.Telemedicine) services_.Add("telemedicine");
            var coop = new Coop
            {
                Id = s.Id,
                Name = s.Name,
                LegalName = s.Name.StartsWith("Coopérative", StringComparison.Ordinal) ? s.Name : $"Coopérative de solidarité santé {s.Name["Coop ".Length..]}",
                Neq = (1160000000L + (i + 1) * 7919L).ToString(CultureInfo.InvariantCulture),
                Address = $"{100 + random.Next(0, 900)}, rue Principale",
                City = s.City,
                PostalCode = $"{s.PostalPrefix} {random.Next(1, 10)}{"ABCEGHJKLMNPRSTVWXYZ"[random.Next(0, 20)]}{random.Next(0, 10)}",
                RegionCode = s.Region,
                Phone = $"{AreaCode(s.Region)}-555-{1000 + i:0000}",
                Email = $"info@coop{i + 1:00}.demo.coopsante.ca",
                Website = $"https://coop{i + 1:00}.demo.coopsante.ca/",
                Description = $"Coopérative de solidarité en santé de {s.City} (données de démonstration). Mot témoin : {CanaryOf(i)}.",
                FoundedOn = founded,
                FqcsMemberSince = founded.AddYears(random.Next(0, 4)),
                Status = CoopStatus.Active,
                Hours = new OpeningHours
                {
                    Monday = "8 h – 17 h", Tuesday = "8 h – 17 h", Wednesday = "8 h – 17 h",
                    Thursday = random.Next(0, 2) == 0 ? "8 h – 20 h" : "8 h – 17 h", Friday = "8 h – 16 h",
                    Saturday = random.Next(0, 3) == 0 ? "9 h – 12 h" : null,
                },
                DeclaredMembers = random.Next(2000, 2501),
                DeclaredPhysicians = random.Next(3, 9),
                DeclaredNurses = random.Next(1, 5),
                DeclaredOtherProfessionals = random.Next(0, 3),
                DeclaredPatients = random.Next(5_000, 8_001),
                CountsDeclaredOn = new DateOnly(2026, 1, 31),
                CreatedAt = now,
                UpdatedAt = now,
                Version = 1,
            };
            coop.Services = services_.Select(c => new CoopService { CoopId = coop.Id, ServiceCode = c }).ToList();
            coop.RefreshSearchText();
            db.Coops.Add(coop);
        }
        await db.SaveChangesAsync(ct);
    }

    private static string AreaCode(string region) => region switch
    {
        "06" or "13" => "514",
        "01" or "03" or "12" => "418",
        "02" => "418",
        "04" or "05" or "07" or "08" or "17" => "819",
        _ => "450",
    };
}
