using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Federation.Directory;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

/// <summary>
/// The directory reads places as Québec writes them (St-, Ste-, with or without hyphen and accents) and takes a postal
/// code or its first three characters as "near me": on PostgreSQL through the public API, and on the embedded SQLite
/// default through the same query.
/// </summary>
public sealed class DirectorySearchFormsTests(AppFixture app) : IAsyncLifetime
{
    private const string Directory = "/api/v1/directory/coops";

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Name, city, region, postal code.</summary>
    private static readonly (string Name, string City, string Region, string Postal)[] Places =
    [
        ("Coop de santé de la Rivière-du-Nord", "Saint-Jérôme", "15", "J7Z 5T3"),
        ("Coop de santé des Monts", "Sainte-Agathe-des-Monts", "15", "J8C 2A1"),
        ("Coopérative de santé du Plateau", "Montréal", "06", "H2X 1Y4"),
        ("Coop santé Chomedey", "Laval", "13", "H7N 1A1"),
        ("Coop de santé du Vieux-Québec", "Québec", "03", "G1R 2B5"),
    ];

    /// <summary>A spelling typed, the city of the one coop it must find.</summary>
    private static readonly (string Q, string City)[] PlaceSpellings =
    [
        ("st-jerome", "Saint-Jérôme"), ("st jerome", "Saint-Jérôme"), ("St-Jérôme", "Saint-Jérôme"), ("ST JÉRÔME", "Saint-Jérôme"),
        ("saint-jérôme", "Saint-Jérôme"), ("ste-agathe", "Sainte-Agathe-des-Monts"), ("Ste Agathe des Monts", "Sainte-Agathe-des-Monts"),
    ];

    [Fact]
    public async Task St_and_Ste_as_Quebec_writes_them_find_Saint_Jerome_and_Sainte_Agathe_on_PostgreSQL()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var p in Places)
            ids[p.City] = (await CreateAsync(admin, Input(name: p.Name, city: p.City, region: p.Region, postal: p.Postal) with { Status = "Active" })).Id;

        foreach (var (q, city) in PlaceSpellings)
        {
            var page = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?q={Uri.EscapeDataString(q)}"));
            Assert.True(page.Items.Count == 1 && page.Items[0].Id == ids[city], $"'{q}' found {string.Join(", ", page.Items.Select(i => i.City))}");
        }
        // A word that merely contains "st" is not rewritten: "Est" is not "Saint".
        Assert.Empty((await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?q=saint%20est"))).Items);
    }

    [Fact]
    public async Task A_postal_code_or_its_first_three_characters_lists_every_coop_those_of_that_area_first_on_PostgreSQL()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        foreach (var p in Places)
            await CreateAsync(admin, Input(name: p.Name, city: p.City, region: p.Region, postal: p.Postal) with { Status = "Active" });

        foreach (var q in new[] { "H2X 3A9", "h2x3a9", "H2X", "h2x" })
        {
            var page = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?q={Uri.EscapeDataString(q)}"));
            Assert.Equal(Places.Length, page.Total);
            // Its FSA first, then its postal district (H: Montréal and Laval), then the rest by region.
            Assert.Equal(["Montréal", "Laval", "Québec", "Saint-Jérôme", "Sainte-Agathe-des-Monts"], page.Items.Select(i => i.City));
        }
        var laurentides = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?q=J8C"));
        Assert.Equal("Sainte-Agathe-des-Monts", laurentides.Items[0].City);
        Assert.Equal("Saint-Jérôme", laurentides.Items[1].City);
    }

    [Fact]
    public async Task The_same_searches_work_on_the_embedded_SQLite_default()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("coopsante-directory-");
        try
        {
            var builder = new DbContextOptionsBuilder<SqliteFederationDbContext>();
            DbRegistration.Configure(builder, FederationDbContext.Module, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir.FullName, "directory.db")};Pooling=False");
            await using var db = new SqliteFederationDbContext(builder.Options);
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            foreach (var p in Places)
            {
                var coop = new Coop
                {
                    Id = Guid.CreateVersion7(), Name = p.Name, LegalName = $"Coopérative de solidarité {p.Name}", Neq = NextNeq(), Address = "1000 rue Principale",
                    City = p.City, PostalCode = p.Postal, RegionCode = p.Region, Status = CoopStatus.Active, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                };
                coop.RefreshSearchText();
                db.Coops.Add(coop);
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            async Task<List<string>> Cities(string q) =>
                [.. (await DirectoryQueries.SearchAsync(db, q, null, null, PageRequest.From(1, 50), TestContext.Current.CancellationToken)).Items.Select(i => i.City)];
            foreach (var (q, city) in PlaceSpellings)
                Assert.Equal([city], await Cities(q));
            Assert.Equal(["Montréal", "Laval", "Québec", "Saint-Jérôme", "Sainte-Agathe-des-Monts"], await Cities("h2x"));
            Assert.Equal(["Montréal", "Laval", "Québec", "Saint-Jérôme", "Sainte-Agathe-des-Monts"], await Cities("H2X 3A9"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
