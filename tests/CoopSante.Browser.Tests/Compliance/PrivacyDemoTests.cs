using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Compliance;

/// <summary>A newcomer signed in as the demo coop's manager finds its Law 25 registers kept, not an empty form, in both languages.</summary>
public sealed class PrivacyDemoTests(BrowserFixture app)
{
    [Fact]
    public async Task The_demo_coop_manager_sees_the_person_in_charge_an_incident_and_the_assessments_on_the_privacy_page()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await page.GotoAsync("/coop/vie-privee");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=officer-name] input, input[data-testid=officer-name]").First).ToHaveValueAsync("Isabelle Gagnon (fictive)");
        await Assertions.Expect(page.GetByTestId("incident")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("incident")).ToContainTextAsync("Renseignements visés : Nom et adresse courriel");
        await Assertions.Expect(page.GetByTestId("assessment")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("privacy-page")).Not.ToContainTextAsync("jamais été revu");

        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await page.GotoAsync("/coop/vie-privee");
        await page.WaitInteractiveAsync();
        // English punctuation and dates: "Information concerned: …", no French colon, no numeric date.
        await Assertions.Expect(page.GetByTestId("incident")).ToContainTextAsync("Information concerned: Nom et adresse courriel");
        await Assertions.Expect(page.GetByTestId("assessment").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\((January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"));
    }
}
