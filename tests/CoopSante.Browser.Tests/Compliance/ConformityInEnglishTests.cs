using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CoopSante.Browser.Tests.Compliance.ComplianceScreens;

namespace CoopSante.Browser.Tests.Compliance;

/// <summary>
/// The conformity screens in English: the federation opens a campaign, Contrecoeur's manager answers on a phone with a
/// proof, sees the proof flagged "Expired" once it lapses and cannot rest another answer on it, reads the privacy
/// registers; the federation reads the heat map and the committee. English labels throughout, no French left over.
/// </summary>
public sealed class ConformityInEnglishTests(BrowserFixture app)
{
    private const string FederationAdmin = "federation@demo.coopsante.ca";
    private const string Manager = "gestion@contrecoeur.demo.coopsante.ca";

    /// <summary>French words of these screens that an English page must not show.</summary>
    private static readonly string[] FrenchLeftovers = ["Autoévaluation", "Enregistrer", "Pièces justificatives", "recommandations", "Conforme", "Date attestée", "Indicateurs", "Expirée", "Registre des incidents", "Carte de chaleur"];

    /// <summary>Signed in (the sign-in pages are French by default), then English from the culture cookie on.</summary>
    private async Task<IPage> EnglishPageAsync(string email, int width)
    {
        var page = await app.NewPageAsync("en-CA");
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(60_000);
        await page.SetViewportSizeAsync(width, 844);
        await page.SignInAsync(email);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        return page;
    }

    private static async Task AssertEnglishAsync(IPage page, string screen)
    {
        var text = await page.Locator(".mud-main-content").InnerTextAsync();
        foreach (var french in FrenchLeftovers) Assert.False(text.Contains(french, StringComparison.Ordinal), $"the English {screen} shows the French \"{french}\"");
    }

    /// <summary>English puts no space before a colon ("Due date: …", not "Due date : …"); for screens that show no French text people wrote.</summary>
    private static async Task AssertEnglishColonsAsync(IPage page, string screen) =>
        Assert.False((await page.Locator(".mud-main-content").InnerTextAsync()).Contains(" :", StringComparison.Ordinal), $"the English {screen} puts a space before a colon");

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string screen) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"the English {screen} scrolls sideways at 390 px");

    [Fact]
    public async Task In_English_the_federation_opens_a_campaign_the_manager_answers_on_a_phone_sees_a_lapsed_proof_flagged_expired_and_refused_and_the_heat_map_reads_the_answer()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var frameworkName = $"English framework {tag}";
        var campaignName = $"English campaign {tag}";
        await VersionAsync(app, frameworkName, FrameworkVersionStatus.Published, ("Gouvernance de la coop", "Coop governance"),
            ("ENG-01", "Registre des membres tenu à jour", "Register of members kept up to date"), ("ENG-02", "Assurance responsabilité en vigueur", "Liability insurance in force"));

        // 1. The federation, in English, opens a campaign for Contrecoeur.
        var federation = await EnglishPageAsync(FederationAdmin, 1280);
        await federation.GotoAsync("/conformity");
        await federation.WaitInteractiveAsync();
        await Assertions.Expect(federation.Locator("h1")).ToHaveTextAsync("Conformity campaigns");
        var campaignId = await OpenCampaignAsync(federation, OpeningLabels.English, campaignName, frameworkName, "Coopérative de santé de Contrecoeur");
        Assert.Contains($"/conformity/{campaignId}", federation.Url, StringComparison.Ordinal);

        // 2. Contrecoeur's manager, in English on a phone, reads the assessment in English.
        var coop = await EnglishPageAsync(Manager, 390);
        await coop.GotoAsync($"/conformity/{campaignId}/coops/{DemoIds.Contrecoeur}");
        await coop.WaitInteractiveAsync();
        await Assertions.Expect(coop.Locator("h1")).ToHaveTextAsync("Conformity self-assessment");
        await Assertions.Expect(coop.GetByTestId("assessment-status")).ToHaveTextAsync("To do");
        await Assertions.Expect(coop.GetByTestId("assessment-progress")).ToContainTextAsync("0 of 2 recommendations answered");
        await Assertions.Expect(coop.GetByTestId("indicators")).ToContainTextAsync("Automatic indicators");
        var first = coop.GetByTestId("item-ENG-01");
        await Assertions.Expect(first).ToContainTextAsync("Register of members kept up to date");
        await Assertions.Expect(first).ToContainTextAsync("Criticality 3");
        await Assertions.Expect(first.GetByTestId("save-item")).ToHaveTextAsync("Save");
        await Assertions.Expect(coop.GetByTestId("evidence-upload")).ToContainTextAsync("Add an evidence file");
        await AssertEnglishAsync(coop, "assessment");

        // 3. …adds a proof, answers the first recommendation with it, and sees the progress move.
        var proof = $"Insurance certificate {tag}";
        await Field(coop.GetByTestId("evidence-upload"), "evidence-title").FillAsync(proof);
        await coop.Keyboard.PressAsync("Tab");
        await coop.GetByTestId("evidence-file").SetBlazorInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
        });
        await Assertions.Expect(coop.GetByText("Evidence file added.")).ToBeVisibleAsync();
        await first.Locator(".mud-select").First.WaitForAsync();
        await first.GetByText("Compliant", new() { Exact = true }).ClickAsync();
        await ChooseAsync(coop, first, "Evidence files", proof, multiple: true);
        await first.GetByTestId("save-item").ClickAsync();
        await Assertions.Expect(first.GetByTestId("item-evidence")).ToContainTextAsync(proof);
        await Assertions.Expect(coop.GetByTestId("assessment-progress")).ToContainTextAsync("1 of 2 recommendations answered");
        await Assertions.Expect(coop.GetByTestId("assessment-status")).ToHaveTextAsync("In progress");
        await Assertions.Expect(first.GetByTestId("evidence-expired")).ToHaveCountAsync(0);
        await AssertNoSidewaysScrollAsync(coop, "assessment");

        // 4. The certificate lapses (its expiry passes): the page flags it "Expired" beside the answer it supported,
        //    and the second recommendation cannot rest on it; nothing of that refusal is written.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Set<Evidence>().IgnoreQueryFilters()
                .Where(e => e.Title == proof).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExpiresOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)));
        }
        await coop.ReloadAsync();
        await coop.WaitInteractiveAsync();
        await Assertions.Expect(first.GetByTestId("evidence-expired")).ToHaveTextAsync("Expired");
        var second = coop.GetByTestId("item-ENG-02");
        await second.GetByText("Compliant", new() { Exact = true }).ClickAsync();
        await ChooseAsync(coop, second, "Evidence files", proof, multiple: true);
        await second.GetByTestId("save-item").ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync($"“{proof}” expired");
        await Assertions.Expect(coop.GetByTestId("assessment-progress")).ToContainTextAsync("1 of 2 recommendations answered");
        await AssertEnglishAsync(coop, "assessment");
        await AssertNoSidewaysScrollAsync(coop, "assessment");
        await AssertEnglishColonsAsync(coop, "assessment");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var items = await db.Set<AssessmentItem>().IgnoreQueryFilters().AsNoTracking().Include(i => i.Evidence)
                .Where(i => db.Set<Assessment>().IgnoreQueryFilters().Any(a => a.Id == i.AssessmentId && a.CampaignId == campaignId && a.CoopId == DemoIds.Contrecoeur))
                .ToDictionaryAsync(i => i.Code);
            Assert.Equal(((Answer?)Answer.Compliant, ItemStatus.Answered, 1), (items["ENG-01"].Answer, items["ENG-01"].Status, items["ENG-01"].Evidence.Count));
            Assert.Equal(((Answer?)null, ItemStatus.ToDo, 0), (items["ENG-02"].Answer, items["ENG-02"].Status, items["ENG-02"].Evidence.Count));
        }

        // 5. The privacy registers, in English on the phone.
        await coop.GotoAsync("/coop/privacy");
        await coop.Locator("[data-testid=privacy-page][data-ready=true]").WaitForAsync();
        await Assertions.Expect(coop.Locator("h1")).ToHaveTextAsync("Privacy — Law 25 registers");
        await Assertions.Expect(coop.GetByTestId("privacy-page")).ToContainTextAsync("Person in charge of the protection of personal information");
        await Assertions.Expect(coop.GetByTestId("privacy-page")).ToContainTextAsync("Confidentiality incident register");
        await AssertEnglishAsync(coop, "privacy registers");
        await AssertNoSidewaysScrollAsync(coop, "privacy registers");

        // 6. The federation's heat map reads Contrecoeur in progress at 75% ((3 × 2) / (4 × 2)), in English; then the committee.
        await federation.GotoAsync($"/conformity/{campaignId}");
        await federation.WaitInteractiveAsync();
        var heat = federation.GetByTestId("heat-map");
        await Assertions.Expect(heat.Locator("th").First).ToHaveTextAsync("Coop");
        await Assertions.Expect(heat).ToContainTextAsync("Coop governance");
        var row = heat.Locator("tr").Filter(new() { HasText = "Coopérative de santé de Contrecoeur" });
        await Assertions.Expect(row).ToContainTextAsync("In progress");
        await Assertions.Expect(row).ToContainTextAsync(new Regex(@"75(\.0)?%"));
        await Assertions.Expect(federation.GetByTestId("campaign-export")).ToHaveTextAsync("Export the campaign (XLSX)");
        // The heat map's links keep the English reader on the English pages.
        await Assertions.Expect(row.GetByTestId("heat-map-coop")).ToHaveAttributeAsync("href", $"/conformity/{campaignId}/coops/{DemoIds.Contrecoeur}");
        await AssertEnglishAsync(federation, "heat map");
        await AssertEnglishColonsAsync(federation, "heat map");
        await federation.GotoAsync("/federation/committee");
        await federation.WaitInteractiveAsync();
        await Assertions.Expect(federation.Locator("h1")).ToHaveTextAsync("Follow-up committee");
    }
}
