using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation;
using CoopSante.Federation.Advantages;
using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class AdvantagesApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Advantages = "/api/v1/federation/advantages";
    private static DateOnly Today => TelemedicineParticipationData.Today;

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string CoopAdvantages(Guid coopId) => $"/api/v1/coops/{coopId}/advantages";

    private async Task<(CoopDto Monteregie, CoopDto Mauricie, HttpClient Federation)> CoopsAsync()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var monteregie = await CreateAsync(federation, Input(name: "Coop de Varennes", city: "Varennes", region: "16", postal: "J3X 1A1", status: "Active"));
        var mauricie = await CreateAsync(federation, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active"));
        return (monteregie, mauricie, federation);
    }

    private static AdvantageInput Offer(string title, DateOnly? from = null, DateOnly? until = null, string beneficiaries = "CoopsAndMembers", string audience = "AllCoops",
        string[]? regions = null, bool telemedicine = false, string supplier = "Fournitures Boréales") =>
        new(supplier, title, $"{title} (en)", "Rabais négocié par la fédération.", "Discount negotiated by the federation.", "Commande minimale de 250 $.", "Minimum order $250.",
            "Code FQCS-2026 au service à la clientèle.", "Code FQCS-2026 with customer service.", from ?? Today.AddDays(-30), until, audience, regions, null, beneficiaries, telemedicine);

    private static async Task<FederationAdvantageDto> OfferAsync(HttpClient federation, AdvantageInput input)
    {
        var response = await federation.PostAsJsonAsync(Advantages, input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FederationAdvantageDto>())!;
    }

    private async Task<List<string>> TitlesAsync(Role role, Guid coopId, string culture = "fr-CA") =>
        (await (await app.ClientAsync(role, coopId, culture)).GetFromJsonAsync<JsonElement>(CoopAdvantages(coopId)))
        .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToList();

    private Task<int> AdvantageCountAsync() => InDbAsync(app, db => db.Advantages.CountAsync());

    [Fact]
    public async Task Staff_see_every_advantage_in_force_for_their_coop_members_only_theirs_and_nobody_an_expired_or_upcoming_one()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        await OfferAsync(federation, Offer("Pour tous"));
        await OfferAsync(federation, Offer("Pour les coops", beneficiaries: "Coops"));
        await OfferAsync(federation, Offer("Pour les membres", beneficiaries: "Members", until: Today)); // its last day
        await OfferAsync(federation, Offer("Expiré", from: Today.AddDays(-100), until: Today.AddDays(-1)));
        await OfferAsync(federation, Offer("À venir", from: Today.AddDays(1)));
        await OfferAsync(federation, Offer("Mauricie seulement", audience: "Regions", regions: ["04"]));
        var withdrawn = await OfferAsync(federation, Offer("Retiré"));
        Assert.Equal(HttpStatusCode.NoContent, (await federation.DeleteAsync($"{Advantages}/{withdrawn.Id}?version={withdrawn.Version}")).StatusCode);

        Assert.Equal(["Pour les coops", "Pour les membres", "Pour tous"], await TitlesAsync(Role.CoopStaff, monteregie.Id));
        Assert.Equal(["Pour les membres", "Pour tous"], await TitlesAsync(Role.Member, monteregie.Id));
        Assert.Equal(["Mauricie seulement", "Pour les coops", "Pour les membres", "Pour tous"], await TitlesAsync(Role.CoopAdmin, mauricie.Id));
        Assert.Equal(["Pour les membres (en)", "Pour tous (en)"], await TitlesAsync(Role.Member, monteregie.Id, "en-CA"));

        var states = (await federation.GetFromJsonAsync<JsonElement>(Advantages)).GetProperty("items").EnumerateArray()
            .ToDictionary(a => a.GetProperty("titleFr").GetString()!, a => a.GetProperty("state").GetString());
        Assert.Equal("Expired", states["Expiré"]);
        Assert.Equal("Upcoming", states["À venir"]);
        Assert.Equal("Withdrawn", states["Retiré"]);
        Assert.Equal("Current", states["Pour tous"]);
    }

    [Fact]
    public async Task The_telemedicine_offer_shows_only_to_the_members_of_coops_taking_part_in_the_program_today()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        await OfferAsync(federation, Offer("Télémédecine 24/7", beneficiaries: "Members", telemedicine: true, supplier: "Akira par TELUS Santé"));
        await TelemedicineParticipationData.ParticipatesAsync(app, monteregie.Id);
        await TelemedicineParticipationData.ParticipatesAsync(app, mauricie.Id, new DateOnly(2022, 1, 1), Today.AddDays(-1)); // left the program yesterday

        Assert.Equal(["Télémédecine 24/7"], await TitlesAsync(Role.Member, monteregie.Id));
        Assert.Empty(await TitlesAsync(Role.Member, mauricie.Id));
        Assert.Empty(await TitlesAsync(Role.CoopAdmin, mauricie.Id));
    }

    [Theory]
    [InlineData("endsBeforeStart", "Federation.AdvantageEndsBeforeStart", "validUntil")]
    [InlineData("noStart", "Platform.Required", "validFrom")]
    [InlineData("year1900", "Federation.AdvantageDateInvalid", "validFrom")]
    [InlineData("supplierLineBreak", "Federation.LibraryControlCharacters", "supplier")]
    [InlineData("noHowToClaim", "Platform.Required", "howToClaimEn")]
    [InlineData("beneficiaries", "Federation.AdvantageBeneficiariesUnknown", "beneficiaries")]
    [InlineData("regions", "Federation.LibraryAudienceEmpty", "regions")]
    public async Task A_bad_advantage_is_refused_with_a_stable_code_on_its_field_and_nothing_is_written(string fault, string code, string field)
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var good = Offer("Rabais");
        var input = fault switch
        {
            "endsBeforeStart" => good with { ValidFrom = new DateOnly(2026, 6, 1), ValidUntil = new DateOnly(2026, 5, 31) },
            "noStart" => good with { ValidFrom = null },
            "year1900" => good with { ValidFrom = new DateOnly(1900, 1, 1) },
            "supplierLineBreak" => good with { Supplier = "Fournisseur\r\n=cmd|' /C calc'!A0" },
            "noHowToClaim" => good with { HowToClaimEn = " " },
            "beneficiaries" => good with { Beneficiaries = "Everyone" },
            _ => good with { Audience = "Regions", Regions = [] },
        };

        var problem = await ProblemAssert.IsProblem(await federation.PostAsJsonAsync(Advantages, input), HttpStatusCode.BadRequest, code);

        Assert.Contains($"\"{field}\"", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await AdvantageCountAsync());
    }

    [Fact]
    public async Task An_end_before_the_start_is_explained_in_the_callers_language_and_a_change_to_it_writes_nothing()
    {
        var (_, _, federation) = await CoopsAsync();
        var advantage = await OfferAsync(federation, Offer("Rabais", from: new DateOnly(2026, 1, 1), until: new DateOnly(2026, 12, 31)));
        var bad = Offer("Rabais modifié", from: new DateOnly(2026, 6, 1), until: new DateOnly(2026, 1, 1)) with { Version = advantage.Version };

        var en = await ProblemAssert.IsProblem(await (await app.ClientAsync(Role.FederationAdmin, culture: "en-CA")).PutAsJsonAsync($"{Advantages}/{advantage.Id}", bad),
            HttpStatusCode.BadRequest, "Federation.AdvantageEndsBeforeStart");
        var fr = await ProblemAssert.IsProblem(await federation.PutAsJsonAsync($"{Advantages}/{advantage.Id}", bad), HttpStatusCode.BadRequest, "Federation.AdvantageEndsBeforeStart");

        Assert.Contains("end of validity comes before the start", en.ToString(), StringComparison.Ordinal);
        Assert.Contains("La fin de validité précède le début", fr.ToString(), StringComparison.Ordinal);
        var stored = await InDbAsync(app, db => db.Advantages.AsNoTracking().SingleAsync());
        Assert.Equal(("Rabais", new DateOnly(2026, 12, 31), 1), (stored.TitleFr, stored.ValidUntil!.Value, stored.Version));
        Assert.Empty(await AuditAsync(app, AuditEventType.AdvantageUpdated));
    }

    [Fact]
    public async Task Changes_and_withdrawals_check_the_version_and_are_audited_and_coops_never_manage_the_catalogue()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var advantage = await OfferAsync(federation, Offer("Canari-avantage", audience: "Regions", regions: ["16"]));

        await ProblemAssert.IsProblem(await federation.PutAsJsonAsync($"{Advantages}/{advantage.Id}", Offer("Nouveau titre") with { Version = 9 }), HttpStatusCode.Conflict, "Platform.StaleVersion");
        var changed = await federation.PutAsJsonAsync($"{Advantages}/{advantage.Id}", Offer("Nouveau titre", audience: "Regions", regions: ["16"]) with { Version = advantage.Version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var updated = (await changed.Content.ReadFromJsonAsync<FederationAdvantageDto>())!;
        await ProblemAssert.IsProblem(await federation.DeleteAsync($"{Advantages}/{advantage.Id}?version={advantage.Version}"), HttpStatusCode.Conflict, "Platform.StaleVersion");

        await TenancyProbe.AssertIsolatedAsync(app, mauricie.Id, HttpMethod.Get, CoopAdvantages(monteregie.Id), canary: "Nouveau titre");
        var coopAdmin = await app.ClientAsync(Role.CoopAdmin, monteregie.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync(Advantages)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.PostAsJsonAsync(Advantages, Offer("Pirate"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.PutAsJsonAsync($"{Advantages}/{advantage.Id}", Offer("Pirate") with { Version = updated.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.DeleteAsync($"{Advantages}/{advantage.Id}?version={updated.Version}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.FederationAuditor)).PostAsJsonAsync(Advantages, Offer("Auditeur"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await federation.DeleteAsync($"{Advantages}/{advantage.Id}?version={updated.Version}")).StatusCode);
        Assert.Empty(await TitlesAsync(Role.CoopStaff, monteregie.Id));
        Assert.Single(await AuditAsync(app, AuditEventType.AdvantageCreated));
        Assert.Single(await AuditAsync(app, AuditEventType.AdvantageUpdated));
        Assert.Single(await AuditAsync(app, AuditEventType.AdvantageWithdrawn));
        Assert.Equal(1, await AdvantageCountAsync());
    }
}
