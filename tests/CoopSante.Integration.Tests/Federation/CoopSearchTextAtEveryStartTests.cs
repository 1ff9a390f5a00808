using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Integration.Tests.Federation;

public sealed class CoopSearchTextAtEveryStartTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await FederationTestData.ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_search_text_made_stale_after_the_first_start_is_recomputed_when_the_host_starts_again()
    {
        // The fixture's host has started once already (its migrations are applied): this is a second start on the same database.
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await FederationTestData.CreateAsync(admin, FederationTestData.Input(name: "Coop de santé de l'Île-d'Orléans", city: "Saint-Pierre"));
        await FederationTestData.InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SearchText, "perime")));

        await using (var restarted = app.Factory.WithWebHostBuilder(_ => { }))
            _ = restarted.Server; // starts a new host: Program's start-up steps run again

        var stored = await FederationTestData.InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id).Select(c => c.SearchText).SingleAsync());
        Assert.Equal(Coop.SearchTextOf("Coop de santé de l'Île-d'Orléans", "Coopérative de solidarité Coop de santé de l'Île-d'Orléans", "Saint-Pierre"), stored);
    }
}
