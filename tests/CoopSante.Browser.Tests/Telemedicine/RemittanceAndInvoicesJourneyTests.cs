using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace CoopSante.Browser.Tests.Telemedicine;

/// <summary>The member reads their invoices and a receipt in the portal; the federation downloads the provider's remittance. French and English, 390 px.</summary>
public sealed class RemittanceAndInvoicesJourneyTests(BrowserFixture app)
{
    private const string MemberEmail = "membre@contrecoeur.demo.coopsante.ca";
    private const string FederationEmail = "federation@demo.coopsante.ca";

    private static DateOnly LastMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    /// <summary>
    /// The demo member had an enrolment that ended last month: last month paid at the counter (a receipt), the month before returned
    /// for lack of funds. Seeded after the first portal visit, which links the account to its member.
    /// </summary>
    private async Task<string> InvoicesOfTheDemoMemberAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(MemberEmail);
        var member = await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Members.IgnoreQueryFilters().SingleAsync(m => m.UserId == account!.Id);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(member.CoopId);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        var run = await db.BillingRuns.FirstAsync(r => r.Period == LastMonth);
        var now = DateTimeOffset.UtcNow;
        var e = new Enrolment
        {
            Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, MemberName = "Membre démo", Status = EnrolmentStatus.Cancelled,
            CoverageStart = LastMonth.AddMonths(-1), CoverageEnd = LastMonth.AddMonths(1).AddDays(-1), PaymentMethod = PaymentMethod.Pad, Email = MemberEmail,
            Language = "fr", Channel = EnrolmentChannel.Portal, EnrolledAt = now.AddMonths(-2), UpdatedAt = now,
        };
        db.Enrolments.Add(e);
        var suffix = Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Invoice Invoice(DateOnly period, InvoiceStatus status, string reference) => new()
        {
            Id = Guid.CreateVersion7(), CoopId = member.CoopId, RunId = run.Id, EnrolmentId = e.Id, MemberId = member.Id, Period = period, Reference = reference,
            Amount = 8.00m, PaymentMethod = PaymentMethod.Pad, DueDate = period.AddDays(14), Status = status, DebitAttempts = 1,
            FailureCode = status == InvoiceStatus.Failed ? "901" : null, FailedAt = status == InvoiceStatus.Failed ? now.AddDays(-30) : null, CreatedAt = now,
        };
        var paid = Invoice(LastMonth, InvoiceStatus.Paid, "TP" + suffix);
        db.Invoices.AddRange(paid, Invoice(LastMonth.AddMonths(-1), InvoiceStatus.Failed, "TF" + suffix));
        var receipt = (await db.Payments.MaxAsync(p => (int?)p.ReceiptNumber) ?? 0) + 1;
        db.Payments.Add(new InvoicePayment
        {
            Id = Guid.CreateVersion7(), CoopId = member.CoopId, InvoiceId = paid.Id, Amount = 8.00m, PaidOn = LastMonth.AddDays(3), Method = PaymentMethod.Counter,
            ReceiptNumber = receipt, RecordedAt = now,
        });
        await db.SaveChangesAsync();
        return paid.Reference;
    }

    private async Task<int> HouseholdsBilledLastMonthAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>().Invoices.IgnoreQueryFilters().Where(i => i.Period == LastMonth)
            .Select(i => new { i.CoopId, i.EnrolmentId }).Distinct().CountAsync();
    }

    /// <summary>On a phone each coop's name is whole (and in its row's tooltip), and no name runs into its bar or the next row's.</summary>
    private static async Task AssertRateBarsReadableAsync(IPage page)
    {
        var rows = page.GetByTestId("chart-rate-row");
        await rows.First.WaitForAsync();
        Assert.True(await rows.CountAsync() > 1);
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('[data-testid=chart-rate-row]')].every((row, i, all) => {
                const label = row.querySelector('.bar-label').getBoundingClientRect(), bar = row.querySelector('.bar-track').getBoundingClientRect();
                const next = all[i + 1]?.getBoundingClientRect();
                const name = row.querySelector('.bar-label'), whole = name.scrollWidth <= name.clientWidth;
                return row.title.startsWith(name.textContent.trim()) && whole && (label.right <= bar.left || label.bottom <= bar.top) && (!next || row.getBoundingClientRect().bottom <= next.top);
            })
            """), "the coops' names overlap on the enrolment chart");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the federation's telemedicine page scrolls sideways at 390 px");
    }

    [Fact]
    public async Task The_member_reads_their_invoices_and_a_receipt_in_the_portal_and_the_federation_downloads_the_remittance_in_french_and_english()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(MemberEmail);
        await page.GotoAsync("/portail");
        await page.WaitInteractiveAsync();
        var reference = await InvoicesOfTheDemoMemberAsync();

        await page.GotoAsync("/portail/telemedecine");
        await page.WaitInteractiveAsync();
        var invoices = page.GetByTestId("my-invoices");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes factures" })).ToBeVisibleAsync();
        await Assertions.Expect(invoices).ToContainTextAsync("Payée");
        await Assertions.Expect(invoices).ToContainTextAsync("Provision insuffisante.");
        await Assertions.Expect(invoices).ToContainTextAsync("Il sera tenté de nouveau");
        var href = await page.GetByTestId("invoice-receipt").First.GetAttributeAsync("href");
        var receipt = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, receipt.Status);
        using (var pdf = PdfDocument.Open(await receipt.BodyAsync()))
            Assert.Contains(reference, string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);

        await page.GotoAsync("/portal/telemedicine");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My invoices" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("my-invoices")).ToContainTextAsync("Insufficient funds.");

        var federation = await app.NewPageAsync();
        await federation.SetViewportSizeAsync(390, 844);
        await federation.SignInAsync(FederationEmail);
        await federation.GotoAsync("/federation/telemedecine/remise");
        await federation.WaitInteractiveAsync();
        await Assertions.Expect(federation.Locator("h1")).ToHaveTextAsync("Télémédecine : remise mensuelle au fournisseur");
        var expected = await HouseholdsBilledLastMonthAsync();
        Assert.True(expected > 0);
        // The page opens on last month's remittance, without a click.
        await Assertions.Expect(federation.GetByTestId("remittance-households")).ToHaveTextAsync(expected.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-CA")));
        var xlsx = await federation.RunAndWaitForDownloadAsync(() => federation.GetByTestId("remittance-xlsx").ClickAsync());
        var rows = MiniExcel.Query(await xlsx.PathAsync(), useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expected, Convert.ToInt32(rows[^1]["Familles couvertes"], System.Globalization.CultureInfo.InvariantCulture));
        // Aggregates only: the demo member's household is counted, never named.
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v is string s && s.Contains("Membre démo", StringComparison.Ordinal)));

        // A month not yet begun is refused on the screen, with the code's message.
        await federation.Locator("#remittance-period").FillAsync("2099-01");
        await federation.GetByTestId("remittance-show").ClickAsync();
        await Assertions.Expect(federation.GetByTestId("remittance-error")).ToContainTextAsync("pas encore commencé");

        // The enrolment rate per coop: one row per coop, each name beside its own bar (no axis where names overlap), at 390 px.
        await federation.GotoAsync("/federation/telemedecine");
        await federation.WaitInteractiveAsync();
        await AssertRateBarsReadableAsync(federation);

        // The federation reads in English from here on (the circuit's culture, which the downloads carry).
        await federation.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await federation.GotoAsync("/federation/telemedicine/remittance");
        await federation.WaitInteractiveAsync();
        await federation.GetByTestId("remittance-show").ClickAsync();
        var pdfDownload = await federation.RunAndWaitForDownloadAsync(() => federation.GetByTestId("remittance-pdf").ClickAsync());
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await pdfDownload.PathAsync())))
        {
            // Headers wrap in their narrow columns ("Amount" above "owed"): read the words.
            var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("Amount", words);
            Assert.Contains("owed", words);
            Assert.Contains("households", words);
        }
    }
}
