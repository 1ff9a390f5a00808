using System.Net.Http.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Federation;

public sealed class CoopSearchTextTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await FederationTestData.ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_coop_stored_with_the_old_directory_normal_form_is_recomputed_at_start_up_and_found_with_its_apostrophe()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await FederationTestData.CreateAsync(admin, FederationTestData.Input(name: "Coop de santé de l'Île-d'Orléans", city: "Saint-Pierre"));
        Assert.Equal("coop de sante de lile dorleans cooperative de solidarite coop de sante de lile dorleans saint pierre",
            await FederationTestData.InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id).Select(c => c.SearchText).SingleAsync()));

        // As the directory's own normalizer stored it before ADR 0017: apostrophes split words.
        await FederationTestData.InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SearchText, "coop de sante de l ile d orleans cooperative de solidarite coop de sante de l ile d orleans saint pierre")));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var step in scope.ServiceProvider.GetServices<IModuleDatabase>().OfType<CoopSearchTextRefresh>())
                await step.MigrateAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
        }

        var stored = await FederationTestData.InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id).Select(c => c.SearchText).SingleAsync());
        Assert.Equal(Coop.SearchTextOf("Coop de santé de l'Île-d'Orléans", "Coopérative de solidarité Coop de santé de l'Île-d'Orléans", "Saint-Pierre"), stored);
        var page = await FederationTestData.PageAsync<CoopListItemProbe>(await admin.GetAsync("/api/v1/federation/coops?q=l'%C3%8Ele-d'Orl%C3%A9ans"));
        Assert.Contains(page.Items, c => c.Id == coop.Id);
    }

    private sealed record CoopListItemProbe(Guid Id);
}
