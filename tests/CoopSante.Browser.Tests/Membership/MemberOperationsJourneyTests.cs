using System.Globalization;
using System.Text;
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

/// <summary>A coop manager works on a member on the screens: record, shares, refunds through the board, exclusion under s. 58.</summary>
public sealed class MemberOperationsJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static Task ConfirmAsync(IPage page, string yes) => page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = yes }).ClickAsync();

    [Fact]
    public async Task A_manager_edits_a_member_a_stale_edit_is_refused_and_an_exclusion_goes_through_notice_representations_decision_and_letter()
    {
        var member = await ActiveMemberAsync(skip: 0);
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"{member.GivenName} {member.FamilyName}");

        // Two managers open the same record; the first to save wins, the other is told and changes nothing.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync($"/membres/{member.Id}");
        await other.WaitInteractiveAsync();
        await page.GetByTestId("edit-member").ClickAsync();
        await other.GetByTestId("edit-member").ClickAsync();
        await Field(other, "edit-phone").FillAsync("450 555-0199");
        await other.GetByTestId("edit-save").ClickAsync();
        await Assertions.Expect(other.GetByTestId("member-done")).ToHaveTextAsync("Fiche enregistrée.");
        await Field(page, "edit-phone").FillAsync("450 555-0123");
        await page.GetByTestId("edit-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-error")).ToHaveTextAsync("Quelqu'un d'autre a modifié cet élément entre-temps. Rechargez la page et recommencez.");
        Assert.Equal("450 555-0199", (await MemberAsync(member.Id)).Phone);

        // s. 58, step by step (dates default to a notice 14 days ago and a meeting 3 days ago).
        await page.ReloadAsync();
        await page.WaitInteractiveAsync();
        await Field(page, "proceeding-grounds").FillAsync("Propos menaçants envers le personnel");
        await page.GetByTestId("proceeding-notice").ClickAsync();
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("proceedings")).ToContainTextAsync("Avis envoyé");
        await Field(page, "proceeding-representations").FillAsync("Le membre conteste par écrit.");
        await page.GetByTestId("proceeding-heard").ClickAsync();
        await Assertions.Expect(page.GetByTestId("proceedings")).ToContainTextAsync("Membre entendu");
        await Field(page, "proceeding-resolution").FillAsync("CA-58-1");
        await page.GetByTestId("proceeding-decide").ClickAsync();
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("proceedings")).ToContainTextAsync("Lettre à envoyer au plus tard le");
        await Field(page, "proceeding-reasons").FillAsync("Menaces établies lors de la séance");
        await page.GetByTestId("proceeding-letter").ClickAsync();
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("proceedings")).ToContainTextAsync("Lettre envoyée, en vigueur");
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Exclu");

        var stored = await MemberAsync(member.Id);
        Assert.Equal(MemberStatus.Excluded, stored.Status);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var proceeding = await db.Proceedings.IgnoreQueryFilters().SingleAsync(p => p.MemberId == member.Id);
        Assert.Equal((ProceedingStage.LetterSent, "CA-58-1", "Le membre conteste par écrit."), (proceeding.Stage, proceeding.ResolutionNumber, proceeding.Representations));
        Assert.Equal((5, 4), (proceeding.DirectorsPresent, proceeding.VotesFor));
        if (stored.SharesPaid > 0) Assert.True(await db.RefundRequests.IgnoreQueryFilters().AnyAsync(r => r.MemberId == member.Id && r.Status == RefundRequestStatus.Requested));
    }

    [Fact]
    public async Task In_English_on_a_phone_a_manager_subscribes_shares_takes_the_payment_reads_the_receipt_and_a_refund_goes_through_the_boards_batch_to_payment()
    {
        var member = await ActiveMemberAsync(skip: 1);
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/members/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"{member.GivenName} {member.FamilyName}");

        await Field(page, "subscribe-shares").FillAsync("2");
        await page.GetByTestId("subscribe-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("2 share(s) subscribed.");
        await page.GetByTestId("payment-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync(new Regex(@"^Payment recorded: receipt no\. \d+\.$"));
        var paidNow = await MemberAsync(member.Id);
        Assert.Equal(0m, paidNow.SharesOwing);
        Assert.Equal(member.SharesPaid + 20m, paidNow.SharesPaid);

        // The receipt, read back from its PDF: it names the coop (name, address, NEQ), is dated and has a signature line.
        var receipt = page.GetByRole(AriaRole.Link, new() { Name = "Receipt (PDF)" }).Last;
        var pdf = await page.APIRequest.GetAsync((await receipt.GetAttributeAsync("href"))!);
        Assert.Equal(200, pdf.Status);
        var text = PdfText(await pdf.BodyAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var coop = await scope.ServiceProvider.GetRequiredService<ICoopLetterheads>().FindAsync(DemoIds.Contrecoeur, CancellationToken.None);
            Assert.NotNull(coop);
            Assert.Contains(coop.Neq!, text, StringComparison.Ordinal);
            Assert.Contains(coop.City, text, StringComparison.Ordinal);
        }
        Assert.Contains(member.FamilyName, text, StringComparison.Ordinal);
        Assert.Matches(paidNow.PreferredLanguage == "en" ? "Signature of the authorized person" : "Signature de la personne autorisée", text);

        // The 20 $ above the qualifying amount: requested, then decided by the board in a batch, then paid.
        await page.GetByTestId("refund-request").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Refund request added to the queue.");
        await page.GotoAsync("/refunds");
        await page.WaitInteractiveAsync();
        var row = page.GetByTestId("refund-row").Filter(new() { HasText = member.FamilyName });
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await Field(page, "batch-resolution").FillAsync("CA-38-7");
        await page.GetByLabel("The coop is solvent and will remain so after the refund").CheckAsync();
        await page.GetByLabel("The refund does not harm the coop's financial stability").CheckAsync();
        await page.GetByLabel("The refund does not keep the coop from meeting its commitments to its funders").CheckAsync();
        await Field(page, "batch-notes").FillAsync("Statements at September 30");
        await page.GetByTestId("batch-decide").ClickAsync();
        await ConfirmAsync(page, "Confirm");
        await Assertions.Expect(page.GetByTestId("refunds-done")).ToContainTextAsync("Batch approved");
        await page.GetByTestId("filter-Approved").ClickAsync();
        var approved = page.GetByTestId("refund-row").Filter(new() { HasText = member.FamilyName });
        await approved.GetByTestId("refund-pay").ClickAsync();
        await ConfirmAsync(page, "Confirm");
        await Assertions.Expect(page.GetByTestId("refunds-done")).ToContainTextAsync("paid and written to the shares register");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "nothing overflows at 390 px");

        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var request = await db.RefundRequests.IgnoreQueryFilters().SingleAsync(r => r.MemberId == member.Id);
        Assert.Equal((RefundRequestStatus.Paid, 20m), (request.Status, request.Amount));
        var batch = await db.RefundBatches.IgnoreQueryFilters().SingleAsync(b => b.Id == request.BatchId);
        Assert.Equal(("CA-38-7", true, "Statements at September 30"), (batch.ResolutionNumber, batch.Approved, batch.Assessment));
        Assert.Equal(member.SharesPaid, (await MemberAsync(member.Id)).SharesPaid);
        Assert.Equal(ShareTransactionKind.Refund, (await db.ShareTransactions.IgnoreQueryFilters().SingleAsync(t => t.Id == request.TransactionId)).Kind);
    }

    [Fact]
    public async Task A_manager_changes_the_household_follows_an_amount_owed_on_the_coops_list_and_records_a_resignation_which_queues_the_refund_and_leaves_the_voters_list()
    {
        var member = await ActiveMemberAsync(skip: 2);
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"{member.GivenName} {member.FamilyName}");

        // Household: a spouse added with the Law 25 notice, renamed, then removed after confirming.
        await Field(page, "person-given").FillAsync("Mélanie");
        await Field(page, "person-family").FillAsync("Bérubé");
        await Field(page, "person-born").FillAsync("1984-05-17");
        await Field(page, "person-born").PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByLabel("La personne a reçu cet avis").CheckAsync();
        await page.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Ménage mis à jour.");
        var household = page.GetByTestId("household-table");
        await Assertions.Expect(household).ToContainTextAsync("Mélanie");
        var added = await HouseholdAsync(member.Id);
        Assert.Equal(("Mélanie", "Bérubé", new DateOnly(1984, 5, 17)), (added.GivenName, added.FamilyName, added.DateOfBirth));
        Assert.NotNull(added.NoticeGivenAt);

        await household.Locator("tr", new() { HasText = "Mélanie" }).GetByRole(AriaRole.Button, new() { Name = "Modifier la personne" }).ClickAsync();
        await Assertions.Expect(Field(page, "person-given")).ToHaveValueAsync("Mélanie"); // the form holds the person before it is changed
        await Field(page, "person-given").FillAsync("Mélanie-Rose");
        await page.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(household).ToContainTextAsync("Mélanie-Rose");
        Assert.Equal((added.Id, "Mélanie-Rose"), ((await HouseholdAsync(member.Id)).Id, (await HouseholdAsync(member.Id)).GivenName));

        await household.Locator("tr", new() { HasText = "Mélanie-Rose" }).GetByRole(AriaRole.Button, new() { Name = "Retirer la personne" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Retirer Mélanie-Rose Bérubé du ménage ?");
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(household).Not.ToContainTextAsync("Mélanie");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            Assert.False(await db.HouseholdPersons.IgnoreQueryFilters().AnyAsync(h => h.Id == added.Id));
        }

        // One more share subscribed and not paid: the member's page and the coop's follow-up list show the 10 $ owed, due at once.
        await Field(page, "subscribe-shares").FillAsync("1");
        await page.GetByTestId("subscribe-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("1 part(s) souscrite(s).");
        await Assertions.Expect(page.GetByTestId("shares-owing")).ToHaveTextAsync(new Regex(@"^Solde dû\s:\s10,00\s\$$"));
        Assert.Equal(10m, (await MemberAsync(member.Id)).SharesOwing);
        await page.GotoAsync("/sommes-dues");
        await page.WaitInteractiveAsync();
        var owed = page.GetByTestId("owed-row").Filter(new() { HasText = $"{member.GivenName} {member.FamilyName}" });
        await Assertions.Expect(owed.GetByTestId("owed-shares")).ToHaveTextAsync(new Regex(@"^10,00\s\$$"));
        await Assertions.Expect(owed.GetByTestId("owed-overdue")).ToHaveTextAsync(new Regex(@"^10,00\s\$$")); // a user's shares are payable at once under Contrecoeur's by-laws
        await page.GetByLabel("En retard seulement").CheckAsync();
        await Assertions.Expect(page.GetByTestId("owed-overdue").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("owed-overdue").Filter(new() { HasTextRegex = new Regex(@"^0,00\s\$$") })).ToHaveCountAsync(0);

        // Resignation: its rule is shown, it is confirmed, and the paid shares join the refund queue (s. 38).
        await page.GotoAsync($"/membres/{member.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("status-rule")).ToContainTextAsync("les parts payées entrent dans la file des remboursements");
        await Field(page, "status-reason").FillAsync("Déménagement à Rimouski");
        await page.GetByTestId("status-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Enregistrer le nouveau statut « Démissionnaire » ?");
        await ConfirmAsync(page, "Confirmer");
        await Assertions.Expect(page.GetByTestId("member-done")).ToHaveTextAsync("Statut enregistré.");
        await Assertions.Expect(page.GetByTestId("member-status")).ToContainTextAsync("Démissionnaire");

        await using var check = app.Services.CreateAsyncScope();
        var written = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal(MemberStatus.Resigned, (await MemberAsync(member.Id)).Status);
        var change = await written.StatusChanges.IgnoreQueryFilters().Where(c => c.MemberId == member.Id).OrderByDescending(c => c.RecordedAt).FirstAsync();
        Assert.Equal((MemberStatus.Active, MemberStatus.Resigned, "Déménagement à Rimouski"), (change.From!.Value, change.To, change.Reason));
        var refund = await written.RefundRequests.IgnoreQueryFilters().SingleAsync(r => r.MemberId == member.Id);
        Assert.Equal((RefundRequestStatus.Requested, member.SharesPaid), (refund.Status, refund.Amount));

        // The voters list, downloaded from the exports screen, no longer names them; the download is audited.
        var audits = check.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents;
        var exported = await audits.CountAsync(e => e.Type == AuditEventType.DataExported && e.TargetType == "VotersList" && e.CoopId == DemoIds.Contrecoeur);
        await page.GotoAsync("/exportations");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("export-voters-csv")).ToBeEnabledAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-voters-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var voters = (await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(voters.Length > 10, $"{voters.Length} lines");
        Assert.Contains(voters, line => Regex.IsMatch(line, "^\"\\d+\";")); // rows start with the quoted member number
        Assert.DoesNotContain(voters, line => line.StartsWith($"\"{member.MemberNumber!.Value.ToString(CultureInfo.InvariantCulture)}\";", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("export-done")).ToContainTextAsync("prêt");
        Assert.Equal(exported + 1, await audits.CountAsync(e => e.Type == AuditEventType.DataExported && e.TargetType == "VotersList" && e.CoopId == DemoIds.Contrecoeur));
    }

    private async Task<HouseholdPerson> HouseholdAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.HouseholdPersons.IgnoreQueryFilters().AsNoTracking().SingleAsync(h => h.MemberId == memberId && h.FamilyName == "Bérubé");
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>An active demo member of Contrecoeur in the user category, paid up, with nothing queued: one per test.</summary>
    private async Task<Member> ActiveMemberAsync(int skip)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var busy = db.RefundRequests.IgnoreQueryFilters().Select(r => r.MemberId);
        return await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.Category == MemberCategory.User && m.SharesSubscribed == m.SharesPaid
                && m.SharesPaid > 0 && m.Kind == MemberKind.Person && m.UserId == null && !busy.Contains(m.Id))
            .OrderBy(m => m.MemberNumber).Skip(skip).FirstAsync(); // the seeded register, not members other tests import or link
    }

    private async Task<Member> MemberAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
