using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Directory;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Federation.Contracts;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class DirectoryApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Directory = "/api/v1/directory/coops";

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<CoopDto> ActiveAsync(HttpClient admin, CoopInput input) => await CreateAsync(admin, input with { Status = "Active" });

    [Fact]
    public async Task An_anonymous_accentless_search_finds_Montreal()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var montreal = await ActiveAsync(admin, Input(name: "Coopérative de santé de Montréal", city: "Montréal", region: "06", postal: "H2X 1Y4"));
        await ActiveAsync(admin, Input(name: "Coop du Rocher", city: "Trois-Rivières", region: "04", postal: "G8T 1A1"));

        var response = await app.Anonymous().GetAsync($"{Directory}?q=montreal");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = json.GetProperty("items")[0];
        Assert.Equal(montreal.Id, item.GetProperty("id").GetGuid());
        Assert.Equal("Coopérative de santé de Montréal", item.GetProperty("name").GetString());
        Assert.Equal("Montréal", item.GetProperty("city").GetString());
        Assert.Equal("06", item.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Montréal", item.GetProperty("region").GetProperty("name").GetString());
        Assert.Equal(2, item.GetProperty("services").GetArrayLength());
        Assert.False(item.TryGetProperty("neq", out _));

        var upper = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?q=MONTRÉAL"));
        Assert.Equal(montreal.Id, Assert.Single(upper.Items).Id);
    }

    [Fact]
    public async Task Only_active_coops_are_listed_and_shown()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var active = await ActiveAsync(admin, Input(name: "Coop active"));
        var creating = await CreateAsync(admin, Input(name: "Coop en création"));
        var closed = await CreateAsync(admin, Input(name: "Coop fermée", status: "Closed"));

        var page = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync(Directory));
        Assert.Equal(active.Id, Assert.Single(page.Items).Id);
        var shown = await app.Anonymous().GetFromJsonAsync<DirectoryCoop>($"{Directory}/{active.Id}");
        Assert.Equal("Coop active", shown!.Name);
        Assert.Equal("8 h – 17 h", shown.OpeningHours.Monday);
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}/{creating.Id}"), HttpStatusCode.NotFound, "Platform.NotFound");
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}/{closed.Id}"), HttpStatusCode.NotFound, "Platform.NotFound");
    }

    [Fact]
    public async Task The_directory_filters_by_region_and_service_and_pages()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await ActiveAsync(admin, Input(name: "Coop Alpha", region: "16") with { Services = ["dental"] });
        await ActiveAsync(admin, Input(name: "Coop Bêta", region: "16"));
        await ActiveAsync(admin, Input(name: "Coop Gamma", region: "15", postal: "J0T 2R0"));

        var monteregie = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?region=16"));
        Assert.Equal(["Coop Alpha", "Coop Bêta"], monteregie.Items.Select(i => i.Name));
        var dental = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?service=dental"));
        Assert.Equal("Coop Alpha", Assert.Single(dental.Items).Name);
        var paged = await PageAsync<DirectoryItem>(await app.Anonymous().GetAsync($"{Directory}?pageSize=2&page=2"));
        Assert.Equal(3, paged.Total);
        Assert.Equal("Coop Bêta", Assert.Single(paged.Items).Name); // region 15 (Gamma) first, then 16 by name

        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}?region=42"), HttpStatusCode.BadRequest, "Federation.RegionUnknown");
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}?service=acupuncture"), HttpStatusCode.BadRequest, "Federation.ServiceUnknown");
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}?pageSize=0"), HttpStatusCode.BadRequest, "Platform.InvalidPage");
        await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Directory}/not-a-guid"), HttpStatusCode.NotFound, "Platform.NotFound");
    }

    [Fact]
    public async Task The_directory_speaks_english_when_asked()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await ActiveAsync(admin, Input());
        var page = await PageAsync<DirectoryItem>(await app.Anonymous("en-CA").GetAsync(Directory));
        Assert.Equal("Family medicine", Assert.Single(page.Items).Services[0].Name);
        var problem = await ProblemAssert.IsProblem(await app.Anonymous("en-CA").GetAsync($"{Directory}?region=42"), HttpStatusCode.BadRequest, "Federation.RegionUnknown");
        Assert.Contains("region", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        var services = await app.Anonymous().GetFromJsonAsync<List<ServiceDto>>("/api/v1/directory/services");
        Assert.Contains(new ServiceDto("family-medicine", "Médecine familiale"), services!);
        var regions = await app.Anonymous().GetFromJsonAsync<List<RegionDto>>("/api/v1/directory/regions");
        Assert.Equal(17, regions!.Count);
    }

    [Fact]
    public async Task The_dashboard_adds_up_declared_counts_by_region()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await ActiveAsync(admin, Input(region: "16"));
        await ActiveAsync(admin, Input(region: "16"));
        await ActiveAsync(admin, Input(region: "06", postal: "H2X 1Y4"));
        await CreateAsync(admin, Input(region: "01", postal: "G5L 1A1", status: "Closed"));

        var json = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/federation/dashboard")).RootElement;
        Assert.Equal(3, json.GetProperty("coops").GetInt32());
        Assert.Equal(6600, json.GetProperty("members").GetInt32());
        Assert.Equal(30, json.GetProperty("clinicians").GetInt32());
        Assert.Equal(2, json.GetProperty("regionsCovered").GetInt32());
        var monteregie = json.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("region").GetProperty("code").GetString() == "16");
        Assert.Equal(2, monteregie.GetProperty("coops").GetInt32());
        Assert.Equal(4400, monteregie.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Other_modules_read_the_registry_through_its_contract()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await ActiveAsync(admin, Input(name: "Coop contrat"));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ICoopRegistry>();
        Assert.Equal(new CoopSummary(coop.Id, "Coop contrat", "16", "Active"), await registry.FindAsync(coop.Id, CancellationToken.None));
        Assert.Null(await registry.FindAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Single(await registry.ListAsync(CancellationToken.None));

        var names = scope.ServiceProvider.GetRequiredService<ICoopDirectory>();
        Assert.Equal("Coop contrat", (await names.NamesAsync([coop.Id, Guid.NewGuid()]))[coop.Id]);
        Assert.Equal([new CoopName(coop.Id, "Coop contrat")], await names.AllAsync());
    }
}
