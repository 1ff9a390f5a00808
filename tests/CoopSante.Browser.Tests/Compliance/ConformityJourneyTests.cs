using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static CoopSante.Browser.Tests.Compliance.ComplianceScreens;

namespace CoopSante.Browser.Tests.Compliance;

/// <summary>
/// The conformity process on the screens, in French: the federation publishes a version and opens a campaign, Contrecoeur's
/// manager answers with evidence (on a phone) and submits, the assigned auditor sends one item back, the coop revises, the
/// auditor accepts and records a finding, the coop closes its action, and the audit report PDF says all of it.
/// </summary>
public sealed class ConformityJourneyTests(BrowserFixture app)
{
    private const string FederationAdmin = "federation@demo.coopsante.ca";
    private const string Auditor = "audit@demo.coopsante.ca";
    private const string Manager = "gestion@contrecoeur.demo.coopsante.ca";

    /// <summary>A French page; the journey's pages each re-render a whole assessment, so they get more time than the default.</summary>
    private async Task<IPage> PageAsync(int width = 1280)
    {
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(60_000);
        if (width != 1280) await page.SetViewportSizeAsync(width, 844);
        return page;
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static async Task OpenAssessmentAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitInteractiveAsync();
        await page.GetByTestId("assessment-status").WaitForAsync();
    }

    [Fact]
    public async Task A_version_published_then_campaigned_is_answered_with_evidence_sent_back_revised_accepted_audited_and_its_action_closed_as_the_report_pdf_reads()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var frameworkName = $"Cadre du parcours {tag}";
        var campaignName = $"Campagne du parcours {tag}";
        var versionId = await VersionAsync(app, frameworkName, FrameworkVersionStatus.Draft, ("Gouvernance du parcours", "Journey governance"),
            ("PAR-01", "Registre des membres tenu à jour", "Register of members kept up to date"), ("PAR-02", "Registre des incidents révisé", "Incident register reviewed"));

        // 1. The federation publishes the version.
        var federation = await PageAsync();
        await federation.SignInAsync(FederationAdmin);
        await federation.GotoAsync($"/federation/cadres/versions/{versionId}");
        await federation.Locator("[data-testid=version-page][data-ready=true]").WaitForAsync();
        await federation.GetByTestId("status-Published").ClickAsync();
        await Dialog(federation).GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(federation.GetByTestId("version-status")).ToContainTextAsync("Publiée");

        // 2. …and opens a campaign on it for Contrecoeur.
        await federation.GotoAsync("/conformite");
        await federation.WaitInteractiveAsync();
        var campaignId = await OpenCampaignAsync(federation, OpeningLabels.French, campaignName, frameworkName, "Coopérative de santé de Contrecoeur");
        await Assertions.Expect(federation.GetByTestId("heat-map")).ToContainTextAsync("Coopérative de santé de Contrecoeur");
        var assessmentUrl = $"/conformite/{campaignId}/coops/{DemoIds.Contrecoeur}";

        // 3. Contrecoeur's manager, on a phone, finds the campaign, adds a proof and answers both recommendations, then submits.
        var coop = await PageAsync(390);
        await coop.SignInAsync(Manager);
        await coop.GotoAsync("/conformite");
        await coop.WaitInteractiveAsync();
        await coop.GetByTestId("campaign-link").Filter(new() { HasText = campaignName }).ClickAsync();
        await coop.WaitForURLAsync("**" + assessmentUrl);
        await coop.WaitInteractiveAsync();
        await Assertions.Expect(coop.GetByTestId("assessment-progress")).ToContainTextAsync("0 sur 2");
        // Contrecoeur has bylaws: the annual-report indicator reads Membership's calendar, never "non disponible".
        await Assertions.Expect(coop.GetByTestId("indicator-AnnualReportWithin30Days")).ToContainTextAsync("Rapport annuel");
        await Assertions.Expect(coop.GetByTestId("indicator-AnnualReportWithin30Days")).Not.ToContainTextAsync("Non disponible");
        var proof = $"Registre des membres {tag}";
        await Field(coop.GetByTestId("evidence-upload"), "evidence-title").FillAsync(proof);
        await coop.Keyboard.PressAsync("Tab"); // the title binds on change, as when a person moves on to choose the file
        await coop.GetByTestId("evidence-file").SetBlazorInputFilesAsync(new FilePayload
        {
            Name = "registre.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
        });
        await Assertions.Expect(coop.GetByText("Pièce ajoutée.")).ToBeVisibleAsync();
        var first = coop.GetByTestId("item-PAR-01");
        await first.Locator(".mud-select").First.WaitForAsync();
        await first.GetByText("Conforme", new() { Exact = true }).ClickAsync();
        await ChooseAsync(coop, first, "Pièces justificatives", proof, multiple: true);
        await first.GetByTestId("save-item").ClickAsync();
        await Assertions.Expect(first.GetByTestId("item-evidence")).ToContainTextAsync(proof);
        var second = coop.GetByTestId("item-PAR-02");
        await second.GetByText("Conforme", new() { Exact = true }).ClickAsync();
        await second.GetByTestId("save-item").ClickAsync();
        await Assertions.Expect(coop.GetByTestId("assessment-progress")).ToContainTextAsync("2 sur 2");
        await coop.GetByTestId("submit-assessment").ClickAsync();
        await Dialog(coop).GetByRole(AriaRole.Button, new() { Name = "Soumettre l'autoévaluation" }).ClickAsync();
        await Assertions.Expect(coop.GetByTestId("assessment-status")).ToContainTextAsync("Soumise");
        Assert.False(await coop.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        // 4. The assigned auditor sees the proof beside its item, accepts it and sends the other back with a comment.
        var auditor = await PageAsync();
        await auditor.SignInAsync(Auditor);
        await OpenAssessmentAsync(auditor, assessmentUrl);
        await Assertions.Expect(auditor.GetByTestId("item-PAR-01").GetByTestId("item-evidence")).ToContainTextAsync(proof);
        await auditor.GetByTestId("item-PAR-01").GetByTestId("accept-item").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("item-PAR-01").GetByTestId("accept-item")).ToHaveCountAsync(0);
        var change = $"Joindre le procès-verbal de la révision {tag}.";
        await Field(auditor.GetByTestId("item-PAR-02"), "review-text").FillAsync(change);
        await auditor.GetByTestId("item-PAR-02").GetByTestId("request-change").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("assessment-status")).ToContainTextAsync("Modifications demandées");

        // 5. The coop reads the request, revises the item and submits again.
        await OpenAssessmentAsync(coop, assessmentUrl);
        await Assertions.Expect(second.GetByTestId("review-comment")).ToContainTextAsync(change);
        await Assertions.Expect(first.GetByTestId("save-item")).ToHaveCountAsync(0); // accepted: no longer editable
        await second.GetByText("Partiellement conforme", new() { Exact = true }).ClickAsync();
        await Field(second, "comment").FillAsync("Révision faite; procès-verbal à venir.");
        await second.GetByTestId("save-item").ClickAsync();
        await coop.GetByTestId("submit-assessment").ClickAsync();
        await Dialog(coop).GetByRole(AriaRole.Button, new() { Name = "Soumettre l'autoévaluation" }).ClickAsync();
        await Assertions.Expect(coop.GetByTestId("assessment-status")).ToContainTextAsync("Soumise");

        // 6. The auditor accepts the revision and records the visit's finding with its action.
        await OpenAssessmentAsync(auditor, assessmentUrl);
        await auditor.GetByTestId("item-PAR-02").GetByTestId("accept-item").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("assessment-status")).ToContainTextAsync("Acceptée");
        var finding = $"Procès-verbal de révision absent {tag}";
        var action = $"Adopter le procès-verbal {tag}";
        var visit = auditor.GetByTestId("visit-form");
        await Field(visit, "finding-text").FillAsync(finding);
        await Field(visit, "action-title").FillAsync(action);
        await Field(visit, "action-owner").FillAsync("Direction générale");
        await auditor.GetByTestId("record-visit").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("finding")).ToContainTextAsync(finding);
        await Assertions.Expect(auditor.GetByTestId("action-status")).ToContainTextAsync("Ouverte");

        // 7. The coop closes the action with its proof of completion.
        await OpenAssessmentAsync(coop, assessmentUrl);
        var row = coop.GetByTestId("action").Filter(new() { HasText = action });
        await ChooseAsync(coop, row, "Preuve de réalisation", proof);
        await row.GetByTestId("action-done").ClickAsync();
        await Dialog(coop).GetByRole(AriaRole.Button, new() { Name = "Terminer" }).ClickAsync();
        await Assertions.Expect(coop.GetByTestId("action-status")).ToContainTextAsync("Terminée");
        Assert.False(await coop.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        // 8. The audit report, read back from the PDF the screen links to.
        var href = await coop.GetByTestId("report-pdf").GetAttributeAsync("href");
        var pdf = await coop.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        var text = PdfText(await pdf.BodyAsync());
        Assert.Contains("Rapport d'audit de conformité", text, StringComparison.Ordinal);
        Assert.Contains(campaignName, text, StringComparison.Ordinal);
        Assert.Contains(finding, text, StringComparison.Ordinal);
        Assert.Contains(action, text, StringComparison.Ordinal);
        Assert.Contains("Terminée", text, StringComparison.Ordinal);
        Assert.Contains("87,5", text, StringComparison.Ordinal); // (2×3 + 1×1) / (2×4): compliant, then partially
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var statuses = await db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking().Where(a => a.CampaignId == campaignId).Select(a => a.Status).ToListAsync();
            Assert.Equal(AssessmentStatus.Accepted, Assert.Single(statuses));
        }

        // 9. With every action done, the auditor closes the file: the campaign, whose only file it was, closes with it.
        await OpenAssessmentAsync(auditor, assessmentUrl);
        await auditor.GetByTestId("close-file").ClickAsync();
        await Dialog(auditor).GetByRole(AriaRole.Button, new() { Name = "Fermer le dossier" }).ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("assessment-status")).ToContainTextAsync("Fermée");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            Assert.Equal(CampaignStatus.Closed, await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Status).SingleAsync());
        }
    }
}
