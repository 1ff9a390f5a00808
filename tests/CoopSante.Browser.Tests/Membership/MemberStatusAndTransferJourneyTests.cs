using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>A coop manager records a reinstatement and a death, and transfers shares, on the member's page; each failure is shown beside its own form.</summary>
public sealed class MemberStatusAndTransferJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    /// <summary>The form (a paper) that holds the button <paramref name="buttonTestId"/>.</summary>
    private static ILocator Form(IPage page, string buttonTestId) => page.Locator(".mud-paper").Filter(new() { Has = page.GetByTestId(buttonTestId) }).Last;

    private static async Task ChooseStatusAsync(IPage page, string option)
    {
        await page.Locator(".mud-select:has([data-testid=status-to]), .mud-select[data-testid=status-to]").First.Locator(".mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    private static Task ConfirmAsync(IPage page, string yes) => page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = yes }).ClickAsync();

    [Fact]
    public async Task A_manager_reinstates_a_suspended_member_with_the_boards_resolution_then_records_the_death_which_queues_the_refund_to_the_estate()
    {
        var member = await ActiveMemberAsync(skip: 40);
        int recorded;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
            await db.Members.IgnoreQueryFilters().Where(m => m.Id == member.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MemberStatus.Suspended).SetProperty(m => m.StatusSince, today.AddDays(-30)));
            recorded = await db.StatusChanges.IgnoreQueryFilters().CountAsync(c => c.MemberId == member.Id); // the admission's, seeded
        }
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Suspendu");

        // Reinstatement is the board's: without its resolution it is refused, and the message stands beside this form's field only.
        await ChooseStatusAsync(page, "Réintégration (fin de la suspension)");
        await Assertions.Expect(page.GetByTestId("status-rule")).ToHaveTextAsync("Réintégration : décision du conseil, avec sa résolution.");
        await page.InputByTestId("status-reason").FillAsync("Fin de la suspension décidée par le conseil");
        await page.GetByTestId("status-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Enregistrer le nouveau statut « Actif » ?");
        await ConfirmAsync(page, "Confirmer");
        const string resolutionRequired = "Le numéro de la résolution du conseil d'administration est requis.";
        await Assertions.Expect(Form(page, "status-save")).ToContainTextAsync(resolutionRequired);
        await Assertions.Expect(Form(page, "category-save")).Not.ToContainTextAsync(resolutionRequired);
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Suspendu");

        await page.InputByTestId("status-resolution").FillAsync("CA-2026-31");
        await page.GetByTestId("status-save").ClickAsync();
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Statut enregistré.");
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Actif");

        // Death: its rule, a confirmation, then the page says the member receives nothing more and offers no further status change.
        await ChooseStatusAsync(page, "Décès");
        await Assertions.Expect(page.GetByTestId("status-rule")).ToContainTextAsync("remboursées à la succession");
        await page.InputByTestId("status-reason").FillAsync("Avis de décès reçu de la famille");
        await page.GetByTestId("status-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Enregistrer le nouveau statut « Décédé » ?");
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Décédé");
        await Assertions.Expect(page.GetByText("Membre décédé : plus aucun envoi ne lui est adressé")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("status-save")).ToHaveCountAsync(0);

        await using var check = app.Services.CreateAsyncScope();
        var written = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal(MemberStatus.Deceased, (await written.Members.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == member.Id)).Status);
        var changes = await written.StatusChanges.IgnoreQueryFilters().AsNoTracking().Where(c => c.MemberId == member.Id).OrderBy(c => c.RecordedAt)
            .Select(c => new { c.From, c.To, c.Reason, c.ResolutionNumber }).ToListAsync();
        Assert.Equal(recorded + 2, changes.Count); // the refused attempt recorded nothing
        changes = changes[^2..];
        Assert.Equal((MemberStatus.Suspended, MemberStatus.Active, "Fin de la suspension décidée par le conseil", "CA-2026-31"), (changes[0].From!.Value, changes[0].To, changes[0].Reason, changes[0].ResolutionNumber));
        Assert.Equal((MemberStatus.Active, MemberStatus.Deceased, "Avis de décès reçu de la famille", (string?)null), (changes[1].From!.Value, changes[1].To, changes[1].Reason, changes[1].ResolutionNumber));
        var refund = await written.RefundRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.MemberId == member.Id);
        Assert.Equal((RefundRequestStatus.Requested, member.SharesPaid), (refund.Status, refund.Amount));
        var statusChanged = AuditEventType.MemberStatusChanged;
        var audits = await check.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Type == statusChanged && e.TargetId == member.Id.ToString() && e.CoopId == DemoIds.Contrecoeur).OrderBy(e => e.Sequence)
            .Select(e => new { e.Purpose, e.Details }).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.Equal("CA-2026-31", audits[0].Purpose);
        Assert.Contains("Deceased", audits[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_on_a_phone_a_manager_transfers_a_share_to_another_member_after_two_refusals_shown_beside_the_transfer_form()
    {
        var from = await ActiveMemberAsync(skip: 41);
        var to = await ActiveMemberAsync(skip: 42);
        int gone;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            gone = await db.Members.IgnoreQueryFilters().Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Resigned && m.MemberNumber != null)
                .OrderBy(m => m.MemberNumber).Select(m => m.MemberNumber!.Value).FirstAsync();
        }
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/members/{from.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"{from.GivenName} {from.FamilyName}");
        var transfer = Form(page, "transfer-save");
        var subscribe = Form(page, "subscribe-save");

        // A member who resigned cannot receive shares.
        await page.InputByTestId("transfer-to").FillAsync(gone.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.InputByTestId("transfer-shares").FillAsync("1");
        await page.InputByTestId("transfer-resolution").FillAsync("CA-2026-40");
        await page.GetByTestId("transfer-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"Transfer 1 share(s) to member no. {gone}?");
        await ConfirmAsync(page, "Confirm");
        await Assertions.Expect(transfer).ToContainTextAsync("The transferee must be an active member of the coop.");

        // More shares than the member holds: refused beside the transfer's number of shares, not the subscription's.
        await page.InputByTestId("transfer-to").FillAsync(to.MemberNumber!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.InputByTestId("transfer-shares").FillAsync((from.SharesHeld + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("transfer-save").ClickAsync();
        await ConfirmAsync(page, "Confirm");
        await Assertions.Expect(transfer).ToContainTextAsync("Only fully paid shares can be transferred.");
        await Assertions.Expect(transfer).Not.ToContainTextAsync("The transferee must be an active member");
        await Assertions.Expect(subscribe).Not.ToContainTextAsync("Only fully paid shares can be transferred.");
        Assert.Equal(from.SharesHeld, (await MemberAsync(from.Id)).SharesHeld);

        await page.InputByTestId("transfer-shares").FillAsync("1");
        await page.GetByTestId("transfer-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"Transfer 1 share(s) to member no. {to.MemberNumber}?");
        await ConfirmAsync(page, "Confirm");
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Transfer recorded.");
        await Assertions.Expect(page.GetByText($"Shares: {from.SharesHeld - 1}", new() { Exact = true })).ToBeVisibleAsync();
        Assert.True(await page.FitsWidthAsync(), "the member page scrolls sideways at 390 px");

        var unit = from.SharesPaid / from.SharesHeld;
        var giver = await MemberAsync(from.Id);
        var receiver = await MemberAsync(to.Id);
        Assert.Equal((from.SharesHeld - 1, from.SharesPaid - unit, from.SharesSubscribed - unit), (giver.SharesHeld, giver.SharesPaid, giver.SharesSubscribed));
        Assert.Equal((to.SharesHeld + 1, to.SharesPaid + unit, to.SharesSubscribed + unit), (receiver.SharesHeld, receiver.SharesPaid, receiver.SharesSubscribed));
        await using var check = app.Services.CreateAsyncScope();
        var db2 = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var lines = await db2.ShareTransactions.IgnoreQueryFilters().AsNoTracking()
            .Where(t => (t.MemberId == from.Id || t.MemberId == to.Id) && (t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.TransferOut))
            .Select(t => new { t.MemberId, t.Kind, t.Amount, t.ResolutionNumber, t.CounterpartyMemberId }).ToListAsync();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.MemberId == from.Id && l.Kind == ShareTransactionKind.TransferOut && l.Amount == unit && l.ResolutionNumber == "CA-2026-40" && l.CounterpartyMemberId == to.Id);
        Assert.Contains(lines, l => l.MemberId == to.Id && l.Kind == ShareTransactionKind.TransferIn && l.Amount == unit && l.ResolutionNumber == "CA-2026-40" && l.CounterpartyMemberId == from.Id);
        var transferred = AuditEventType.SharesTransferred;
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents
            .CountAsync(e => e.Type == transferred && e.TargetId == from.Id.ToString() && e.Purpose == "CA-2026-40"));
    }

    /// <summary>An active demo member of Contrecoeur in the user category, paid up, holding shares, with nothing queued: past the other journeys' picks.</summary>
    private async Task<Member> ActiveMemberAsync(int skip)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var busy = db.RefundRequests.IgnoreQueryFilters().Select(r => r.MemberId);
        return await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.Category == MemberCategory.User && m.SharesSubscribed == m.SharesPaid
                && m.SharesPaid > 0 && m.SharesHeld > 0 && m.Kind == MemberKind.Person && m.UserId == null && !busy.Contains(m.Id))
            .OrderBy(m => m.MemberNumber).Skip(skip).FirstAsync();
    }

    private async Task<Member> MemberAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
