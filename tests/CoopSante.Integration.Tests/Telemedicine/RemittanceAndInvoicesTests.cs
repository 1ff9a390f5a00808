using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Telemedicine;

/// <summary>The provider's remittance report, the member's invoices in the portal and the stats' money figures, on PostgreSQL.</summary>
public sealed class RemittanceAndInvoicesTests(AppFixture app) : IAsyncLifetime
{
    private const string Remittance = "/api/v1/telemedicine/remittance";
    private readonly Guid _a = Guid.CreateVersion7();
    private readonly Guid _b = Guid.CreateVersion7();

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<T> DbAsync<T>(Func<TelemedicineDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>());
    }

    /// <summary>The provider is paid 5.00 a household; a higher fee from the second of the month is not the one in force.</summary>
    private Task FeesAsync() => DbAsync(db =>
    {
        db.ProviderFees.Add(new ProviderFee { Id = Guid.CreateVersion7(), EffectiveFrom = new DateOnly(2020, 1, 1), FeePerHousehold = 5.00m, RecordedAt = DateTimeOffset.UtcNow });
        db.ProviderFees.Add(new ProviderFee { Id = Guid.CreateVersion7(), EffectiveFrom = BillingData.CurrentPeriod.AddDays(1), FeePerHousehold = 77m, RecordedAt = DateTimeOffset.UtcNow });
        return db.SaveChangesAsync();
    });

    /// <summary>Coop A bills three households (one cancelled household is not billed), coop B two.</summary>
    private async Task TwoCoopsBilledAsync()
    {
        var a = new BillingData(app, _a);
        await a.ProgramAsync();
        await a.EnrolAsync("Côté");
        await a.EnrolAsync("O'Neil", language: "en");
        await a.EnrolAsync("Gagnon", PaymentMethod.Counter);
        await a.EnrolAsync("Parti", status: EnrolmentStatus.Cancelled);
        var b = new BillingData(app, _b);
        await b.ProgramAsync();
        await b.EnrolAsync("Tremblay");
        await b.EnrolAsync("Lavoie");
        foreach (var coop in new[] { _a, _b })
        {
            var staff = await app.ClientAsync(Role.CoopStaff, coop);
            var run = await staff.PostAsJsonAsync($"/api/v1/coops/{coop}/telemedicine/billing-runs", new { period = BillingData.Period });
            Assert.True(run.StatusCode == HttpStatusCode.Created, await run.Content.ReadAsStringAsync());
        }
    }

    private static string Url(string period, string format, string culture = "fr-CA") => $"{Remittance}?period={period}&format={format}&culture={culture}";

    [Fact]
    public async Task The_remittance_counts_each_coops_invoiced_households_at_the_fee_in_force_on_the_first_in_json_xlsx_and_pdf_in_french_and_english()
    {
        await TwoCoopsBilledAsync();
        await FeesAsync();
        var invoiced = await DbAsync(db => db.Invoices.IgnoreQueryFilters().GroupBy(i => i.CoopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
        Assert.Equal((3, 2), (invoiced[_a], invoiced[_b]));
        var federation = await app.ClientAsync(Role.FederationAdmin);

        var json = await Json(await federation.GetAsync(Url(BillingData.Period, "json")));
        Assert.Equal(5.00m, json.GetProperty("feePerHousehold").GetDecimal());
        var lines = json.GetProperty("coops").EnumerateArray().ToDictionary(c => c.GetProperty("coopId").GetGuid(), c => (c.GetProperty("households").GetInt32(), c.GetProperty("amountOwed").GetDecimal()));
        Assert.Equal((invoiced[_a], invoiced[_a] * 5.00m), lines[_a]);
        Assert.Equal((invoiced[_b], invoiced[_b] * 5.00m), lines[_b]);
        Assert.Equal((5, 25.00m), (json.GetProperty("households").GetInt32(), json.GetProperty("amountOwed").GetDecimal()));
        // Aggregates only: no name, no person id leaves in the report.
        Assert.DoesNotContain("Côté", json.GetRawText(), StringComparison.Ordinal);

        var xlsx = await federation.GetAsync(Url(BillingData.Period, "xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        var rowA = rows.Single(r => (string)r["Coopérative"] == _a.ToString());
        Assert.Equal((3m, 15m), (Convert.ToDecimal(rowA["Familles couvertes"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDecimal(rowA["Montant dû"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("Total", 25m), ((string)rows[^1]["Coopérative"], Convert.ToDecimal(rows[^1]["Montant dû"], System.Globalization.CultureInfo.InvariantCulture)));
        var english = MiniExcel.Query(new MemoryStream(await federation.GetByteArrayAsync(Url(BillingData.Period, "xlsx", "en-CA"))), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5m, Convert.ToDecimal(english[^1]["Covered households"], System.Globalization.CultureInfo.InvariantCulture));

        var pdf = await federation.GetAsync(Url(BillingData.Period, "pdf"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", doc.GetPages().Select(p => p.Text));
            Assert.Contains("Fournisseur", text, StringComparison.Ordinal);
            Assert.Contains("Montant dû", text, StringComparison.Ordinal);
            Assert.Contains("25,00", text, StringComparison.Ordinal);
            Assert.Contains("15,00", text, StringComparison.Ordinal);
        }
        using (var doc = PdfDocument.Open(await federation.GetByteArrayAsync(Url(BillingData.Period, "pdf", "en-CA"))))
        {
            var text = string.Join(" ", doc.GetPages().Select(p => p.Text));
            Assert.Contains("Provider", text, StringComparison.Ordinal); // A table header may wrap in its cell; the key-value label does not.
            Assert.Contains("$25.00", text, StringComparison.Ordinal);
        }
        Assert.Equal(5, await AuditCountAsync(app, AuditEventType.TelemedicineRemittanceRead));
    }

    [Fact]
    public async Task The_provider_reads_the_remittance_with_its_key_and_a_coops_key_sees_that_coop_only()
    {
        await TwoCoopsBilledAsync();
        await FeesAsync();
        var program = await KeyClientAsync(null, "telemedicine:roster");
        var both = await Json(await program.GetAsync(Url(BillingData.Period, "json")));
        Assert.Equal(2, both.GetProperty("coops").GetArrayLength());

        var coopKey = await KeyClientAsync(_a, "telemedicine:roster");
        var onlyA = await Json(await coopKey.GetAsync(Url(BillingData.Period, "json")));
        Assert.Equal(_a, onlyA.GetProperty("coops").EnumerateArray().Single().GetProperty("coopId").GetGuid());
        Assert.Equal(15.00m, onlyA.GetProperty("amountOwed").GetDecimal());
        Assert.DoesNotContain(_b.ToString(), onlyA.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await KeyClientAsync(null, "ops:metrics")).GetAsync(Url(BillingData.Period, "json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.CoopAdmin, _a)).GetAsync(Url(BillingData.Period, "json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Url(BillingData.Period, "json"))).StatusCode);
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.TelemedicineRemittanceRead));
    }

    [Theory]
    [InlineData("2026-13", "json", "Telemedicine.PeriodInvalid", 400)]
    [InlineData("=1+1", "xlsx", "Telemedicine.PeriodInvalid", 400)]
    [InlineData("", "pdf", "Telemedicine.PeriodInvalid", 400)]
    [InlineData("2099-01", "pdf", "Telemedicine.RemittancePeriodFuture", 422)]
    [InlineData("next", "json", "Telemedicine.RemittancePeriodFuture", 422)]
    [InlineData("current", "exe", "Telemedicine.FormatUnknown", 400)]
    [InlineData("current", "json", "Telemedicine.ProviderFeeMissing", 422)]
    public async Task A_malformed_or_future_period_an_unknown_format_or_a_missing_fee_is_refused_with_its_code_and_nothing_is_audited(string period, string format, string code,
        int status)
    {
        var month = period switch
        {
            "current" => BillingData.Period,
            "next" => BillingData.CurrentPeriod.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => Uri.EscapeDataString(period),
        };
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var response = await federation.GetAsync(Url(month, format, "en-CA"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(code, body, StringComparison.Ordinal);
        // Told in words, in the language asked for: the message is the title, never the code.
        var title = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title) || title.StartsWith("Telemedicine.", StringComparison.Ordinal), title);
        Assert.DoesNotContain("é", title, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync(app, AuditEventType.TelemedicineRemittanceRead));
    }

    [Fact]
    public async Task The_member_sees_their_own_invoices_and_receipts_only_and_cancelling_ends_at_the_end_of_the_billed_month()
    {
        var coop = await StartAsync(app);
        var memberId = await coop.MemberAsync("Canari-Fact", "Sophie", paid: 10m, email: "sophie-fact@example.ca");
        var user = await app.UserAsync($"membre-{Guid.NewGuid():N}@example.ca", new RoleGrant(Role.Member, coop.CoopId));
        await MembershipScenario.DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, user.Id)));
        var data = new BillingData(app, coop.CoopId);
        await data.ProgramAsync();
        var mine = await data.EnrolAsync("Canari-Fact");
        var theirs = await data.EnrolAsync("Voisin");
        await DbAsync(db => db.Enrolments.IgnoreQueryFilters().Where(e => e.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(e => e.MemberId, memberId)));
        var staff = await app.ClientAsync(Role.CoopStaff, coop.CoopId);
        var next = BillingData.CurrentPeriod.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var period in new[] { BillingData.Period, next })
            Assert.True((await staff.PostAsJsonAsync($"/api/v1/coops/{coop.CoopId}/telemedicine/billing-runs", new { period })).IsSuccessStatusCode);
        var invoices = await DbAsync(db => db.Invoices.IgnoreQueryFilters().Where(i => i.CoopId == coop.CoopId).ToListAsync());
        // Mine: this month paid at the counter. Theirs: paid too, and their receipt must stay theirs.
        var myInvoice = invoices.Single(i => i.EnrolmentId == mine && i.Period == BillingData.CurrentPeriod);
        var theirInvoice = invoices.Single(i => i.EnrolmentId == theirs && i.Period == BillingData.CurrentPeriod);
        Assert.True((await staff.PostAsJsonAsync($"/api/v1/coops/{coop.CoopId}/telemedicine/invoices/{myInvoice.Id}/payments", new { paidOn = BillingData.Today })).IsSuccessStatusCode);
        var theirPayment = await Json(await staff.PostAsJsonAsync($"/api/v1/coops/{coop.CoopId}/telemedicine/invoices/{theirInvoice.Id}/payments", new { paidOn = BillingData.Today }));
        // Next month's debit came back for lack of funds.
        await DbAsync(db => db.Invoices.IgnoreQueryFilters().Where(i => i.EnrolmentId == mine && i.Period != BillingData.CurrentPeriod)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvoiceStatus.Failed).SetProperty(i => i.FailureCode, "901").SetProperty(i => i.FailedAt, DateTimeOffset.UtcNow)));

        var member = await app.ClientAsync(user);
        var page = await Json(await member.GetAsync("/api/v1/portal/me/telemedicine/invoices?pageSize=1"));
        Assert.Equal((2, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
        var all = (await Json(await member.GetAsync("/api/v1/portal/me/telemedicine/invoices"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([next, BillingData.Period], all.Select(i => i.GetProperty("period").GetString()!).ToList());
        Assert.Equal(("Failed", "901"), (all[0].GetProperty("status").GetString(), all[0].GetProperty("failureCode").GetString()));
        Assert.Equal("Paid", all[1].GetProperty("status").GetString());
        var receipt = await member.GetAsync($"/api/v1/portal/me/telemedicine/payments/{all[1].GetProperty("paymentId").GetGuid()}/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        using (var doc = PdfDocument.Open(await receipt.Content.ReadAsByteArrayAsync()))
            Assert.Contains(myInvoice.Reference, string.Join(" ", doc.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        var other = await member.GetAsync($"/api/v1/portal/me/telemedicine/payments/{theirPayment.GetProperty("id").GetGuid()}/receipt");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Telemedicine.PaymentNotFound", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The staff list is not the member's.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/coops/{coop.CoopId}/telemedicine/invoices")).StatusCode);
        // Staff are not members: the portal answers with its own refusal.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/portal/me/telemedicine/invoices")).StatusCode);

        // Next month was billed but its debit came back: it is not paid for, so the coverage ends with this month.
        var cancelled = await member.PostAsJsonAsync("/api/v1/portal/me/telemedicine/cancel", new { });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        Assert.Equal(BillingData.CurrentPeriod.AddMonths(1).AddDays(-1), (await Json(cancelled)).GetProperty("coverageEnd").Date());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.TelemedicineEnrolmentCancelled));
    }

    [Fact]
    public async Task Cancelling_in_the_portal_keeps_the_coverage_through_a_month_already_billed()
    {
        var coop = await StartAsync(app);
        var memberId = await coop.MemberAsync("Canari-Mois", "Léa", paid: 10m, email: "lea-mois@example.ca");
        var user = await app.UserAsync($"membre-{Guid.NewGuid():N}@example.ca", new RoleGrant(Role.Member, coop.CoopId));
        await MembershipScenario.DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, user.Id)));
        var data = new BillingData(app, coop.CoopId);
        await data.ProgramAsync();
        var mine = await data.EnrolAsync("Canari-Mois");
        await DbAsync(db => db.Enrolments.IgnoreQueryFilters().Where(e => e.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(e => e.MemberId, memberId)));
        var staff = await app.ClientAsync(Role.CoopStaff, coop.CoopId);
        var next = BillingData.CurrentPeriod.AddMonths(1);
        Assert.True((await staff.PostAsJsonAsync($"/api/v1/coops/{coop.CoopId}/telemedicine/billing-runs",
            new { period = next.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) })).IsSuccessStatusCode);

        var cancelled = await (await app.ClientAsync(user)).PostAsJsonAsync("/api/v1/portal/me/telemedicine/cancel", new { endsOn = BillingData.Today });
        Assert.Equal(next.AddMonths(1).AddDays(-1), (await Json(cancelled)).GetProperty("coverageEnd").Date());
    }

    [Fact]
    public async Task A_coops_stats_show_its_monthly_revenue_and_failure_rate_and_another_coop_cannot_read_them()
    {
        await TwoCoopsBilledAsync();
        await DbAsync(db => db.Invoices.IgnoreQueryFilters().Where(i => i.CoopId == _a).OrderBy(i => i.Reference).Take(1)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvoiceStatus.Failed).SetProperty(i => i.FailureCode, "905").SetProperty(i => i.FailedAt, DateTimeOffset.UtcNow)));
        var staff = await app.ClientAsync(Role.CoopStaff, _a);
        var stats = await Json(await staff.GetAsync($"/api/v1/coops/{_a}/telemedicine/stats"));
        Assert.Equal((24.00m, 33.3m), (stats.GetProperty("monthlyRevenue").GetDecimal(), stats.GetProperty("failureRate").GetDecimal()));
        var month = stats.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == BillingData.Period);
        Assert.Equal((3, 24.00m, 1), (month.GetProperty("invoices").GetInt32(), month.GetProperty("revenue").GetDecimal(), month.GetProperty("failed").GetInt32()));

        var federation = await Json(await (await app.ClientAsync(Role.FederationAdmin)).GetAsync("/api/v1/telemedicine/stats"));
        Assert.Equal((40.00m, 20.0m), (federation.GetProperty("monthlyRevenue").GetDecimal(), federation.GetProperty("failureRate").GetDecimal()));
        Assert.DoesNotContain("Côté", federation.GetRawText(), StringComparison.Ordinal);

        await TenancyProbe.AssertIsolatedAsync(app, _b, HttpMethod.Get, $"/api/v1/coops/{_a}/telemedicine/stats", canary: "24.00");
        var otherStaff = await app.ClientAsync(Role.CoopStaff, _b);
        var theirs = await Json(await otherStaff.GetAsync($"/api/v1/coops/{_b}/telemedicine/stats"));
        Assert.Equal((16.00m, 0m), (theirs.GetProperty("monthlyRevenue").GetDecimal(), theirs.GetProperty("failureRate").GetDecimal()));
    }

    private Task<HttpClient> KeyClientAsync(Guid? coopId, string scope) => ProviderKeys.ClientAsync(app, coopId, scope);
}

/// <summary>A machine client holding an API key of the provider: program-wide (no coop) or one coop's.</summary>
internal static class ProviderKeys
{
    public static async Task<HttpClient> ClientAsync(AppFixture app, Guid? coopId, string scope)
    {
        var key = "test-key-" + Guid.NewGuid().ToString("N");
        await PlatformDbAsync(app, db =>
        {
            db.ApiKeys.Add(new CoopSante.Platform.Identity.ApiKey { Id = Guid.NewGuid(), Name = "Fournisseur test", CoopId = coopId, Prefix = key[..11],
                KeyHash = CoopSante.Platform.Identity.Tokens.Hash(key), Scopes = scope, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30) });
            return db.SaveChangesAsync();
        });
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
