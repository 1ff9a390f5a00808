using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Federation;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>The annual contribution of the by-laws (ADR 0047): charged per member and fiscal year, paid with receipts, counted in the amounts owed.</summary>
public sealed class ContributionsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The scenario's by-laws: a calendar fiscal year and an annual contribution of 25 $.</summary>
    private static int ThisYear => Yesterday.AddDays(1).Year;

    private static object Payment(decimal amount, int? year = null, string method = "Cash", DateOnly? paidOn = null) =>
        new { fiscalYear = year ?? ThisYear, amount, method, paidOn = paidOn ?? Yesterday };

    private static Task<int> WrittenAsync(AppFixture app) =>
        DbAsync(app, async db => await db.ContributionPayments.IgnoreQueryFilters().CountAsync() + await db.ContributionCharges.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task A_contribution_payment_is_receipted_in_the_coops_one_series_names_the_coop_and_the_amounts_owed_count_what_is_left()
    {
        await FederationTestData.ResetAsync(app);
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var coop = await FederationTestData.CreateAsync(federation, FederationTestData.Input(name: "Coop de santé des Cotisations"));
        var s = await StartAsync(app, coop.Id);
        var memberId = await s.MemberAsync("Lévesque", "Anaïs", paid: 10m); // shares paid: the member owes only the contribution
        var shareReceipt = await DbAsync(app, db => db.ShareTransactions.IgnoreQueryFilters().Where(t => t.MemberId == memberId).MaxAsync(t => t.ReceiptNumber));

        var before = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/contributions"));
        Assert.Equal(0, before.GetProperty("years").GetArrayLength());
        Assert.Equal((ThisYear, 25m), (before.GetProperty("currentFiscalYear").GetInt32(), before.GetProperty("currentAmount").GetDecimal()));

        // Opening the year charges every member concerned once; opening it again charges no one twice.
        var opened = await Json(await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null));
        Assert.Equal((1, 25m), (opened.GetProperty("charged").GetInt32(), opened.GetProperty("amount").GetDecimal()));
        Assert.Equal(0, (await Json(await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null))).GetProperty("charged").GetInt32());
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.ContributionYearOpened));

        var owed = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/amounts-owed"));
        Assert.Equal((0m, 25m, 25m), (owed.GetProperty("owing").GetDecimal(), owed.GetProperty("contributionsOwing").GetDecimal(), owed.GetProperty("totalOwing").GetDecimal()));
        var list = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed"));
        Assert.Equal(25m, list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("memberId").GetGuid() == memberId).GetProperty("contributionsOwing").GetDecimal());

        var first = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(10m, method: "Cheque")));
        Assert.Equal(shareReceipt + 1, first.GetProperty("receiptNumber").GetInt32());
        var after = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/contributions"));
        var year = after.GetProperty("years")[0];
        Assert.Equal((25m, 10m, 15m), (year.GetProperty("amount").GetDecimal(), year.GetProperty("paid").GetDecimal(), year.GetProperty("balance").GetDecimal()));
        Assert.Equal(15m, (await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/amounts-owed"))).GetProperty("contributionsOwing").GetDecimal());

        // The manager's home counts what the follow-up list counts: the same members, shares and contributions together.
        var owingList = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed?pageSize=100"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(s.CoopId);
            var home = await CoopSante.Membership.Home.CoopHomeQuery.ReadAsync(scope.ServiceProvider.GetRequiredService<CoopSante.Membership.Data.MembershipDbContext>(),
                s.CoopId, Yesterday.AddDays(1), CancellationToken.None);
            Assert.Equal(owingList.GetProperty("total").GetInt32(), home.MembersOwing);
            Assert.Equal(owingList.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("totalOwing").GetDecimal()), home.AmountOwed);
            Assert.True(home.AmountOwed >= 15m);
        }

        // The receipt names the coop (name, address, NEQ), what was paid for and how much, with a signature line.
        var pdf = await s.Admin.GetAsync($"{s.Base}/members/{memberId}/contributions/receipts/{first.GetProperty("id").GetGuid()}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join("\n", doc.GetPages().Select(p => p.Text));
            Assert.Contains("Coop de santé des Cotisations", text, StringComparison.Ordinal);
            Assert.Contains(coop.Neq!, text, StringComparison.Ordinal);
            Assert.Contains("1000 rue Principale", text, StringComparison.Ordinal);
            Assert.Contains($"Reçu n° {shareReceipt + 1}", text, StringComparison.Ordinal);
            Assert.Contains($"contribution annuelle de membre, exercice {ThisYear}", text, StringComparison.Ordinal);
            Assert.Contains("10,00 $", text, StringComparison.Ordinal);
            Assert.Contains("Chèque", text, StringComparison.Ordinal);
            Assert.Contains("Signature de la personne autorisée", text, StringComparison.Ordinal);
        }

        // Paid in full, the member leaves the follow-up list; the database holds one charge paid and two receipts.
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(15m))).StatusCode);
        list = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("memberId").GetGuid() == memberId);
        var charge = await DbAsync(app, db => db.ContributionCharges.IgnoreQueryFilters().SingleAsync(c => c.MemberId == memberId));
        Assert.Equal((ThisYear, 25m, 25m, s.CoopId), (charge.FiscalYear, charge.Amount, charge.Paid, charge.CoopId));
        Assert.Equal([shareReceipt + 1, shareReceipt + 2], await DbAsync(app, db => db.ContributionPayments.IgnoreQueryFilters().Where(p => p.ChargeId == charge.Id)
            .OrderBy(p => p.ReceiptNumber).Select(p => (int?)p.ReceiptNumber).ToListAsync()));
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.ContributionPaymentRecorded));
    }

    [Fact]
    public async Task Bad_payments_are_refused_with_their_code_and_nothing_is_written()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Tremblay", "Élise", paid: 10m);
        var (_, applicantId) = await s.ApplyAsync(Person("Gagnon", "Rémi", dob: new DateOnly(1979, 3, 3), email: "remi@example.ca", phone: "514 555-0777"));
        string Pay(Guid member) => $"{s.Base}/members/{member}/contributions/payments";
        var receipts = await DbAsync(app, db => db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == s.CoopId && c.Name == MembershipCounter.Receipt).Select(c => c.Value).SingleAsync());

        foreach (var amount in new[] { 0m, -5m, 10.001m })
            await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(amount)), HttpStatusCode.BadRequest, "Membership.AmountMustBePositive");
        foreach (var amount in new[] { 25.01m, 1_000_000_000_000m })
            await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(amount)), HttpStatusCode.UnprocessableEntity, "Contributions.PaymentExceedsBalance");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(5m, paidOn: Yesterday.AddDays(2))), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(5m, year: ThisYear + 1)), HttpStatusCode.UnprocessableEntity, "Contributions.YearNotOpen");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(5m, year: ThisYear - 7)), HttpStatusCode.UnprocessableEntity, "Contributions.YearNotOpen");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(5m, year: ThisYear - 1)), HttpStatusCode.UnprocessableEntity, "Contributions.NotMemberThatYear");
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostAsJsonAsync(Pay(memberId), Payment(5m, method: "Bitcoin"))).StatusCode);
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(applicantId), Payment(5m)), HttpStatusCode.UnprocessableEntity, "Membership.MemberNotActive");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(Guid.NewGuid()), Payment(5m)), HttpStatusCode.NotFound, "Membership.MemberNotFound");

        Assert.Equal(0, await WrittenAsync(app));
        Assert.Equal(receipts, await DbAsync(app, db => db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == s.CoopId && c.Name == MembershipCounter.Receipt).Select(c => c.Value).SingleAsync()));
        Assert.Equal(0, await AuditCountAsync(app, AuditEventType.ContributionPaymentRecorded));
    }

    private static object Waiver(decimal amount, string? reason = "Résolution CA-2026-14 : difficultés financières", int? year = null, DateOnly? decidedOn = null) =>
        new { fiscalYear = year ?? ThisYear, amount, decidedOn = decidedOn ?? Yesterday, reason };

    [Fact]
    public async Task A_board_waiver_settles_the_balance_without_a_receipt_is_shown_with_its_reason_and_bad_waivers_write_nothing()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Lavoie", "Josée", paid: 10m);
        var other = await s.MemberAsync("Cloutier", "Benoît", paid: 10m, email: "benoit@example.ca");
        string Waive(Guid member) => $"{s.Base}/members/{member}/contributions/waivers";
        Task<int> ReceiptsAsync() => DbAsync(app, db => db.Counters.IgnoreQueryFilters().Where(c => c.CoopId == s.CoopId && c.Name == MembershipCounter.Receipt).Select(c => c.Value).SingleAsync());

        // Bad waivers: each refused with its code, and nothing of them written (not even the year's charge).
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(0m)), HttpStatusCode.BadRequest, "Membership.AmountMustBePositive");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5.001m)), HttpStatusCode.BadRequest, "Membership.AmountMustBePositive");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(25.01m)), HttpStatusCode.UnprocessableEntity, "Contributions.WaiverExceedsBalance");
        foreach (var reason in new[] { null, "", "   \n " })
            await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5m, reason)), HttpStatusCode.BadRequest, "Platform.Required");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5m, new string('x', 501))), HttpStatusCode.BadRequest, "Platform.TooLong");
        foreach (var reason in new[] { "motif\u0000caché", "=HYPERLINK(\"x\")\u001b" }) // refused when the request is read
            await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5m, reason)), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5m, decidedOn: Yesterday.AddDays(2))), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(other), Waiver(5m, year: ThisYear + 1)), HttpStatusCode.UnprocessableEntity, "Contributions.YearNotOpen");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(Guid.NewGuid()), Waiver(5m)), HttpStatusCode.NotFound, "Membership.MemberNotFound");
        // Reception keeps the register but does not record the board's decisions.
        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(Waive(other), Waiver(5m))).StatusCode);
        Assert.Equal(0, await WrittenAsync(app));
        Assert.Equal(0, await DbAsync(app, db => db.ContributionWaivers.IgnoreQueryFilters().CountAsync()));

        // 10 $ paid, then the board waives the 15 $ left: nothing is owed, no receipt was spent on the waiver.
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(10m))).StatusCode);
        var receipts = await ReceiptsAsync();
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(memberId), Waiver(15.01m)), HttpStatusCode.UnprocessableEntity, "Contributions.WaiverExceedsBalance");
        var waiver = await Json(await s.Admin.PostAsJsonAsync(Waive(memberId), Waiver(15m, "  Résolution CA-2026-14 : difficultés financières\nRevue en 2027  ")));
        Assert.Equal((15m, "Résolution CA-2026-14 : difficultés financières\nRevue en 2027"), (waiver.GetProperty("amount").GetDecimal(), waiver.GetProperty("reason").GetString()));
        Assert.Equal(receipts, await ReceiptsAsync());

        var after = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/contributions"));
        var year = after.GetProperty("years")[0];
        Assert.Equal((25m, 10m, 15m, 0m), (year.GetProperty("amount").GetDecimal(), year.GetProperty("paid").GetDecimal(), year.GetProperty("waived").GetDecimal(), year.GetProperty("balance").GetDecimal()));
        Assert.Equal((0m, Yesterday), (after.GetProperty("owing").GetDecimal(), DateOnly.Parse(after.GetProperty("waivers")[0].GetProperty("decidedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0m, (await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/amounts-owed"))).GetProperty("contributionsOwing").GetDecimal());
        var list = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed?pageSize=100"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("memberId").GetGuid() == memberId);

        // Nothing more can be paid or waived on a settled year; the other member, never charged, still owes it all when the year opens.
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(0.01m)), HttpStatusCode.UnprocessableEntity, "Contributions.PaymentExceedsBalance");
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Waive(memberId), Waiver(0.01m)), HttpStatusCode.UnprocessableEntity, "Contributions.WaiverExceedsBalance");
        Assert.Equal(1, (await Json(await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null))).GetProperty("charged").GetInt32());
        Assert.Equal(25m, (await Json(await s.Admin.GetAsync($"{s.Base}/members/{other}/amounts-owed"))).GetProperty("contributionsOwing").GetDecimal());

        var charge = await DbAsync(app, db => db.ContributionCharges.IgnoreQueryFilters().SingleAsync(c => c.MemberId == memberId));
        Assert.Equal((10m, 15m), (charge.Paid, charge.Waived));
        Assert.Equal(1, await DbAsync(app, db => db.ContributionWaivers.IgnoreQueryFilters().CountAsync(w => w.ChargeId == charge.Id)));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.ContributionWaived));
    }

    private async Task<string?> RunNightlyJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoopSante.Membership.Contributions.ContributionYearJob>().RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_nightly_job_charges_the_year_to_members_not_charged_yet_only_where_the_bylaws_set_it_and_a_night_with_no_one_to_charge_writes_nothing()
    {
        var s = await StartAsync(app);
        var without = await StartAsync(app);
        var first = await s.MemberAsync("Bergeron", "Chantal", paid: 10m);
        var elsewhere = await without.MemberAsync("Fortin", "Guy", paid: 10m);
        await DbAsync(app, db => db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == without.CoopId).ExecuteUpdateAsync(u => u.SetProperty(b => b.AnnualContribution, (decimal?)null)));
        Task<List<(Guid MemberId, int Year, decimal Amount)>> ChargesAsync() => DbAsync(app, async db => (await db.ContributionCharges.IgnoreQueryFilters()
            .Select(c => new { c.MemberId, c.FiscalYear, c.Amount }).ToListAsync()).Select(c => (c.MemberId, c.FiscalYear, c.Amount)).OrderBy(c => c.MemberId).ToList());

        Assert.Equal("1 / 1", await RunNightlyJobAsync());
        Assert.Equal([(first, ThisYear, 25m)], await ChargesAsync());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.ContributionYearOpened));

        // The next night has no one to charge: nothing is written, not even an audit entry.
        Assert.Equal("0 / 0", await RunNightlyJobAsync());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.ContributionYearOpened));

        // A member admitted since is charged the following night; the one already charged is not charged twice, and the
        // coop whose by-laws set no contribution never is.
        var second = await s.MemberAsync("Girard", "Hélène", paid: 10m, email: "helene@example.ca");
        Assert.Equal("1 / 1", await RunNightlyJobAsync());
        Assert.Equal(new[] { (first, ThisYear, 25m), (second, ThisYear, 25m) }.OrderBy(c => c.Item1), await ChargesAsync());
        Assert.DoesNotContain(await ChargesAsync(), c => c.MemberId == elsewhere);
        Assert.Contains(app.Services.GetServices<CoopSante.Platform.Jobs.RecurringJobDefinition>(), d => d.Key == CoopSante.Membership.Contributions.ContributionYearJob.Key);
    }

    [Fact]
    public async Task A_member_who_left_owes_the_year_they_left_in_and_is_never_charged_a_year_after_their_exit()
    {
        var s = await StartAsync(app);
        var stays = await s.MemberAsync("Bouchard", "Luc", paid: 10m);
        var leftThisYear = await s.MemberAsync("Pelletier", "Nadia", paid: 10m, email: "nadia@example.ca");
        var leftLastYear = await s.MemberAsync("Roy", "Marc", paid: 10m, email: "marc@example.ca");
        await DbAsync(app, async db =>
        {
            var startOfYear = new DateOnly(ThisYear, 1, 1);
            await db.Members.IgnoreQueryFilters().Where(m => m.Id == leftThisYear).ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MemberStatus.Resigned).SetProperty(m => m.StatusSince, Yesterday));
            await db.Members.IgnoreQueryFilters().Where(m => m.Id == leftLastYear)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MemberStatus.Resigned).SetProperty(m => m.StatusSince, startOfYear.AddDays(-10)).SetProperty(m => m.AdmittedOn, startOfYear.AddYears(-2)));
            return 0;
        });
        if (Yesterday.Year != ThisYear) return; // the first day of a year: "left this year" cannot be yesterday

        Assert.Equal(2, (await Json(await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null))).GetProperty("charged").GetInt32());
        var charged = await DbAsync(app, db => db.ContributionCharges.IgnoreQueryFilters().Select(c => c.MemberId).ToListAsync());
        Assert.Equal(new[] { stays, leftThisYear }.Order(), charged.Order());
        // The one who left this year may still settle it; the one who left before it began cannot be charged it.
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{leftThisYear}/contributions/payments", Payment(25m))).StatusCode);
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{leftLastYear}/contributions/payments", Payment(25m)),
            HttpStatusCode.UnprocessableEntity, "Membership.MemberNotActive");
        Assert.Equal(0, await DbAsync(app, db => db.ContributionCharges.IgnoreQueryFilters().CountAsync(c => c.MemberId == leftLastYear)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_payments_racing_for_the_last_balance_never_pay_a_contribution_twice(bool yearOpened)
    {
        // Opened: both pay the same charge (its version decides). Not opened: both make the year's charge (its unique index decides).
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gauthier", "Léa", paid: 10m);
        if (yearOpened) Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null)).StatusCode);
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(25m))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity);
        Assert.Equal((25m, 1, 1), await DbAsync(app, async db => (
            await db.ContributionCharges.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Paid).SingleAsync(),
            await db.ContributionCharges.IgnoreQueryFilters().CountAsync(c => c.MemberId == memberId),
            await db.ContributionPayments.IgnoreQueryFilters().CountAsync(p => p.MemberId == memberId))));
    }

    [Fact]
    public async Task A_waiver_and_a_payment_racing_for_the_same_balance_never_settle_it_twice()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Poirier", "Sylvie", paid: 10m);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsync($"{s.Base}/contributions/years/{ThisYear}", null)).StatusCode);
        var responses = await Task.WhenAll(
            s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/payments", Payment(25m)),
            s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/contributions/waivers", Waiver(25m)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity);
        var (paid, waived, rows) = await DbAsync(app, async db => (
            await db.ContributionCharges.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Paid).SingleAsync(),
            await db.ContributionCharges.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Waived).SingleAsync(),
            await db.ContributionPayments.IgnoreQueryFilters().CountAsync(p => p.MemberId == memberId) + await db.ContributionWaivers.IgnoreQueryFilters().CountAsync(w => w.MemberId == memberId)));
        Assert.Equal((25m, 1), (paid + waived, rows));
    }

    [Fact]
    public async Task Another_coops_member_and_receipts_are_not_found_and_nothing_of_them_is_shown()
    {
        var a = await StartAsync(app);
        var b = await StartAsync(app);
        var memberId = await a.MemberAsync("Canari-Cotisation", "Zoé", paid: 10m);
        var payment = await Json(await a.Admin.PostAsJsonAsync($"{a.Base}/members/{memberId}/contributions/payments", Payment(5m)));
        var receipt = $"{a.Base}/members/{memberId}/contributions/receipts/{payment.GetProperty("id").GetGuid()}.pdf";

        // Coop B's manager, through B's own routes with A's ids: not found, and nothing written.
        await ProblemAssert.IsProblem(await b.Admin.PostAsJsonAsync($"{b.Base}/members/{memberId}/contributions/payments", Payment(5m)), HttpStatusCode.NotFound, "Membership.MemberNotFound");
        await ProblemAssert.IsProblem(await b.Admin.GetAsync($"{b.Base}/members/{memberId}/contributions"), HttpStatusCode.NotFound, "Membership.MemberNotFound");
        await ProblemAssert.IsProblem(await b.Admin.GetAsync($"{b.Base}/members/{memberId}/contributions/receipts/{payment.GetProperty("id").GetGuid()}.pdf"), HttpStatusCode.NotFound, "Membership.MemberNotFound");
        Assert.Equal(0, (await Json(await b.Admin.PostAsync($"{b.Base}/contributions/years/{ThisYear}", null))).GetProperty("charged").GetInt32());
        var listed = await b.Admin.GetAsync($"{b.Base}/amounts-owed");
        Assert.DoesNotContain("Canari-Cotisation", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every caller of coop B (and anonymous) on A's routes.
        await TenancyProbe.AssertIsolatedAsync(app, b.CoopId, HttpMethod.Get, $"{a.Base}/members/{memberId}/contributions", canary: "Canari-Cotisation");
        await TenancyProbe.AssertIsolatedAsync(app, b.CoopId, HttpMethod.Post, $"{a.Base}/members/{memberId}/contributions/payments", Payment(5m), "Canari-Cotisation");
        await TenancyProbe.AssertIsolatedAsync(app, b.CoopId, HttpMethod.Get, receipt);
        await TenancyProbe.AssertIsolatedAsync(app, b.CoopId, HttpMethod.Post, $"{a.Base}/members/{memberId}/contributions/waivers", Waiver(5m), "Canari-Cotisation");
        await TenancyProbe.AssertIsolatedAsync(app, b.CoopId, HttpMethod.Post, $"{a.Base}/contributions/years/{ThisYear}", new { });
        Assert.Equal((5m, 0m, 1, 0), await DbAsync(app, async db => (
            await db.ContributionCharges.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Paid).SingleAsync(),
            await db.ContributionCharges.IgnoreQueryFilters().Where(c => c.MemberId == memberId).Select(c => c.Waived).SingleAsync(),
            await db.ContributionPayments.IgnoreQueryFilters().CountAsync(),
            await db.ContributionWaivers.IgnoreQueryFilters().CountAsync())));
    }
}
