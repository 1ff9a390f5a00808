using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Federation.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>
/// A manager takes a member's annual contribution on the member page (ADR 0047): receipt, amounts owed, in French and in
/// English on a phone; then records the board's waiver of what is left.
/// </summary>
public sealed class ContributionJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    [Fact]
    public async Task A_manager_records_a_contribution_payment_reads_its_receipt_sees_the_amount_owed_fall_and_records_the_boards_waiver_of_the_rest()
    {
        var member = await MemberOwingTheContributionAsync();
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);

        // The coop's follow-up list shows the contribution owed in its own column, beside the shares.
        await page.GotoAsync("/sommes-dues");
        await page.WaitInteractiveAsync();
        var row = page.GetByTestId("owed-row").Filter(new() { HasText = $"{member.GivenName} {member.FamilyName}" });
        await Assertions.Expect(row.GetByTestId("owed-contributions")).ToHaveTextAsync(new Regex(@"^30,00\s\$$"));
        await Assertions.Expect(row.GetByTestId("owed-shares")).ToHaveTextAsync(new Regex(@"^0,00\s\$$"));
        await Assertions.Expect(page.Locator("th", new() { HasText = "Contributions dues" })).ToBeVisibleAsync();

        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        var section = page.GetByTestId("contributions");
        await Assertions.Expect(section.GetByTestId("contrib-owing")).ToHaveTextAsync(new Regex(@"^Contribution annuelle due\s:\s30,00\s\$$"));
        await Assertions.Expect(section.GetByTestId("member-total-owed")).ToHaveTextAsync(new Regex(@"^Total dû\s:\s30,00\s\$$"));

        // A bad amount is refused beside its field and nothing is written; then 10 $ are taken after confirming.
        await Field(page, "contrib-amount").FillAsync("45");
        await page.GetByTestId("contrib-save").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(section.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"dépasse le solde dû.*\(30,00\s\$\)")); // the balance as money
        Assert.Equal(0, await PaymentsAsync(member.Id));
        await Field(page, "contrib-amount").FillAsync("10");
        await page.GetByTestId("contrib-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Enregistrer un paiement de 10,00");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(section.GetByTestId("contrib-done")).ToHaveTextAsync(new Regex(@"^Paiement de contribution enregistré : reçu n° \d+\.$"));
        await Assertions.Expect(section.GetByTestId("contrib-owing")).ToHaveTextAsync(new Regex(@"^Contribution annuelle due\s:\s20,00\s\$$"));
        await Assertions.Expect(section.GetByTestId("member-total-owed")).ToHaveTextAsync(new Regex(@"^Total dû\s:\s20,00\s\$$"));
        await Assertions.Expect(section.GetByTestId("contrib-balance").First).ToHaveTextAsync(new Regex(@"^20,00\s\$$"));

        // What was written: the charge paid in part, one payment with the coop's next receipt number, audited.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var charge = await db.ContributionCharges.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.MemberId == member.Id);
            Assert.Equal((30m, 10m), (charge.Amount, charge.Paid));
            var payment = await db.ContributionPayments.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.MemberId == member.Id);
            Assert.Equal((10m, charge.Id, DemoIds.Contrecoeur), (payment.Amount, payment.ChargeId, payment.CoopId));
            var counter = await db.Counters.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.CoopId == DemoIds.Contrecoeur && c.Name == MembershipCounter.Receipt);
            Assert.True(payment.ReceiptNumber <= counter.Value);
            await Assertions.Expect(section.GetByTestId("contrib-done")).ToContainTextAsync($"n° {payment.ReceiptNumber}.");
            var audits = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents;
            Assert.True(await audits.AnyAsync(e => e.Type == (AuditEventType)378 && e.TargetId == member.Id.ToString() && e.CoopId == DemoIds.Contrecoeur));

            // The receipt, read back from its PDF: the coop (name, NEQ), the member and the amount.
            var pdf = await page.APIRequest.GetAsync((await section.GetByTestId("contrib-receipt").First.GetAttributeAsync("href"))!);
            Assert.Equal(200, pdf.Status);
            var text = PdfText(await pdf.BodyAsync());
            var coop = await scope.ServiceProvider.GetRequiredService<ICoopLetterheads>().FindAsync(DemoIds.Contrecoeur, CancellationToken.None);
            Assert.NotNull(coop);
            Assert.Contains(coop.LegalName.Trim().Length > 0 ? coop.LegalName.Trim() : coop.Name.Trim(), text, StringComparison.Ordinal);
            Assert.Contains(coop.Neq!, text, StringComparison.Ordinal);
            Assert.Contains(member.FamilyName, text, StringComparison.Ordinal);
            Assert.Matches(member.PreferredLanguage == "en" ? @"\$10\.00" : @"10,00\s*\$", text);
            Assert.Matches(member.PreferredLanguage == "en" ? "annual member contribution" : "contribution annuelle de membre", text);
        }

        await page.GotoAsync("/sommes-dues");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(row.GetByTestId("owed-contributions")).ToHaveTextAsync(new Regex(@"^20,00\s\$$"));
        await Assertions.Expect(row.GetByTestId("owed-total")).ToHaveTextAsync(new Regex(@"^20,00\s\$$"));

        // In English on a phone: the section keeps its labels (stacked rows) and fits in 390 px.
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/members/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Annual contribution" })).ToBeVisibleAsync();
        await Assertions.Expect(section.GetByTestId("contrib-owing")).ToHaveTextAsync("Annual contribution owed: $20.00");
        await Assertions.Expect(section.Locator("td[data-label='Balance']").First).ToHaveTextAsync("$20.00");
        await Assertions.Expect(section.GetByTestId("contrib-save")).ToHaveTextAsync("Record the payment");
        var box = await section.BoundingBoxAsync();
        Assert.True(box is { Width: <= 390 }, $"the section is {box?.Width} px wide");
        Assert.True(await section.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "nothing in the section overflows at 390 px");

        // Still in English on the phone, the board waives the 20 $ left: refused without a reason, then recorded after confirming.
        await section.GetByTestId("contrib-waive-open").ClickAsync();
        await Assertions.Expect(Field(page, "contrib-waive-amount")).ToHaveValueAsync(new Regex(@"^20(\.00)?$"));
        await page.GetByTestId("contrib-waive-save").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(section.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("This field is required.");
        Assert.Equal(0, await WaiversAsync(member.Id));
        await page.Locator("textarea[data-testid=contrib-waive-reason], [data-testid=contrib-waive-reason] textarea").First.FillAsync("Board resolution 2026-14: financial hardship");
        await page.GetByTestId("contrib-waive-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Waive $20.00 of this member's contribution");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(section.GetByTestId("contrib-done")).ToHaveTextAsync(new Regex(@"^Waiver of \$20\.00 recorded for fiscal year \S+\.$"));
        await Assertions.Expect(section.GetByTestId("contrib-owing")).ToHaveTextAsync("Annual contribution owed: $0.00");
        await Assertions.Expect(section.Locator("td[data-label='Waived']").First).ToHaveTextAsync("$20.00");
        await Assertions.Expect(section.GetByTestId("contrib-waiver")).ToContainTextAsync("Board resolution 2026-14: financial hardship");
        Assert.True(await section.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "nothing in the section overflows at 390 px with a waiver");
        Assert.Equal(1, await WaiversAsync(member.Id));

        // In French, the member page shows the waiver, and the coop's follow-up list no longer counts the member.
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=fr-CA|uic=fr-CA", Url = app.BaseUrl }]);
        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(section.Locator("td[data-label='Exempté']").First).ToHaveTextAsync(new Regex(@"^20,00\s\$$"));
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Exemptions" })).ToBeVisibleAsync();
        await page.GotoAsync("/sommes-dues");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("owed-row").First).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        // The demo member account sees its own contribution on the portal, read-only.
        var portal = await app.NewPageAsync();
        await portal.SignInAsync("membre@contrecoeur.demo.coopsante.ca");
        await portal.GotoAsync("/portail");
        await portal.WaitInteractiveAsync();
        var mine = portal.GetByTestId("contributions");
        await Assertions.Expect(mine.GetByRole(AriaRole.Heading, new() { Name = "Ma contribution annuelle" })).ToBeVisibleAsync();
        await Assertions.Expect(mine.GetByTestId("contrib-year")).ToHaveCountAsync(1);
        Assert.Equal(0, await mine.GetByTestId("contrib-save").CountAsync());

        // Reception takes payments but is not offered the board's waiver.
        var reception = await app.NewPageAsync();
        await reception.SignInAsync("accueil@contrecoeur.demo.coopsante.ca");
        var owing = await MemberOwingTheContributionAsync();
        await reception.GotoAsync($"/membres/{owing.Id}");
        await reception.WaitInteractiveAsync();
        await Assertions.Expect(reception.GetByTestId("contrib-save")).ToBeVisibleAsync();
        Assert.Equal(0, await reception.GetByTestId("contrib-waive-open").CountAsync());
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private async Task<int> WaiversAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().ContributionWaivers.IgnoreQueryFilters().CountAsync(w => w.MemberId == memberId);
    }

    private async Task<int> PaymentsAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().ContributionPayments.IgnoreQueryFilters().CountAsync(p => p.MemberId == memberId);
    }

    /// <summary>
    /// An active demo member of Contrecoeur, shares paid, who has not paid this year's contribution; not one of the members
    /// the other member journeys take (the first paid-up ones), and early in the register so that the first page of the list shows them.
    /// </summary>
    private async Task<Member> MemberOwingTheContributionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var busy = db.RefundRequests.IgnoreQueryFilters().Select(r => r.MemberId);
        var paidUp = db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.Category == MemberCategory.User && m.SharesSubscribed == m.SharesPaid
                && m.SharesPaid > 0 && m.Kind == MemberKind.Person && m.UserId == null);
        var takenByOthers = await paidUp.OrderBy(m => m.MemberNumber).Take(5).Select(m => m.Id).ToListAsync();
        var unpaid = db.ContributionCharges.IgnoreQueryFilters().Where(c => c.Paid == 0m && c.Waived == 0m && !db.ContributionPayments.IgnoreQueryFilters().Any(p => p.ChargeId == c.Id)).Select(c => c.MemberId);
        return await paidUp.Where(m => unpaid.Contains(m.Id) && !takenByOthers.Contains(m.Id) && !busy.Contains(m.Id))
            .OrderBy(m => m.MemberNumber).FirstAsync();
    }
}
