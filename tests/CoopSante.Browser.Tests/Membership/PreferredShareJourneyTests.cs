using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>Preferred shares on the screens: their price in the by-laws, a transfer by board resolution and a refund request.</summary>
public sealed class PreferredShareJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static Task ConfirmAsync(IPage page) => page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();

    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).Locator(".mud-select .mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    [Fact]
    public async Task On_a_phone_a_manager_prices_preferred_shares_in_the_bylaws_transfers_some_by_resolution_and_queues_a_refund_of_the_rest()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.SetViewportSizeAsync(390, 844);

        // The by-laws: a new price of preferred shares, confirmed, then recorded and audited.
        var before = await Db(db => db.Bylaws.OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.RecordedAt).Select(b => b.PreferredShareUnitValue).FirstAsync());
        var price = (before ?? 0m) + 50m;
        await page.GotoAsync("/reglements");
        await page.WaitInteractiveAsync();
        await Field(page, "bylaws-preferred-price").FillAsync(price.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Le prix d'une part privilégiée passera de");
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Enregistré." })).ToBeVisibleAsync();
        Assert.Equal(price, await Db(db => db.Bylaws.OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.RecordedAt).Select(b => b.PreferredShareUnitValue).FirstAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking();
            var priceChanged = AuditEventType.PreferredSharePriceChanged; // an extension member cannot stand in an expression tree
            Assert.True(await audit.AnyAsync(a => a.Type == priceChanged && a.CoopId == DemoIds.Contrecoeur));
        }

        // A member who bought 4 preferred shares and paid them gives 3 to another member by resolution, then asks for the last one back.
        var (giver, taker) = await MembersAsync();
        await SeedPreferredAsync(giver, shares: 4, price);
        await page.GotoAsync($"/membres/{giver.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("member-preferred")).ToContainTextAsync("Parts privilégiées : 4");
        await ChooseAsync(page, "transfer-class", "Parts privilégiées");
        await Field(page, "transfer-to").FillAsync(taker.MemberNumber!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Field(page, "transfer-shares").FillAsync("3");
        await Field(page, "transfer-resolution").FillAsync("CA-PP-3");
        await page.GetByTestId("transfer-save").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Transfert enregistré.");
        await Assertions.Expect(page.GetByTestId("member-preferred")).ToContainTextAsync("Parts privilégiées : 1");

        await ChooseAsync(page, "refund-class", "Parts privilégiées");
        await Assertions.Expect(page.GetByText("sans lien avec la fin de l'adhésion")).ToBeVisibleAsync();
        await page.GetByTestId("refund-request").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Demande de remboursement ajoutée à la file.");
        await Assertions.Expect(page.GetByTestId("member-refund").First).ToContainTextAsync("Parts privilégiées (conditions des règlements)");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "nothing overflows at 390 px");

        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var moved = await db.ShareTransactions.IgnoreQueryFilters().AsNoTracking().Where(t => t.ResolutionNumber == "CA-PP-3").ToListAsync();
        Assert.Equal(2, moved.Count);
        Assert.All(moved, t => Assert.Equal((ShareClass.Preferred, 3, 3 * price), (t.Class, t.Shares, t.Amount)));
        var request = await db.RefundRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.MemberId == giver.Id);
        Assert.Equal((ShareClass.Preferred, RefundGround.PreferredShares, price, 1), (request.Class, request.Ground, request.Amount, request.Shares));
        var after = await db.Members.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == giver.Id);
        Assert.Equal((giver.SharesPaid, giver.SharesHeld), (after.SharesPaid, after.SharesHeld));
    }

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    /// <summary>Two active, paid-up demo members of Contrecoeur with nothing queued and no preferred shares.</summary>
    private Task<(Member Giver, Member Taker)> MembersAsync() => Db(async db =>
    {
        var busy = db.RefundRequests.IgnoreQueryFilters().Select(r => r.MemberId);
        var preferred = db.ShareTransactions.IgnoreQueryFilters().Where(t => t.Class == ShareClass.Preferred).Select(t => t.MemberId);
        var two = await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.Category == MemberCategory.User && m.SharesSubscribed == m.SharesPaid
                && m.SharesPaid > 0 && m.Kind == MemberKind.Person && m.UserId == null && !busy.Contains(m.Id) && !preferred.Contains(m.Id))
            .OrderBy(m => m.MemberNumber).Skip(20).Take(2).ToListAsync(); // the seeded register, past the other journeys' first picks
        return (two[0], two[1]);
    });

    private Task SeedPreferredAsync(Member m, int shares, decimal price) => Db(async db =>
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Toronto")).DateTime);
        foreach (var (kind, count) in new[] { (ShareTransactionKind.Subscription, shares), (ShareTransactionKind.Payment, 0) })
            db.ShareTransactions.Add(new ShareTransaction
            {
                Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, Kind = kind, Class = ShareClass.Preferred, OccurredOn = today.AddDays(-1),
                Shares = count, Amount = shares * price, Method = kind == ShareTransactionKind.Payment ? PaymentMethod.Cheque : null, RecordedAt = DateTimeOffset.UtcNow,
            });
        return await db.SaveChangesAsync();
    });
}
