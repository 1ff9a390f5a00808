using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>
/// The public way in: from the home page or the directory (searched as Québec writes its places, or by postal code) to
/// the coop's own form, in English on a phone and in French on a desktop; then the manager's side: likely duplicates
/// flagged before admission, and an export downloaded from the screen.
/// </summary>
public sealed class PublicWayInTests(BrowserFixture app)
{
    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));

    private static async Task FillAdultAsync(IPage page, string family, string given, string dateOfBirth, string email)
    {
        await Field(page, "familyName").FillAsync(family);
        await Field(page, "givenName").FillAsync(given);
        await Field(page, "dateOfBirth").FillAsync(dateOfBirth);
        await Field(page, "dateOfBirth").PressAsync("Tab");
        await Field(page, "street").FillAsync("12, rue Saint-Georges");
        await Field(page, "city").FillAsync("Contrecoeur");
        await Field(page, "postalCode").FillAsync("J0L 1C0");
        await Field(page, "email").FillAsync(email);
    }

    [Fact]
    public async Task On_a_phone_in_English_a_visitor_finds_the_coop_by_postal_code_and_applies_on_its_form()
    {
        var page = await app.NewPageAsync("en-CA");
        await page.SetViewportSizeAsync(390, 844);

        // The English path shows English, and "st-jerome" finds Saint-Jérôme.
        await page.GotoAsync("/directory?q=st-jerome");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Directory of health coops");
        await Assertions.Expect(page.GetByTestId("directory-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=directory]")).ToContainTextAsync("Saint-Jérôme");

        // A postal code lists every coop, those of its area first.
        await page.GotoAsync("/directory?q=J0L%201C0");
        await Assertions.Expect(page.GetByTestId("near-first")).ToHaveTextAsync("Coops in area J0L first, then those nearby.");
        await Assertions.Expect(page.GetByTestId("directory-item").First).ToHaveTextAsync("Coopérative de santé de Contrecoeur");
        await Assertions.Expect(page.GetByTestId("directory-item").Nth(1)).ToBeVisibleAsync(); // more than one coop
        await page.WaitInteractiveAsync();
        await page.GetByTestId("directory-item").First.ClickAsync();
        await page.WaitForURLAsync($"**/directory/{DemoIds.Contrecoeur}");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("directory-apply").ClickAsync();
        await page.WaitForURLAsync($"**/coops/{DemoIds.Contrecoeur}/apply");
        await page.GetByTestId("form-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Become a member of Coopérative de santé de Contrecoeur");
        await Assertions.Expect(page.GetByTestId("qualifying-shares")).ToContainTextAsync("$10.00");
        await Assertions.Expect(page.GetByTestId("never-for-care")).ToHaveTextAsync("Membership is never needed to see a physician or receive an insured service.");
        await Assertions.Expect(page.GetByTestId("register-notice")).ToContainTextAsync("because the Act requires it, not on the basis of consent");
        Assert.Equal("family-name", await Field(page, "familyName").GetAttributeAsync("autocomplete"));
        Assert.Equal("postal-code", await Field(page, "postalCode").GetAttributeAsync("autocomplete"));
        Assert.Equal("email", await Field(page, "email").GetAttributeAsync("autocomplete"));

        // An empty form: each error under its own field.
        await page.GetByTestId("application-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-control:has([data-testid=familyName])")).ToContainTextAsync("This field is required.");

        var family = "Phone-" + char.ToUpperInvariant(Letters()[0]) + Letters();
        await FillAdultAsync(page, family, "Léa", "1990-02-03", $"{family.ToLowerInvariant()}@exemple.ca");
        await page.GetByTestId("application-submit").ClickAsync();
        await page.GetByTestId("application-received").WaitForAsync();
        Assert.Equal(1, await ApplicationsAsync(family));
    }

    [Fact]
    public async Task In_French_the_home_pages_Devenir_membre_leads_through_the_directory_to_the_form_which_records_only_the_optional_consents_ticked()
    {
        var page = await app.NewPageAsync();
        // A visitor who has never chosen a language: the English journey of this class leaves its language cookie behind.
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/");
        await page.GetByTestId("home-apply").ClickAsync();
        await page.WaitForURLAsync("**/repertoire");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Pour devenir membre, choisissez votre coop");
        await page.GotoAsync("/repertoire?q=contrecoeur");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("directory-item").First.ClickAsync();
        await page.WaitForURLAsync($"**/repertoire/{DemoIds.Contrecoeur}");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("directory-apply").ClickAsync();
        await page.WaitForURLAsync($"**/coops/{DemoIds.Contrecoeur}/adhesion");
        await page.GetByTestId("form-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Devenir membre de Coopérative de santé de Contrecoeur");
        await Assertions.Expect(page.GetByTestId("qualifying-shares")).ToContainTextAsync("10,00 $");
        await Assertions.Expect(page.GetByTestId("never-for-care")).ToHaveTextAsync("Être membre n'est jamais nécessaire pour voir un médecin ou recevoir un service assuré.");

        var family = "Adulte-" + char.ToUpperInvariant(Letters()[0]) + Letters();
        await FillAdultAsync(page, family, "Maëlle", "1984-07-09", $"{family.ToLowerInvariant()}@exemple.ca");
        await page.GetByText("Je préfère recevoir les avis et les convocations par courriel plutôt que par la poste").ClickAsync();
        await page.GetByTestId("application-submit").ClickAsync();
        await page.GetByTestId("application-received").WaitForAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var memberId = await db.Members.IgnoreQueryFilters().Where(m => m.FamilyName == family).Select(m => m.Id).SingleAsync();
        var purposes = await db.Consents.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Purpose).ToListAsync();
        Assert.Equal([MemberConsent.EmailNoticesPurpose], purposes);
    }

    [Fact]
    public async Task A_manager_sees_a_likely_duplicate_before_admitting_and_downloads_the_register_from_the_screen()
    {
        // An application by someone already in the register: same name and date of birth as an active member.
        Member existing;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            existing = await db.Members.IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.Kind == MemberKind.Person && m.DateOfBirth != null)
                .OrderBy(m => m.MemberNumber).FirstAsync();
        }
        using (var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) })
        {
            var response = await http.PostAsJsonAsync($"/api/v1/public/coops/{DemoIds.Contrecoeur}/applications", new
            {
                identity = new
                {
                    kind = "Person", familyName = existing.FamilyName, givenName = existing.GivenName, dateOfBirth = existing.DateOfBirth,
                    street = "1, rue du Quai", city = "Contrecoeur", postalCode = "J0L 1C0", category = "User",
                },
            });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        int lastPage;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var pending = await db.Applications.IgnoreQueryFilters().CountAsync(a => a.CoopId == DemoIds.Contrecoeur && a.Status == ApplicationStatus.Pending);
            lastPage = (pending + 24) / 25;
        }

        var page = await app.NewPageAsync();
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        // The newest application is on the last page; the board's decision is above the list.
        await page.GotoAsync($"/adhesions?page={lastPage}");
        await page.WaitInteractiveAsync();
        var row = page.Locator("[data-testid='pending-table'] tbody tr", new() { HasText = existing.FamilyName }).Filter(new() { Has = page.GetByTestId("duplicate") });
        await Assertions.Expect(row.First.GetByTestId("duplicate").First).ToContainTextAsync($"{existing.GivenName} {existing.FamilyName}");
        await Assertions.Expect(row.First.GetByTestId("duplicate").First).ToContainTextAsync("même nom et date de naissance");
        await Assertions.Expect(page.GetByTestId("duplicates-warning")).ToBeVisibleAsync();
        var decisionBox = await page.GetByTestId("decision").BoundingBoxAsync();
        var tableBox = await page.GetByTestId("pending-table").BoundingBoxAsync();
        Assert.True(decisionBox!.Y < tableBox!.Y, "the board's decision is above the list");

        // The register, downloaded from the screen through the API (which writes the audit row).
        long Exports() => CountExports();
        var before = Exports();
        await page.GotoAsync("/exportations");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("export-register-csv")).ToBeEnabledAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-register-csv").ClickAsync());
        Assert.StartsWith("registre-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Nom", lines[0], StringComparison.Ordinal);
        Assert.Contains(existing.FamilyName, text, StringComparison.Ordinal);
        Assert.True(lines.Length > 100, $"{lines.Length} lines");
        await Assertions.Expect(page.GetByTestId("export-done")).ToContainTextAsync("prêt");
        Assert.Equal(before + 1, Exports());
    }

    private long CountExports()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return db.AuditEvents.LongCount(e => e.Type == AuditEventType.DataExported && e.TargetType == "MemberRegister" && e.CoopId == DemoIds.Contrecoeur);
    }

    private async Task<int> ApplicationsAsync(string family)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().CountAsync(m => m.CoopId == DemoIds.Contrecoeur && m.FamilyName == family);
    }
}
