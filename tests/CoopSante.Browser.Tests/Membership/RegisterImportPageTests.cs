using System.Text;
using CoopSante.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

public sealed class RegisterImportPageTests(BrowserFixture app)
{
    private const string Headers = "Nom,Prénom,Date de naissance,Adresse,Ville,Code postal,Courriel,Catégorie,Statut,Date d'admission,Parts souscrites ($),Parts payées ($)";

    private static string Row(string family, string given, string email, string postalCode = "J0L 1C0") =>
        $"{family},{given},1979-11-02,8 rue du Fleuve,Contrecœur,{postalCode},{email},Utilisateur,Actif,2021-04-01,10.00,10.00";

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "registre.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\n", [Headers, .. rows]) + "\n")).ToArray(),
    };

    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));

    [Fact]
    public async Task A_file_with_a_bad_row_lists_the_error_by_line_then_a_good_file_is_imported_and_its_members_can_be_found()
    {
        var first = "Importe-A" + Letters();
        var second = "Importe-B" + Letters();
        var page = await app.NewPageAsync();
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");

        await page.GotoAsync("/registre/importation");
        await page.WaitInteractiveAsync();
        await page.GetByLabel("Choisir un fichier").SetBlazorInputFilesAsync(Csv(Row(first, "Léa", $"{first}@exemple.ca".ToLowerInvariant()), Row(second, "Noé", $"{second}@exemple.ca".ToLowerInvariant(), postalCode: "123 456")));
        var errors = page.Locator("[data-testid='import-errors'] tbody tr");
        await errors.First.WaitForAsync();
        Assert.Equal(1, await errors.CountAsync());
        var cells = await errors.First.Locator("td").AllInnerTextsAsync();
        Assert.Equal("3", cells[0].Trim());
        Assert.Contains("Code postal", cells[1], StringComparison.Ordinal);
        Assert.Contains("2 lignes lues, 1 erreurs.", await page.GetByTestId("import-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("import-apply")).ToBeDisabledAsync();

        await page.GetByLabel("Choisir un fichier").SetBlazorInputFilesAsync(Csv(Row(first, "Léa", $"{first}@exemple.ca".ToLowerInvariant()), Row(second, "Noé", $"{second}@exemple.ca".ToLowerInvariant())));
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 lignes lues, 0 erreurs.");
        await Assertions.Expect(page.GetByTestId("import-apply")).ToBeEnabledAsync();
        await page.GetByTestId("import-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("2 membres importés.");
        await Assertions.Expect(page.Locator("#import-progress-label")).ToContainTextAsync("Terminé — 2 / 2");
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100");

        await page.GotoAsync("/membres");
        await page.WaitInteractiveAsync();
        // The list's pager speaks French too (MudBlazor's own text is English).
        await Assertions.Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync("Lignes par page");
        await Assertions.Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"1 à \d+ sur \d+"));
        foreach (var name in new[] { first, second })
        {
            await page.Locator("input[data-testid='register-search'], [data-testid='register-search'] input").First.FillAsync(name);
            await Assertions.Expect(page.Locator("[data-testid='register-table'] tbody tr", new() { HasText = name })).ToHaveCountAsync(1);
        }

        // The imported shares are one opening balance on the member's page, with both amounts and no receipt.
        await page.Locator("[data-testid='register-table'] tbody tr", new() { HasText = second }).GetByRole(AriaRole.Link).First.ClickAsync();
        var opening = page.Locator("tr", new() { HasText = "Solde d'ouverture (import)" });
        await Assertions.Expect(opening).ToHaveCountAsync(1);
        await Assertions.Expect(opening).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"souscrit 10,00\s\$, payé 10,00\s\$"));
        await Assertions.Expect(opening.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
    }
}
