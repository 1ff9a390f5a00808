using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

public sealed class PublicApplicationJourneyTests(BrowserFixture app)
{
    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    [Fact]
    public async Task A_visitor_applies_in_french_on_the_coops_public_form_and_a_bad_postal_code_is_shown_beside_its_field()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/coops/{DemoIds.Contrecoeur}/adhesion");
        await page.GetByTestId("form-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Field(page, "familyName").FillAsync("Bouchard-Tremblay");
        await Field(page, "givenName").FillAsync("Maëlle");
        await Field(page, "dateOfBirth").FillAsync("1984-07-09");
        await Field(page, "dateOfBirth").PressAsync("Tab");
        await Field(page, "street").FillAsync("12, rue de l'Église");
        await Field(page, "city").FillAsync("Contrecoeur");
        await Field(page, "postalCode").FillAsync("D0L 1C0");
        await Field(page, "email").FillAsync("maelle.bt@exemple.ca");
        await page.GetByTestId("application-submit").ClickAsync();
        // Under the postal code field itself, not only somewhere on the page.
        var postalCodeError = page.Locator(".mud-input-control:has([data-testid=postalCode])").GetByText("Le code postal doit avoir la forme A1A 1A1.");
        await postalCodeError.WaitForAsync();
        Assert.Equal(0, await ApplicationsAsync("maelle.bt@exemple.ca"));

        // The corrected value is taken as typed and its error line goes: only then is the button where it will stay.
        await Field(page, "postalCode").FillAsync("J0L 1C0");
        await postalCodeError.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.GetByTestId("application-submit").ClickAsync();
        await page.GetByTestId("application-received").WaitForAsync();
        Assert.Equal(1, await ApplicationsAsync("maelle.bt@exemple.ca"));
    }

    private async Task<int> ApplicationsAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().CountAsync(m => m.CoopId == DemoIds.Contrecoeur && m.Email == email);
    }
}
