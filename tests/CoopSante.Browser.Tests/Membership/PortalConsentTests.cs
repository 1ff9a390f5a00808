using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>The portal's consents follow the API's rule: the page calls the same feature code and shows its refusal.</summary>
public sealed class PortalConsentTests(BrowserFixture app)
{
    private const string MemberEmail = "membre@contrecoeur.demo.coopsante.ca";

    private async Task<(Guid Kept, Guid Stale)> TwoConsentsAsync(string purpose)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        // The account is linked to its member on the first portal visit (the e-mail column is encrypted, so not searched here).
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(MemberEmail);
        var member = await db.Members.IgnoreQueryFilters().SingleAsync(m => m.UserId == account!.Id);
        MemberConsent Consent(string suffix) => new()
        {
            Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, Purpose = purpose + suffix, TextVersion = "v1",
            Channel = ApplicationChannel.PublicForm, GivenAt = DateTimeOffset.UtcNow.AddDays(-1),
        };
        var (kept, stale) = (Consent("-a"), Consent("-b"));
        // Applications before 2026-02 recorded the register as a consent: a row that records no choice, never withdrawable.
        var register = Consent("");
        register.Purpose = MemberConsent.RegisterPurpose;
        db.Consents.AddRange(kept, stale, register);
        await db.SaveChangesAsync();
        return (kept.Id, stale.Id);
    }

    private async Task WithdrawElsewhereAsync(Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        await db.Consents.IgnoreQueryFilters().Where(c => c.Id == consentId).ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_member_withdraws_a_consent_on_the_portal_and_is_told_when_it_was_already_withdrawn_elsewhere()
    {
        var purpose = "infolettre-" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(MemberEmail);
        await page.GotoAsync("/portail");
        await page.WaitInteractiveAsync();
        var (kept, stale) = await TwoConsentsAsync(purpose);
        await page.ReloadAsync();
        await page.WaitInteractiveAsync();

        // The register is kept by law, not by consent: it is explained, never offered for withdrawal.
        await Assertions.Expect(page.GetByTestId("register-notice")).ToContainTextAsync("non sur la foi d'un consentement");
        await Assertions.Expect(page.GetByTestId("consent").Filter(new() { HasText = purpose + "-a" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("consent").Filter(new() { HasText = "Registre des membres" })).ToHaveCountAsync(0);
        await AssertReadableOnAPhoneAsync(page, "Date");

        // Withdrawn in another tab (or through the API) after the page was drawn: the page's button is stale.
        await WithdrawElsewhereAsync(stale);
        // MudStack renders no "mud-stack" class: the rows are found by their test id (a class locator waited for ever).
        var staleRow = page.GetByTestId("consent").Filter(new() { HasText = purpose + "-b" });
        await staleRow.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent-error")).ToHaveTextAsync("Ce consentement a déjà été retiré.");

        var keptRow = page.GetByTestId("consent").Filter(new() { HasText = purpose + "-a" });
        await keptRow.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await Assertions.Expect(keptRow.GetByRole(AriaRole.Button, new() { Name = "Retirer" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("consent-error")).ToHaveCountAsync(0);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            Assert.NotNull((await db.Consents.IgnoreQueryFilters().SingleAsync(c => c.Id == kept)).WithdrawnAt);
        }

        // The same in English, at the English path.
        await page.GotoAsync("/portal");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My shares and receipts" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("consent").Filter(new() { HasText = "Register of members" })).ToHaveCountAsync(0);
        await AssertReadableOnAPhoneAsync(page, "Date");
    }

    /// <summary>At 390 px nothing scrolls sideways, the page nor a table; the shares table reads as blocks led by their column's name.</summary>
    private static async Task AssertReadableOnAPhoneAsync(IPage page, string firstColumn)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the portal scrolls sideways at 390 px");
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.mud-table-container')].every(e => e.scrollWidth <= e.clientWidth + 1)"),
            "a portal table scrolls sideways at 390 px");
        var firstCell = page.GetByTestId("portal-shares").Locator("tbody td").First;
        await firstCell.WaitForAsync();
        Assert.Equal($"\"{firstColumn}\"", await firstCell.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
    }
}
