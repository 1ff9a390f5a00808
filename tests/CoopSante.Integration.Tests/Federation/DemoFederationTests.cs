using CoopSante.Federation.Coops;
using CoopSante.Federation.Demo;
using CoopSante.Federation.Directory;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class DemoFederationTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await ResetAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<FederationDemoSeeder>().Single();
        await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None); // a second run adds nothing
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_demo_federation_has_44_valid_coops_in_exactly_14_regions_each_with_its_own_canary()
    {
        var coops = await InDbAsync(app, db => db.Coops.AsNoTracking().Include(c => c.Services).ToListAsync());
        Assert.Equal(44, coops.Count);
        Assert.Equal(14, coops.Select(c => c.RegionCode).Distinct().Count());
        Assert.Equal(44, coops.Select(c => c.Neq).Distinct().Count());
        Assert.All(coops, c => Assert.InRange(c.DeclaredMembers, 2000, 2500));
        Assert.All(coops, c => Assert.Equal(CoopStatus.Active, c.Status));

        var canaries = coops.Select(c => System.Text.RegularExpressions.Regex.Match(c.Description!, "canari-[a-z]+-[0-9]+").Value).ToList();
        Assert.DoesNotContain("", canaries);
        Assert.Equal(44, canaries.Distinct().Count());
        Assert.All(canaries, canary => Assert.Single(coops, c => c.Description!.Contains(canary, StringComparison.Ordinal)));

        var known = new HashSet<string>(await InDbAsync(app, db => db.HealthServices.Select(s => s.Code).ToListAsync()), StringComparer.Ordinal);
        foreach (var c in coops)
        {
            var input = new CoopInput(c.Name, c.LegalName, c.Neq, c.Address, c.City, c.PostalCode, c.RegionCode, c.Phone, c.Email, c.Website, c.Description,
                c.FoundedOn, c.FqcsMemberSince, OpeningHoursDto.From(c.Hours), c.Services.Select(s => s.ServiceCode).ToList());
            Assert.True(CoopValidation.Validate(input, known, requireVersion: false).Count == 0, $"{c.Name} breaks a registry rule");
        }
        Assert.Equal(6, coops.Count(c => c.Services.Exists(s => s.ServiceCode == "telemedicine")));
    }

    [Theory]
    [InlineData("0c000000-0000-4000-8000-000000000001", "Contrecoeur", "16")]
    [InlineData("0c000000-0000-4000-8000-000000000002", "Rocher", "04")]
    [InlineData("0c000000-0000-4000-8000-000000000003", "Saint-Hubert", "01")]
    [InlineData("0c000000-0000-4000-8000-000000000004", "Ici Santé", "16")]
    [InlineData("0c000000-0000-4000-8000-000000000005", "Montréal", "06")]
    [InlineData("0c000000-0000-4000-8000-000000000006", "Val-Morin", "15")]
    public async Task The_six_named_coops_have_their_fixed_ids_and_regions(string id, string name, string region)
    {
        var coop = await InDbAsync(app, db => db.Coops.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(id)));
        Assert.Contains(name, coop.Name, StringComparison.Ordinal);
        Assert.Equal(region, coop.RegionCode);
        Assert.Contains(Guid.Parse(id), new[] { DemoIds.Contrecoeur, DemoIds.LeRocher, DemoIds.SaintHubert, DemoIds.IciSante, DemoIds.Montreal, DemoIds.ValMorin });
    }

    [Fact]
    public async Task The_demo_directory_finds_the_Montreal_coops_without_accents()
    {
        var page = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync("/api/v1/directory/coops?q=montreal&pageSize=50"));
        Assert.Contains(page.Items, i => i.Id == DemoIds.Montreal);
        Assert.All(page.Items, i => Assert.Contains("Montréal", $"{i.Name} {i.City}", StringComparison.Ordinal));
    }
}
