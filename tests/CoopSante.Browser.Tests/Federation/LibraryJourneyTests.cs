using System.Text;
using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Federation;

public sealed class LibraryJourneyTests(BrowserFixture app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways at 390 px");

    [Fact]
    public async Task The_federation_files_a_guide_a_coop_finds_it_without_accents_on_a_phone_and_a_member_sees_the_telemedicine_offer_in_english()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Guide de l'accueil téléphonique {suffix}";
        var federation = await app.NewPageAsync();
        await federation.SignInAsync("federation@demo.coopsante.ca");
        await federation.GotoAsync("/federation/bibliotheque");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await federation.Locator("#library-title-fr").FillAsync(title);
        await federation.Locator("#library-title-en").FillAsync($"Telephone reception guide {suffix}");
        await federation.Locator("#library-description-fr").FillAsync("Répondre aux appels, prendre les messages, protéger les renseignements.");
        await federation.Locator("#library-description-en").FillAsync("Answering calls, taking messages, protecting information.");
        await federation.Locator("[data-testid='library-save']").ClickAsync();
        var document = federation.Locator("[data-testid='federation-document']").Filter(new() { HasText = title });
        await Assertions.Expect(document).ToContainTextAsync("Sans fichier");

        await document.Locator("[data-testid='library-add-version']").SetBlazorInputFilesAsync(new FilePayload { Name = "outil.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ\u0090\0programme") });
        await Assertions.Expect(federation.Locator(".mud-snackbar").Filter(new() { HasText = "outil.pdf" })).ToBeVisibleAsync();
        await document.Locator("[data-testid='library-add-version']").SetBlazorInputFilesAsync(new FilePayload { Name = "accueil.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(document.Locator("[data-testid='library-download']")).ToHaveTextAsync("accueil.pdf");

        var coop = await app.NewPageAsync();
        await coop.SetViewportSizeAsync(390, 844);
        await coop.SignInAsync("accueil@contrecoeur.demo.coopsante.ca");
        await coop.GotoAsync("/coop/bibliotheque");
        await coop.Locator("[data-ready='true']").First.WaitForAsync();
        // The search is one line high on a phone, like the category beside it (it was once 240 px tall).
        Assert.True(await coop.Locator("#library-q").EvaluateAsync<double>("e => e.closest('.mud-input-control').getBoundingClientRect().height") < 80,
            "the library's search field is more than one line high at 390 px");
        await coop.Locator("#library-q").FillAsync($"ACCUEIL telephonique {suffix}");
        await coop.Locator("[data-testid='library-search-button']").ClickAsync();
        var found = coop.Locator("[data-testid='coop-document']");
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found).ToContainTextAsync(title);
        var href = await found.Locator("[data-testid='library-download']").GetAttributeAsync("href");
        var download = await coop.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Equal(Pdf, await download.BodyAsync());
        await AssertNoSidewaysScrollAsync(coop, "the coop's library");

        // Signs in on the French form (SignInAsync reads its French labels), then reads in English.
        var member = await app.NewPageAsync();
        await member.SetViewportSizeAsync(390, 844);
        await member.SignInAsync("membre@contrecoeur.demo.coopsante.ca");
        await member.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await member.GotoAsync("/portail/avantages");
        var offers = member.Locator("[data-testid='coop-advantage']");
        await Assertions.Expect(offers.First).ToContainTextAsync("24/7 telemedicine");
        // Retrying assertions: the list may render again between reads.
        await Assertions.Expect(offers.Filter(new() { HasText = "15% off glasses" })).ToHaveCountAsync(1);
        await Assertions.Expect(offers.Filter(new() { HasText = "liability insurance" })).ToHaveCountAsync(0); // for the coops, not their members
        await Assertions.Expect(offers.Filter(new() { HasText = "flu vaccination" })).ToHaveCountAsync(0); // expired
        await AssertNoSidewaysScrollAsync(member, "the member's advantages");

        await federation.SetViewportSizeAsync(390, 844);
        await federation.GotoAsync("/federation/avantages");
        await federation.Locator("[data-ready='true']").First.WaitForAsync();
        await Assertions.Expect(federation.Locator("[data-testid='federation-advantage']").Filter(new() { HasText = "Campagne de vaccination" }).Locator("[data-testid='advantage-state']"))
            .ToHaveTextAsync("Expiré");
        await AssertNoSidewaysScrollAsync(federation, "the federation's advantages");
    }
}
