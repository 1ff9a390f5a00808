using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoopSante.Browser.Tests.Federation;

public sealed class SupportJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Contrecoeur_asks_for_consulting_on_a_phone_the_adviser_quotes_the_coop_accepts_and_reads_the_invoice()
    {
        var subject = $"Plan stratégique {Guid.NewGuid().ToString("N")[..6]}";

        // The coop's manager, on a phone, opens a consulting request.
        var coop = await app.NewPageAsync();
        await coop.SetViewportSizeAsync(390, 844);
        await coop.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await coop.GotoAsync("/coop/soutien");
        await coop.Locator("[data-ready='true']").First.WaitForAsync();
        await coop.Locator(".mud-select").Filter(new() { HasText = "Catégorie" }).First.Locator(".mud-input").First.ClickAsync();
        await coop.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Services-conseils" }).First.ClickAsync();
        await coop.Locator("#support-subject").FillAsync(subject);
        await coop.Locator("#support-description").FillAsync("Accompagnement du conseil d'administration en **trois rencontres**.");
        await coop.GetByTestId("support-open").ClickAsync();
        var detail = coop.GetByTestId("support-detail");
        await Assertions.Expect(detail).ToContainTextAsync(subject);
        await Assertions.Expect(coop.GetByTestId("support-status")).ToHaveTextAsync("Ouverte");
        Assert.True(await coop.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the support page scrolls sideways at 390 px");

        // The federation's adviser takes it and quotes 6 hours at the schedule's rate.
        var federation = await app.NewPageAsync();
        await federation.SignInAsync("federation@demo.coopsante.ca");
        await federation.GotoAsync("/federation/soutien");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.GetByTestId("support-queue-row").Filter(new() { HasText = subject }).GetByTestId("support-select").ClickAsync();
        await federation.GetByTestId("support-assign").ClickAsync();
        await Assertions.Expect(federation.GetByTestId("support-status")).ToHaveTextAsync("Assignée");
        await federation.Locator("#support-quote-hours").FillAsync("6");
        await federation.Locator("#support-quote-description").FillAsync("Préparation, animation de trois rencontres et rédaction du plan.");
        await federation.GetByTestId("support-quote-send").ClickAsync();
        await Assertions.Expect(federation.GetByTestId("support-status")).ToHaveTextAsync("Soumission proposée");
        await Assertions.Expect(federation.GetByTestId("support-quote")).ToContainTextAsync("570,00");

        // The coop accepts, after confirming.
        await coop.ReloadAsync();
        await coop.Locator("[data-ready='true']").First.WaitForAsync();
        await coop.GetByTestId("support-row").Filter(new() { HasText = subject }).GetByTestId("support-select").ClickAsync();
        await coop.GetByTestId("support-quote-accept").ClickAsync();
        await coop.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Accepter la soumission" }).ClickAsync();
        await Assertions.Expect(coop.GetByTestId("support-status")).ToHaveTextAsync("Mandat accepté");

        // The adviser logs the time and issues the invoice.
        await federation.ReloadAsync();
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.GetByTestId("support-queue-row").Filter(new() { HasText = subject }).GetByTestId("support-select").ClickAsync();
        await federation.Locator("#support-time-hours").FillAsync("5,5");
        await federation.Locator("#support-time-note").FillAsync("Trois rencontres du conseil");
        await federation.GetByTestId("support-time-log").ClickAsync();
        await Assertions.Expect(federation.GetByTestId("support-time")).ToContainTextAsync("Trois rencontres du conseil");
        await federation.GetByTestId("support-invoice-issue").ClickAsync();
        await federation.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Émettre la facture" }).ClickAsync();
        await Assertions.Expect(federation.GetByTestId("support-status")).ToHaveTextAsync("Facturée");

        // The coop reads its invoice: the federation bills Contrecoeur 5.5 h at 95 $.
        await coop.ReloadAsync();
        await coop.Locator("[data-ready='true']").First.WaitForAsync();
        await coop.GetByTestId("support-row").Filter(new() { HasText = subject }).GetByTestId("support-select").ClickAsync();
        var href = await coop.GetByTestId("support-invoice-pdf").GetAttributeAsync("href");
        var response = await coop.APIRequest.GetAsync(href!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Facture", text, StringComparison.Ordinal);
        Assert.Contains("Contrecoeur", text, StringComparison.Ordinal);
        Assert.Contains("522,50", text, StringComparison.Ordinal);
        Assert.True(await coop.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the support page scrolls sideways at 390 px");
    }
}
