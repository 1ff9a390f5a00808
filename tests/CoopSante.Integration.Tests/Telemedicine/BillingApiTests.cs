using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Telemedicine;

/// <summary>Monthly billing from outside: runs, their CPA-005 file, returns, counter payments, on PostgreSQL.</summary>
public sealed class BillingApiTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Guid _coop = Guid.CreateVersion7();
    private readonly Guid _other = Guid.CreateVersion7();
    private BillingData _data = null!;
    private HttpClient _staff = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = new BillingData(app, _coop);
        await _data.ProgramAsync();
        _staff = await app.ClientAsync(Role.CoopStaff, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path) => $"/api/v1/coops/{_coop}/telemedicine{path}";

    private sealed record RunBody(Guid Id, string Period, int InvoiceCount, decimal Total);

    private Task<HttpResponseMessage> RunAsync(string? period = null) => _staff.PostAsJsonAsync(Url("/billing-runs"), new { period = period ?? BillingData.Period });

    private async Task<T> InCoopAsync<T>(Func<TelemedicineDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(_coop);
        return await read(scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>());
    }

    private async Task<int> OutboxAsync(string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.CountAsync(e => e.Kind == kind && e.CoopId == _coop);
    }

    private async Task<bool> AuditedAsync(AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.AnyAsync(e => e.Type == type && e.CoopId == _coop);
    }

    [Fact]
    public async Task A_run_bills_every_active_household_once_at_the_price_in_force_on_the_first_and_the_same_request_answers_the_same_run()
    {
        await _data.EnrolAsync("Côté");
        await _data.EnrolAsync("O'Neil", language: "en");
        await _data.EnrolAsync("Gagnon", PaymentMethod.Counter);
        await _data.EnrolAsync("Parti", status: EnrolmentStatus.Cancelled);

        var first = await RunAsync();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var run = (await first.Content.ReadFromJsonAsync<RunBody>(Json))!;
        Assert.Equal((BillingData.Period, 3, 24.00m), (run.Period, run.InvoiceCount, run.Total));

        var again = await RunAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(run, await again.Content.ReadFromJsonAsync<RunBody>(Json));
        Assert.Equal(3, await InCoopAsync(db => db.Invoices.CountAsync()));
        // Rule H1: the two PAD households are told amount and date; the counter one pays at the counter.
        Assert.Equal(2, await OutboxAsync(BillingRuns.PreNoticeKind));
        Assert.True(await AuditedAsync(AuditEventType.BillingRunCreated));
    }

    [Theory]
    [InlineData("2099-01", "Telemedicine.PeriodFuture", 422)]
    [InlineData("2020-01", "Telemedicine.PeriodClosed", 422)]
    [InlineData("2026-13", "Telemedicine.PeriodInvalid", 400)]
    [InlineData("=1+1", "Telemedicine.PeriodInvalid", 400)]
    public async Task A_future_closed_or_malformed_period_is_refused_and_nothing_is_written(string period, string code, int status)
    {
        await _data.EnrolAsync("Tremblay");
        var response = await RunAsync(period);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await InCoopAsync(db => db.BillingRuns.CountAsync()));
    }

    [Fact]
    public async Task Two_runs_at_once_write_one_run_and_each_household_is_billed_once()
    {
        for (var i = 0; i < 20; i++) await _data.EnrolAsync("Membre" + i);
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunAsync()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, await InCoopAsync(db => db.BillingRuns.CountAsync()));
        Assert.Equal(20, await InCoopAsync(db => db.Invoices.CountAsync()));
    }

    [Fact]
    public async Task A_run_that_fails_in_the_middle_leaves_nothing_and_the_next_request_completes_it()
    {
        for (var i = 0; i < 5; i++) await _data.EnrolAsync("Membre" + i);
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        // The pre-notices are queued after the invoices, in the same transaction: refusing them fails the run in its middle.
        await using (var cmd = new NpgsqlCommand("""
            CREATE FUNCTION platform.refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$;
            CREATE TRIGGER refuse_outbox BEFORE INSERT ON platform.outbox_emails FOR EACH ROW EXECUTE FUNCTION platform.refuse_outbox();
            """, conn)) await cmd.ExecuteNonQueryAsync();
        try
        {
            var failed = await RunAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal((0, 0), (await InCoopAsync(db => db.BillingRuns.CountAsync()), await InCoopAsync(db => db.Invoices.CountAsync())));
        }
        finally
        {
            await using var drop = new NpgsqlCommand("DROP TRIGGER refuse_outbox ON platform.outbox_emails; DROP FUNCTION platform.refuse_outbox();", conn);
            await drop.ExecuteNonQueryAsync();
        }
        var rerun = await RunAsync();
        Assert.Equal(HttpStatusCode.Created, rerun.StatusCode);
        Assert.Equal(5, (await rerun.Content.ReadFromJsonAsync<RunBody>(Json))!.InvoiceCount);
        Assert.Equal(5, await OutboxAsync(BillingRuns.PreNoticeKind));
    }

    [Fact]
    public async Task The_runs_cpa005_file_holds_its_debits_reads_back_and_is_served_again_unchanged()
    {
        await _data.EnrolAsync("Côté");
        await _data.EnrolAsync("Lévesque");
        await _data.EnrolAsync("Comptoir", PaymentMethod.Counter);
        Assert.Equal(HttpStatusCode.OK, (await _staff.PutAsJsonAsync(Url("/bank-profile"), BillingData.Profile)).StatusCode);
        var run = (await (await RunAsync()).Content.ReadFromJsonAsync<RunBody>(Json))!;

        var response = await _staff.GetAsync(Url($"/billing-runs/{run.Id}/cpa005"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var file = Cpa005Reader.Read(text);
        Assert.Equal("COOPTEST01", file.Header.OriginatorId);
        Assert.Equal(2, file.Items.Count);
        Assert.Equal(1600, file.Trailer.DebitCents);
        Assert.Contains(file.Items, i => i.PayorName == "COTE, MARIE EVE" && i.Account == "1234567" && i.TransactionCode == 470);
        Assert.Equal(text, await _staff.GetStringAsync(Url($"/billing-runs/{run.Id}/cpa005")));
        Assert.True(await AuditedAsync(AuditEventType.PadFileWritten));
    }

    [Fact]
    public async Task A_returned_debit_fails_the_invoice_tells_the_member_once_keeps_the_grace_and_a_counter_payment_ends_the_dunning()
    {
        var enrolment = await _data.EnrolAsync("Côté");
        await _data.EnrolAsync("Roy");
        await RunAsync();
        var invoice = await InCoopAsync(db => db.Invoices.FirstAsync(i => i.EnrolmentId == enrolment));
        var csv = $"reference;montant;motif\r\n{invoice.Reference};8,00;901\r\n";

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(csv)).StatusCode);
        var state = await InCoopAsync(db => db.Enrolments.AsNoTracking().FirstAsync(e => e.Id == enrolment));
        Assert.Equal(DunningState.InGrace, state.DunningState);
        Assert.Equal(BillingData.Today.AddDays(30), state.GraceEndsOn);
        Assert.Equal(InvoiceStatus.Failed, (await InCoopAsync(db => db.Invoices.AsNoTracking().FirstAsync(i => i.Id == invoice.Id))).Status);
        Assert.Equal(1, await OutboxAsync(ReturnsImports.FailedDebitKind));

        // The same return again, then a hard one: the member was already told and the grace never moves.
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(csv)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(csv.Replace(";901", ";905", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(1, await OutboxAsync(ReturnsImports.FailedDebitKind));
        Assert.Equal(BillingData.Today.AddDays(30), (await InCoopAsync(db => db.Enrolments.AsNoTracking().FirstAsync(e => e.Id == enrolment))).GraceEndsOn);

        var paid = await _staff.PostAsJsonAsync(Url($"/invoices/{invoice.Id}/payments"), new { paidOn = BillingData.Today });
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var payment = await paid.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(DunningState.None, (await InCoopAsync(db => db.Enrolments.AsNoTracking().FirstAsync(e => e.Id == enrolment))).DunningState);
        var receipt = await _staff.GetAsync(Url($"/payments/{payment.GetProperty("id").GetGuid()}/receipt"));
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await receipt.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await _staff.PostAsJsonAsync(Url($"/invoices/{invoice.Id}/payments"), new { paidOn = BillingData.Today })).StatusCode);
        Assert.True(await AuditedAsync(AuditEventType.ReturnsImported));
        Assert.True(await AuditedAsync(AuditEventType.CounterPaymentRecorded));
    }

    [Theory]
    [InlineData("reference,amount,reason\nT0000000000099,8.00,901\n", "Telemedicine.ReturnForUnknownInvoice")]
    [InlineData("reference,amount,reason\nT1,8.00,ABC\n", "Telemedicine.ReturnsFileMalformed")]
    [InlineData("pas un fichier de retours", "Telemedicine.ReturnsFileMalformed")]
    public async Task A_malformed_returns_file_or_an_unknown_invoice_is_refused_with_its_code_and_nothing_is_written(string csv, string code)
    {
        await _data.EnrolAsync("Côté");
        await RunAsync();
        var response = await ImportAsync(csv);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, response.StatusCode.ToString());
        Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await InCoopAsync(db => db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Failed)));
        Assert.Equal(0, await InCoopAsync(db => db.ReturnsImports.CountAsync()));
    }

    [Fact]
    public async Task Another_coops_people_cannot_reach_this_coops_billing()
    {
        await _data.EnrolAsync("Canari");
        await _staff.PutAsJsonAsync(Url("/bank-profile"), BillingData.Profile);
        var run = (await (await RunAsync()).Content.ReadFromJsonAsync<RunBody>(Json))!;
        var invoice = await InCoopAsync(db => db.Invoices.FirstAsync());
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Post, Url("/billing-runs"), new { period = BillingData.Period });
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Get, Url("/billing-runs"), canary: run.Id.ToString());
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Get, Url($"/billing-runs/{run.Id}/cpa005"), canary: "COOPTEST01");
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Get, Url("/invoices"), canary: invoice.Reference);
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Get, Url("/bank-profile"), canary: "COOPTEST01");
        await TenancyProbe.AssertIsolatedAsync(app, _other, HttpMethod.Post, Url($"/invoices/{invoice.Id}/payments"), new { paidOn = BillingData.Today });
        // Staff of the other coop, in their own coop, see none of it either.
        var otherStaff = await app.ClientAsync(Role.CoopStaff, _other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/v1/coops/{_other}/telemedicine/billing-runs/{run.Id}/cpa005")).StatusCode);
        Assert.DoesNotContain(invoice.Reference, await otherStaff.GetStringAsync($"/api/v1/coops/{_other}/telemedicine/invoices"), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> ImportAsync(string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "retours.csv");
        return _staff.PostAsync(Url("/returns"), form);
    }
}
