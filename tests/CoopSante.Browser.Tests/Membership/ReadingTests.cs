using System.Globalization;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>Screens that are read: the by-laws as staff see them, and the English paths.</summary>
public sealed class ReadingTests(BrowserFixture app)
{
    [Fact]
    public async Task Staff_read_the_bylaws_in_force_as_text_with_money_amounts_and_the_date_the_version_took_effect()
    {
        DateOnly effective;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
            effective = await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == DemoIds.Contrecoeur && b.EffectiveFrom <= today)
                .OrderByDescending(b => b.EffectiveFrom).Select(b => b.EffectiveFrom).FirstAsync();
        }
        var page = await app.NewPageAsync();
        await page.SignInAsync("accueil@contrecoeur.demo.coopsante.ca");
        await page.GotoAsync("/reglements");
        await page.WaitInteractiveAsync();

        var view = page.GetByTestId("bylaws-read-only");
        await Assertions.Expect(view.GetByTestId("bylaws-effective")).ToHaveTextAsync($"En vigueur depuis : {Formats.Date(effective, CultureInfo.GetCultureInfo("fr-CA"))}");
        await Assertions.Expect(view.Locator("tbody tr", new() { HasText = "Membre utilisateur" })).ToContainTextAsync("10,00 $");
        await Assertions.Expect(view).ToContainTextAsync("5 000,00 $");
        // Read-only looks read-only: text, no field to type in, no button to save.
        Assert.Equal(0, await view.Locator("input, textarea, select, button").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).CountAsync());
    }

    [Fact]
    public async Task The_english_paths_show_english_even_to_a_member_whose_profile_is_french()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync("membre@contrecoeur.demo.coopsante.ca");

        await page.GotoAsync("/portal");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My membership");
        await Assertions.Expect(page.GetByTestId("never-for-care")).ToHaveTextAsync("Membership is never needed to see a physician or receive an insured service.");

        await page.GotoAsync("/directory");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Directory of health coops");
        await page.GotoAsync("/apply");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Directory of health coops");
        await page.GotoAsync($"/coops/{DemoIds.Contrecoeur}/apply");
        await page.GetByTestId("form-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Become a member of Coopérative de santé de Contrecoeur");
    }
}
