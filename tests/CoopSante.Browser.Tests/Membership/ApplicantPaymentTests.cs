using System.Net.Http.Json;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership;
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
/// The qualifying shares paid with the application, before the board decides: recorded from the applications list,
/// carried onto the member's shares at admission, refunded when the application is refused (ADR 0028).
/// </summary>
public sealed class ApplicantPaymentTests(BrowserFixture app)
{
    private static ILocator Field(ILocator scope, string testId) => scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));

    private async Task<Guid> ApplyAsync(string family)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await http.PostAsJsonAsync($"/api/v1/public/coops/{DemoIds.Contrecoeur}/applications", new
        {
            identity = new { kind = "Person", familyName = family, givenName = "Rosalie", dateOfBirth = "1979-04-05", street = "8, rue Marie-Victorin", city = "Contrecoeur", postalCode = "J0L 1C0", category = "User" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await MemberAsync(family, m => m.Id);
    }

    private async Task<T> MemberAsync<T>(string family, Func<Member, T> select)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return select(await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.FamilyName == family).SingleAsync());
    }

    private async Task<List<(ShareTransactionKind Kind, decimal Amount, PaymentMethod? Method)>> LedgerAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().ShareTransactions.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.MemberId == memberId).OrderBy(t => t.RecordedAt).Select(t => new { t.Kind, t.Amount, t.Method }).ToListAsync())
            .Select(t => (t.Kind, t.Amount, t.Method)).ToList();
    }

    private async Task<ILocator> RowAsync(IPage page, string family)
    {
        int lastPage;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var pending = await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Applications.IgnoreQueryFilters()
                .CountAsync(a => a.CoopId == DemoIds.Contrecoeur && a.Status == ApplicationStatus.Pending);
            lastPage = (pending + 24) / 25;
        }
        await page.GotoAsync($"/adhesions?page={lastPage}");
        await page.WaitInteractiveAsync();
        var row = page.Locator("[data-testid='pending-table'] tbody tr", new() { HasText = family });
        await row.WaitForAsync();
        return row;
    }

    private static async Task PayAsync(IPage page, ILocator row, string amount)
    {
        await row.GetByTestId("record-payment").ClickAsync();
        var form = page.GetByTestId("applicant-payment");
        await Field(form, "pay-amount").FillAsync(amount);
        await form.GetByTestId("pay-save").ClickAsync();
    }

    [Fact]
    public async Task Staff_record_the_shares_paid_with_an_application_which_admission_carries_and_refusal_refunds()
    {
        var (admitted, refused) = ("Avance-" + char.ToUpperInvariant(Letters()[0]) + Letters(), "Refus-" + char.ToUpperInvariant(Letters()[0]) + Letters());
        var admittedId = await ApplyAsync(admitted);
        var refusedId = await ApplyAsync(refused);
        var page = await app.NewPageAsync();
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");

        // Not paid yet (Contrecoeur: 5 qualifying shares of 10 $); more than that is refused beside the amount, and nothing is written.
        var row = await RowAsync(page, admitted);
        await Assertions.Expect(row.GetByTestId("paid-state")).ToHaveTextAsync("Non payées (dû : 50,00 $)");
        await PayAsync(page, row, "1000");
        await Assertions.Expect(page.GetByTestId("applicant-payment")).ToContainTextAsync("Le paiement dépasse le solde dû");
        Assert.Empty(await LedgerAsync(admittedId));
        await Field(page.GetByTestId("applicant-payment"), "pay-amount").FillAsync("50");
        await page.GetByTestId("applicant-payment").GetByTestId("pay-save").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Paiement inscrit" })).ToContainTextAsync($"Rosalie {admitted} : reçu n°");
        await Assertions.Expect(row.GetByTestId("paid-state")).ToHaveTextAsync("Payées (50,00 $)");
        Assert.Equal([(ShareTransactionKind.Payment, 50m, PaymentMethod.Cheque)], await LedgerAsync(admittedId));

        row = page.Locator("[data-testid='pending-table'] tbody tr", new() { HasText = refused });
        await PayAsync(page, row, "50");
        await Assertions.Expect(row.GetByTestId("paid-state")).ToHaveTextAsync("Payées (50,00 $)");

        // Admitted: the payment stays, the qualifying shares are subscribed, nothing is owed.
        await row.Page.Locator("[data-testid='pending-table'] tbody tr", new() { HasText = admitted }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Field(page.GetByTestId("decision"), "resolution").FillAsync("CA-AV-" + Letters());
        await page.GetByTestId("admit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "admise(s)" })).ToBeVisibleAsync();
        Assert.Equal((MemberStatus.Active, 50m, 50m, 5), await MemberAsync(admitted, m => ValueTuple.Create(m.Status, m.SharesSubscribed, m.SharesPaid, m.SharesHeld)));
        Assert.Equal([ShareTransactionKind.Payment, ShareTransactionKind.Subscription], (await LedgerAsync(admittedId)).Select(l => l.Kind));

        // Refused: the confirmation says what will be refunded; the refund is written and audited.
        row = await RowAsync(page, refused);
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await Field(page.GetByTestId("decision"), "resolution").FillAsync("CA-RF-" + Letters());
        await page.GetByTestId("refuse").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Ce que les demandeurs ont payé (50,00 $) leur sera remboursé.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "remboursés" })).ToContainTextAsync("50,00 $ remboursés aux demandeurs refusés.");
        Assert.Equal((MemberStatus.Refused, 0m), await MemberAsync(refused, m => ValueTuple.Create(m.Status, m.SharesPaid)));
        Assert.Equal([(ShareTransactionKind.Payment, 50m, PaymentMethod.Cheque), (ShareTransactionKind.Refund, 50m, PaymentMethod.Cheque)], await LedgerAsync(refusedId));
        await using var s = app.Services.CreateAsyncScope();
        var refundedType = AuditEventType.ApplicantPaymentRefunded;
        Assert.Equal(1, await s.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(e => e.Type == refundedType && e.TargetId == refusedId.ToString()));
    }
}
