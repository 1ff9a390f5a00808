using CoopSante.Federation.Advantages;
using CoopSante.Federation.Demo;
using CoopSante.Federation.Library;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class LibraryDemoTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await ResetAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>().ToList();
        await seeders.OfType<FederationDemoSeeder>().Single().SeedAsync(scope.ServiceProvider, CancellationToken.None);
        foreach (var seeder in new IDemoSeeder[] { seeders.OfType<LibraryDemoSeeder>().Single(), seeders.OfType<AdvantagesDemoSeeder>().Single() })
        {
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None); // a second run adds nothing
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_demo_library_holds_twenty_documents_whose_files_are_real_typed_content_and_the_catalogue_eight_advantages()
    {
        var documents = await InDbAsync(app, db => db.LibraryDocuments.AsNoTracking().Include(d => d.Versions).ToListAsync());
        Assert.Equal(20, documents.Count);
        Assert.Equal(22, documents.Sum(d => d.Versions.Count));
        Assert.All(documents, d => Assert.Equal(d.Versions.Max(v => v.Number), d.CurrentVersion));
        Assert.Equal(6, documents.Select(d => d.Category).Distinct().Count());
        var types = documents.SelectMany(d => d.Versions).Select(v => v.ContentType).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(new HashSet<string>([FileTypes.Pdf, FileTypes.Docx, FileTypes.Csv, FileTypes.Text], StringComparer.Ordinal), types);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(22, await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<StoredFile>().IgnoreQueryFilters()
            .CountAsync(f => f.CoopId == FileOwners.Federation && f.Use == LibraryCommands.DocumentUse.Name));
        Assert.Equal(8, await InDbAsync(app, db => db.Advantages.CountAsync()));
    }

    [Fact]
    public async Task Montreal_sees_the_documents_for_every_coop_and_Contrecoeur_also_those_for_its_region_and_for_it()
    {
        var contrecoeur = await InDbAsync(app, db => LibraryQueries.CoopListAsync(db, DemoIds.Contrecoeur, false, null, null, new PageRequest(1, 50), CancellationToken.None));
        var montreal = await InDbAsync(app, db => LibraryQueries.CoopListAsync(db, DemoIds.Montreal, false, null, null, new PageRequest(1, 50), CancellationToken.None));

        Assert.Equal(20, contrecoeur.Total);
        Assert.Equal(18, montreal.Total);
        Assert.DoesNotContain(montreal.Items, d => d.Title.Contains("CISSS", StringComparison.Ordinal));
        var found = await InDbAsync(app, db => LibraryQueries.CoopListAsync(db, DemoIds.Montreal, false, "modele reglement interieur", null, new PageRequest(1, 10), CancellationToken.None));
        Assert.Equal("Modèle de règlement intérieur", Assert.Single(found.Items).Title);
    }
}
