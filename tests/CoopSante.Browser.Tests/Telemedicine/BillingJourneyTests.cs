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

/// <summary>Staff bill the month on the screen, download the bank file, import a return for one member: the member's reminder is queued.</summary>
public sealed class BillingJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    [Fact]
    public async Task Staff_run_billing_download_the_cpa005_file_and_import_a_return_and_the_member_is_told()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync("/telemedecine/facturation");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Télémédecine : facturation");

        await page.GetByTestId("run-billing").ClickAsync();
        await Assertions.Expect(page.GetByTestId("billing-done")).ToHaveTextAsync(new Regex("^(La f|F)acturation .* (faite|existait déjà)"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("run-file").First.ClickAsync());
        var file = Cpa005Reader.Read(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.ASCII));
        // A household not yet in dunning: its first failed debit is the one the member is told about.
        var fresh = await FreshReferencesAsync();
        var debit = file.Items.First(i => fresh.Contains(i.CrossReference));

        var before = await RemindersAsync();
        await page.Locator("#returns-file").SetInputFilesAsync(new FilePayload
        {
            Name = "retours.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"référence;montant;motif\r\n{debit.CrossReference};{debit.AmountCents / 100m:0.00};901\r\n".Replace('.', ',')),
        });
        await Assertions.Expect(page.GetByTestId("billing-done")).ToContainTextAsync("1 retours importés");
        await Assertions.Expect(page.GetByTestId("invoices")).ToContainTextAsync("Refusée (901)");
        Assert.Equal(before + 1, await RemindersAsync());
    }

    private async Task<HashSet<string>> FreshReferencesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        return (await db.Invoices.Where(i => i.Status == InvoiceStatus.Open && db.Enrolments.Any(e => e.Id == i.EnrolmentId && e.DunningState == CoopSante.Telemedicine.Model.DunningState.None))
            .Select(i => i.Reference).ToListAsync()).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<int> RemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails
            .CountAsync(e => e.Kind == ReturnsImports.FailedDebitKind && e.CoopId == DemoIds.Contrecoeur);
    }
}
