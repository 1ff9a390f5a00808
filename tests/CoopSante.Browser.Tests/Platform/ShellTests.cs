using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Federation.Dashboard;
using CoopSante.Federation.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Platform;

/// <summary>The shell every person sees: their home page, their language, a phone's width, a page the content security policy lets run.</summary>
public sealed partial class ShellTests(BrowserFixture app)
{
    [GeneratedRegex(@"\s:")]
    private static partial Regex SpaceBeforeColon();

    private static List<string> CspErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                errors.Add(message.Text);
        };
        return errors;
    }

    [Fact]
    public async Task A_coop_manager_is_greeted_by_name_and_sees_members_applications_meeting_deadlines_and_shares_owed_with_no_CSP_error()
    {
        var page = await app.NewPageAsync();
        var csp = CspErrors(page);
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        var response = await page.GotoAsync("/");
        await page.WaitInteractiveAsync();

        // The import map runs under the policy because it carries this response's nonce.
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", policy);
        var scriptSrc = policy!.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("script[type=importmap]")).ToHaveCountAsync(1);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bonjour, Geneviève Bouchard");
        var home = page.GetByTestId("coop-home");
        await Assertions.Expect(home.GetByTestId("home-active-members")).ToHaveTextAsync(new Regex(@"^\d[\d\s  ]*$"));
        await Assertions.Expect(home.GetByTestId("home-pending")).ToHaveTextAsync(new Regex(@"^[1-9]\d*$")); // the demo has pending applications
        await Assertions.Expect(home.GetByTestId("home-owing")).ToHaveTextAsync(new Regex(@"^\d[\d\s  ]*,\d\d\s\$$"));
        await Assertions.Expect(home.GetByTestId("home-next-meeting")).ToContainTextAsync("assemblée", new() { IgnoreCase = true });
        await Assertions.Expect(home.GetByTestId("home-deadlines")).ToContainTextAsync("Assemblée générale annuelle, au plus tard : ");
        Assert.Empty(csp);
    }

    [Fact]
    public async Task The_demo_member_sees_their_standing_record_shares_receipts_and_household_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var csp = CspErrors(page);
        await page.SignInAsync("membre@contrecoeur.demo.coopsante.ca");
        await page.GotoAsync("/");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bonjour, Sophie Gauthier");
        await Assertions.Expect(page.GetByTestId("member-home-standing")).ToHaveTextAsync("Vous êtes membre en règle de votre coop.");

        await page.GotoAsync("/portail");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("member-number")).ToHaveTextAsync(new Regex(@"^\d+$"));
        await Assertions.Expect(page.GetByText("Sophie Gauthier").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td", new() { HasTextString = "Paiement" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Rosalie Lavoie").First).ToBeVisibleAsync();
        // Law 25 on the portal too: the register is kept under the Act, not by consent; care never depends on membership.
        await Assertions.Expect(page.GetByTestId("register-notice")).ToContainTextAsync("art. 124");
        await Assertions.Expect(page.GetByTestId("never-for-care")).ToHaveTextAsync("Être membre n'est jamais nécessaire pour voir un médecin ou recevoir un service assuré.");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the portal is {overflow} px wider than a 390 px phone");
        Assert.Empty(csp);
    }

    [Fact]
    public async Task The_federation_admin_is_greeted_by_name_and_sees_the_federations_figures_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var csp = CspErrors(page);
        await page.SignInAsync("federation@demo.coopsante.ca");
        await page.GotoAsync("/");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bonjour, Hélène Gagnon");

        FederationDashboard figures;
        await using (var scope = app.Services.CreateAsyncScope())
            figures = await DashboardQuery.ComputeAsync(scope.ServiceProvider.GetRequiredService<FederationDbContext>(), CancellationToken.None);
        var home = page.GetByTestId("federation-home");
        foreach (var (label, value) in new[] { ("Coops", figures.Coops), ("Membres déclarés", figures.Members), ("Cliniciens", figures.Clinicians), ("Régions couvertes", figures.RegionsCovered) })
        {
            var tile = home.Locator(".mud-paper").Filter(new() { Has = page.Locator("h3", new() { HasTextRegex = new Regex($"^{label}$") }) });
            var shown = await tile.Locator("p").InnerTextAsync();
            Assert.Equal(value, int.Parse(new string([.. shown.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.True(figures.Coops > 1, "the demo registry has several coops");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the federation's home is {overflow} px wider than a 390 px phone");
        Assert.Empty(csp);
    }

    [Fact]
    public async Task In_English_the_audit_log_reads_as_a_sentence_with_the_actors_name_and_labelled_details()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await page.GotoAsync("/");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.WaitInteractiveAsync();

        // English home: the deadlines read "Annual general meeting, at the latest: June 30, 2027", no space before a colon.
        var deadlines = await page.GetByTestId("home-deadlines").InnerTextAsync();
        Assert.Contains("Annual general meeting, at the latest: ", deadlines, StringComparison.Ordinal);
        Assert.DoesNotMatch(SpaceBeforeColon(), deadlines);

        // Choosing English was audited: the log says so in English, by name, with the language as a labelled field.
        await page.GotoAsync("/administration/audit-log");
        await page.WaitInteractiveAsync();
        var sentence = page.GetByTestId("audit-sentence").Filter(new() { HasTextString = "Language changed by Geneviève Bouchard" }).First;
        await Assertions.Expect(sentence).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { Has = sentence }).First;
        await Assertions.Expect(row.Locator("dt").First).ToHaveTextAsync("Language");
        await Assertions.Expect(row.Locator("dd").First).ToHaveTextAsync("en-CA");
        await Assertions.Expect(row).Not.ToContainTextAsync("{");
        await Assertions.Expect(row).ToContainTextAsync(new Regex(@"\d{4}-\d\d-\d\d, \d{1,2}(:\d\d)? [ap]\.m\."));

        // The choice is remembered on the account: back to French, so the account is as the other tests expect it.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_not_found_page_under_the_same_nonce_as_its_policy()
    {
        var page = await app.NewPageAsync();
        var csp = CspErrors(page);
        var response = await page.GotoAsync("/nulle-part-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable");
        // The re-executed page keeps the nonce its header announced: its import map runs, no script is refused.
        var policy = await response.HeaderValueAsync("content-security-policy");
        var nonce = await page.EvaluateAsync<string>("() => document.querySelector('script[type=importmap]').nonce"); // the attribute itself is hidden
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", policy, StringComparison.Ordinal);
        await page.WaitInteractiveAsync();
        Assert.Empty(csp);
    }
}
