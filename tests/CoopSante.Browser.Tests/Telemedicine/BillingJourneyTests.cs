using System.Text;
using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Telemedicine;

/// <summary>
/// The member enrols their family with PAD in the portal; staff bill the month on the screen, download the bank file and import
/// a return for that member's debit: the member's reminder is queued.
/// </summary>
public sealed class BillingJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";
    // The demo member account's household is left unenrolled by the demo seeder, for this journey.
    private const string MemberEmail = "membre@contrecoeur.demo.coopsante.ca";

    [Fact]
    public async Task A_member_enrols_with_PAD_in_the_portal_staff_bill_download_the_cpa005_file_import_a_return_and_the_member_is_told()
    {
        var notices = $"avis-{Guid.NewGuid():N}@exemple.ca";
        var member = await app.NewPageAsync();
        await member.SetViewportSizeAsync(390, 844);
        await member.SignInAsync(MemberEmail);
        await member.GotoAsync("/portail/telemedecine");
        await member.WaitInteractiveAsync();
        await Assertions.Expect(member.Locator("h1")).ToHaveTextAsync("Télémédecine");
        await Assertions.Expect(member.GetByTestId("enrol-form")).ToHaveAttributeAsync("data-ready", "true");
        await member.GetByLabel("Courriel pour les avis").FillAsync(notices);
        await member.Locator("[data-testid=enrol-consent] input, input[data-testid=enrol-consent]").First.CheckAsync();
        await member.Locator("#pad-institution").FillAsync("815");
        await member.Locator("#pad-transit").FillAsync("30123");
        await member.Locator("#pad-account").FillAsync("7654321");
        await member.Locator("[data-testid=enrol-pad-accept] input, input[data-testid=enrol-pad-accept]").First.CheckAsync();
        // At 390 px the whole form fits the width: nothing to scroll sideways.
        Assert.True(await member.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The portal form scrolls sideways at 390 px.");
        await member.GetByTestId("enrol-submit").ClickAsync();
        await Assertions.Expect(member.GetByTestId("enrolment-status")).ToHaveTextAsync("Active");
        await Assertions.Expect(member.GetByTestId("enrolment-summary")).ToContainTextAsync("•••321");
        Assert.True(await member.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The portal summary scrolls sideways at 390 px.");
        var enrolmentId = await EnrolmentOfAsync(notices);

        // Staff bill next month (this month may already be billed by another journey): the member's new enrolment is in it.
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync("/telemedecine/facturation");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Télémédecine : facturation");
        var next = DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("[data-testid=run-period] input, input[data-testid=run-period]").First.FillAsync(next);
        await page.GetByTestId("run-billing").ClickAsync();
        await Assertions.Expect(page.GetByTestId("billing-done")).ToHaveTextAsync(new Regex("^(La f|F)acturation .* (faite|existait déjà)"));

        // The run is titled with the month as French writes it ("janvier 2027"), not the ISO period typed in.
        var nextMonth = DateTime.UtcNow.AddMonths(1).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-CA"));
        var row = page.GetByTestId("run-row").Filter(new() { HasText = nextMonth });
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByTestId("run-file").ClickAsync());
        var file = Cpa005Reader.Read(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.ASCII));
        var reference = await ReferenceOfAsync(enrolmentId, next);
        var debit = file.Items.Single(i => i.CrossReference == reference);
        Assert.Equal(800, debit.AmountCents);

        Assert.Equal(0, await RemindersAsync(notices));
        await page.Locator("#returns-file").SetInputFilesAsync(new FilePayload
        {
            Name = "retours.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"référence;montant;motif\r\n{debit.CrossReference};{debit.AmountCents / 100m:0.00};901\r\n".Replace('.', ',')),
        });
        await Assertions.Expect(page.GetByTestId("billing-done")).ToContainTextAsync("1 retours importés");
        // The invoices table shows the current month; next month's returned invoice is read where the import left it.
        Assert.Equal(("Failed", "901"), await StatusOfAsync(debit.CrossReference));
        Assert.Equal(1, await RemindersAsync(notices));

        // The returned invoice reads its reason in words, the bank's code beside it (newest month first among the returned).
        await page.GetByTestId("invoices-Failed").ClickAsync();
        var returned = page.GetByTestId("invoice-row").Filter(new() { HasText = debit.CrossReference });
        await Assertions.Expect(returned.GetByTestId("invoice-reason")).ToHaveTextAsync("Provision insuffisante (code 901)");

        // The enrolments list names its column for what it holds: the member, with their number beside the name.
        await page.GotoAsync("/telemedecine/inscriptions");
        await page.WaitInteractiveAsync();
        var list = page.GetByTestId("enrolment-list");
        await Assertions.Expect(list.Locator("th").First).ToHaveTextAsync("Membre");
        await Assertions.Expect(list.GetByTestId("enrolment-member-number").First).ToHaveTextAsync(new Regex(@"^Membre n° \d+$"));
    }

    private async Task<(string, string?)> StatusOfAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        var invoice = await db.Invoices.Where(i => i.Reference == reference).Select(i => new { i.Status, i.FailureCode }).SingleAsync();
        return (invoice.Status.ToString(), invoice.FailureCode);
    }

    private async Task<Guid> EnrolmentOfAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        return await db.Enrolments.Where(e => e.Email == email && e.PaymentMethod == CoopSante.Telemedicine.Model.PaymentMethod.Pad && e.Channel == CoopSante.Telemedicine.Model.EnrolmentChannel.Portal)
            .Select(e => e.Id).SingleAsync();
    }

    private async Task<string> ReferenceOfAsync(Guid enrolmentId, string period)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        var first = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await db.Invoices.Where(i => i.EnrolmentId == enrolmentId && i.Period == first).Select(i => i.Reference).SingleAsync();
    }

    private async Task<int> RemindersAsync(string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails
            .CountAsync(e => e.Kind == ReturnsImports.FailedDebitKind && e.CoopId == DemoIds.Contrecoeur && e.To == to);
    }
}
