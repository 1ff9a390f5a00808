using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using MiniExcelLibs;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Federation.FederationTestData;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Federation;

public sealed class FederationFactsApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Facts = "/api/v1/federation/facts";

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Three active coops in two regions (one taking part in the telemedicine program, one keeping its register here with
    /// two active members) and a closed coop that must count for nothing.
    /// </summary>
    private async Task<(CoopDto Registered, CoopDto Telemedicine, CoopDto Mauricie)> FederationAsync()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var registered = await CreateAsync(admin, Input(name: "Coop Registrova", region: "16", status: "Active") with
        {
            DeclaredCounts = new DeclaredCountsDto(2000, 5, 2, 1, new DateOnly(2026, 1, 15), Patients: 6000),
        });
        var telemedicine = await CreateAsync(admin, Input(name: "Coop Télévaris", region: "16", status: "Active") with
        {
            Services = ["family-medicine", "telemedicine"],
            DeclaredCounts = new DeclaredCountsDto(2400, 7, 3, 0, new DateOnly(2026, 2, 1), Patients: 7000),
        });
        var mauricie = await CreateAsync(admin, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active") with
        {
            DeclaredCounts = new DeclaredCountsDto(1500, 4, 2, 2, new DateOnly(2025, 12, 1), Patients: 5000),
        });
        await CreateAsync(admin, Input(name: "Coop fermée", region: "05", postal: "J1H 1A1", status: "Closed") with
        {
            DeclaredCounts = new DeclaredCountsDto(9999, 99, 99, 99, null, Patients: 99999),
        });
        await TelemedicineParticipationData.ParticipatesAsync(app, telemedicine.Id);
        var register = await StartAsync(app, registered.Id);
        await register.MemberAsync("Agrégatova", "Philomène");
        await register.MemberAsync("Agrégatova", "Théodule");
        return (registered, telemedicine, mauricie);
    }

    [Fact]
    public async Task Anyone_reads_the_federation_figures_counted_from_registers_where_kept_and_declared_counts_elsewhere()
    {
        await FederationAsync();

        var response = await app.Anonymous().GetAsync(Facts);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var f = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, f.GetProperty("coops").GetInt32());
        Assert.Equal(2, f.GetProperty("regions").GetInt32());
        Assert.Equal(2 + 2400 + 1500, f.GetProperty("members").GetInt32()); // the register's 2, not the 2000 declared
        Assert.Equal(16, f.GetProperty("physicians").GetInt32());
        Assert.Equal(7, f.GetProperty("nurses").GetInt32());
        Assert.Equal(3, f.GetProperty("otherProfessionals").GetInt32());
        Assert.Equal(18000, f.GetProperty("patients").GetInt32());
        Assert.Equal(1, f.GetProperty("telemedicineCoops").GetInt32());
        Assert.True(DateOnly.TryParse(f.GetProperty("asOf").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var sources = f.GetProperty("sources");
        Assert.Equal(2, sources.GetProperty("membersFromRegisters").GetInt32());
        Assert.Equal(3900, sources.GetProperty("membersDeclared").GetInt32());
        Assert.Contains("patients", sources.GetProperty("declared").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, f.GetProperty("byRegion").ValueKind);
        foreach (var identity in new[] { "Agrégatova", "Philomène", "Théodule" }) Assert.DoesNotContain(identity, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task By_region_gives_the_same_figures_per_region_and_they_add_up_to_the_totals()
    {
        await FederationAsync();

        var f = JsonDocument.Parse(await app.Anonymous("en-CA").GetStringAsync($"{Facts}?by=region")).RootElement;

        var regions = f.GetProperty("byRegion").EnumerateArray().ToList();
        Assert.Equal(["04", "16"], regions.Select(r => r.GetProperty("regionCode").GetString()));
        var monteregie = regions[1];
        Assert.Equal("Montérégie", monteregie.GetProperty("regionName").GetString());
        Assert.Equal(2, monteregie.GetProperty("coops").GetInt32());
        Assert.Equal(2 + 2400, monteregie.GetProperty("members").GetInt32());
        Assert.Equal(1, monteregie.GetProperty("telemedicineCoops").GetInt32());
        Assert.Equal(1500, regions[0].GetProperty("members").GetInt32());
        foreach (var figure in new[] { "coops", "members", "physicians", "nurses", "otherProfessionals", "patients", "telemedicineCoops" })
            Assert.Equal(f.GetProperty(figure).GetInt32(), regions.Sum(r => r.GetProperty(figure).GetInt32()));
    }

    [Fact]
    public async Task Telemedicine_coops_are_those_taking_part_in_the_program_today_not_those_listing_the_service()
    {
        var (registered, _, mauricie) = await FederationAsync();
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await CreateAsync(admin, Input(name: "Coop Affichova", region: "04", postal: "G9N 1A1", status: "Active") with { Services = ["telemedicine"] }); // listed, not in the program
        var today = TelemedicineParticipationData.Today;
        await TelemedicineParticipationData.ParticipatesAsync(app, mauricie.Id, new DateOnly(2021, 1, 1), today.AddDays(-1)); // ended yesterday
        await TelemedicineParticipationData.ParticipatesAsync(app, mauricie.Id, today.AddDays(1)); // starts again tomorrow
        await TelemedicineParticipationData.ParticipatesAsync(app, registered.Id, new DateOnly(2022, 1, 1), today); // its last day is today

        var f = JsonDocument.Parse(await app.Anonymous().GetStringAsync($"{Facts}?by=region")).RootElement;

        Assert.Equal(2, f.GetProperty("telemedicineCoops").GetInt32()); // Télévaris and, for today still, Registrova
        var regions = f.GetProperty("byRegion").EnumerateArray().ToDictionary(r => r.GetProperty("regionCode").GetString()!, r => r.GetProperty("telemedicineCoops").GetInt32());
        Assert.Equal(2, regions["16"]);
        Assert.Equal(0, regions["04"]);
    }

    [Fact]
    public async Task An_unknown_grouping_is_refused_with_a_stable_code_in_the_callers_language()
    {
        var fr = await ProblemAssert.IsProblem(await app.Anonymous().GetAsync($"{Facts}?by=coop"), HttpStatusCode.BadRequest, "Federation.FactsGroupingUnknown");
        var en = await ProblemAssert.IsProblem(await app.Anonymous("en-CA").GetAsync($"{Facts}?by=coop"), HttpStatusCode.BadRequest, "Federation.FactsGroupingUnknown");
        Assert.Contains("Regroupement inconnu", fr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Unknown grouping", en.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fact_sheet_is_a_one_page_pdf_in_french_or_english_with_declared_figures_labelled()
    {
        await FederationAsync();

        foreach (var (culture, words) in new[] { ("fr-CA", new[] { "Portrait de la fédération", "Montérégie", "déclaré", "Dossiers de patients" }), ("en-CA", new[] { "The federation at a glance", "declared", "Patient records" }) })
        {
            var response = await app.Anonymous().GetAsync($"{Facts}/sheet.pdf?culture={culture}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(1, pdf.NumberOfPages);
            var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            foreach (var word in words.SelectMany(w => w.Split(' '))) Assert.Contains(word, text, StringComparison.Ordinal);
            Assert.Contains("18", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_fact_sheet_spreadsheet_holds_the_summary_and_the_regions_in_the_language_asked_for()
    {
        await FederationAsync();

        var response = await app.Anonymous().GetAsync($"{Facts}/sheet.xlsx?culture=en-CA");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Summary", "Regions"], stream.GetSheetNames());
        var summary = stream.Query(useHeaderRow: true, sheetName: "Summary").Cast<IDictionary<string, object>>().ToList();
        var patients = summary.Single(r => Equals(r["Figure"], "Patient records"));
        Assert.Equal(18000d, Convert.ToDouble(patients["Value"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("declared", patients["Source"]);
        var regions = stream.Query(useHeaderRow: true, sheetName: "Regions").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, regions.Count);
    }

    [Fact]
    public async Task A_negative_declared_patient_count_is_refused_and_nothing_is_written()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var before = await CoopCountAsync(app);

        var response = await admin.PostAsJsonAsync("/api/v1/federation/coops", Input() with { DeclaredCounts = new DeclaredCountsDto(10, 1, 1, 1, null, Patients: -1) });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Federation.CountInvalid");
        Assert.Contains("declaredCounts.patients", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await CoopCountAsync(app));
    }
}
