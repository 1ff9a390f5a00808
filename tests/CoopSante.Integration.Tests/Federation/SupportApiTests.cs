using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Support;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class SupportApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Queue = "/api/v1/federation/support";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string CoopSupport(Guid coopId) => $"/api/v1/coops/{coopId}/support";

    private sealed record World(CoopDto Contrecoeur, CoopDto Rocher, HttpClient Federation, TestUser Adviser, HttpClient Manager);

    private async Task<World> WorldAsync()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var contrecoeur = await CreateAsync(admin, Input(name: "Coop de santé de Contrecoeur", status: "Active"));
        var rocher = await CreateAsync(admin, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active"));
        var adviser = await app.UserAsync(Role.FederationAdmin);
        var manager = await app.ClientAsync(Role.CoopAdmin, contrecoeur.Id);
        return new World(contrecoeur, rocher, await app.ClientAsync(adviser), adviser, manager);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<SupportRequestDto> OpenAsync(HttpClient coop, Guid coopId, string category = "Consulting", string subject = "Plan stratégique 2027-2030") =>
        await ReadAsync<SupportRequestDto>(await coop.PostAsJsonAsync(CoopSupport(coopId), new OpenRequestInput(category, subject, "Accompagnement du **conseil** en trois rencontres.")),
            HttpStatusCode.Created);

    /// <summary>A consulting request of Contrecoeur, assigned, quoted 10 h at the schedule's 95 $ and accepted.</summary>
    private async Task<(World W, SupportRequestDto Request, SupportQuoteDto Quote)> AcceptedAsync()
    {
        var w = await WorldAsync();
        await ReadAsync<FairCostRateDto>(await w.Federation.PostAsJsonAsync($"{Queue}/rates", new RateInput("Consulting", 95m, new DateOnly(2020, 1, 1))), HttpStatusCode.Created);
        var request = await OpenAsync(w.Manager, w.Contrecoeur.Id);
        await ReadAsync<SupportRequestDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{request.Summary.Id}/assign", new AssignInput(w.Adviser.Id)), HttpStatusCode.OK);
        var quote = await ReadAsync<SupportQuoteDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{request.Summary.Id}/quotes", new QuoteInput(10m, "Trois rencontres et le plan.")), HttpStatusCode.Created);
        await ReadAsync<SupportRequestDto>(await w.Manager.PostAsync($"{CoopSupport(w.Contrecoeur.Id)}/{request.Summary.Id}/quotes/{quote.Id}/accept", null), HttpStatusCode.OK);
        return (w, request, quote);
    }

    private static MultipartFormDataContent File(byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name } };

    private Task<int> RowsAsync() => InDbAsync(app, async db =>
        await db.SupportRequests.IgnoreQueryFilters().CountAsync() + await db.Set<SupportMessage>().IgnoreQueryFilters().CountAsync()
        + await db.Set<SupportQuote>().IgnoreQueryFilters().CountAsync() + await db.Set<SupportTimeEntry>().IgnoreQueryFilters().CountAsync()
        + await db.SupportAttachments.IgnoreQueryFilters().CountAsync() + await db.SupportInvoices.IgnoreQueryFilters().CountAsync() + await db.FairCostRates.CountAsync());

    [Fact]
    public async Task A_consulting_engagement_is_quoted_accepted_logged_invoiced_closed_and_rated_with_every_step_audited()
    {
        var (w, request, quote) = await AcceptedAsync();
        Assert.Equal(950m, quote.Amount);
        Assert.Equal(95m, quote.HourlyRate);
        var id = request.Summary.Id;
        Assert.Matches(@"^DS-\d{4}-0001$", request.Summary.Reference);

        await ReadAsync<SupportRequestDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/messages", new ReplyInput("Première rencontre le **12 mars**.")), HttpStatusCode.OK);
        await ReadAsync<SupportRequestDto>(await w.Manager.PostAsJsonAsync($"{CoopSupport(w.Contrecoeur.Id)}/{id}/messages", new ReplyInput("Parfait, merci.")), HttpStatusCode.OK);
        await ReadAsync<SupportTimeEntryDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/time", new TimeEntryInput(new DateOnly(2026, 1, 5), 3.5m, "Rencontre 1")), HttpStatusCode.Created);
        await ReadAsync<SupportTimeEntryDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/time", new TimeEntryInput(new DateOnly(2026, 1, 6), 2.25m, "Rédaction")), HttpStatusCode.Created);
        var invoice = await ReadAsync<SupportInvoiceDto>(await w.Federation.PostAsync($"{Queue}/{id}/invoice", null), HttpStatusCode.Created);
        Assert.Equal(5.75m, invoice.Hours);
        Assert.Equal(546.25m, invoice.Amount);
        await ProblemAssert.IsProblem(await w.Federation.PostAsync($"{Queue}/{id}/invoice", null), HttpStatusCode.Conflict, "Federation.SupportAlreadyInvoiced");

        var pdf = await w.Manager.GetAsync($"{CoopSupport(w.Contrecoeur.Id)}/{id}/invoice?lang=en");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(' ', doc.GetPages().SelectMany(p => p.GetWords()).Select(x => x.Text));
            Assert.Contains(invoice.Number, text, StringComparison.Ordinal);
            Assert.Contains("Contrecoeur", text, StringComparison.Ordinal);
            Assert.Contains("Invoice", text, StringComparison.Ordinal);
            Assert.Contains("546.25", text, StringComparison.Ordinal);
        }

        var detail = await w.Federation.GetFromJsonAsync<SupportRequestDto>($"{Queue}/{id}");
        await ReadAsync<SupportRequestDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/close", new CloseInput("Plan adopté par le conseil.", detail!.Summary.Version)), HttpStatusCode.OK);
        var rated = await ReadAsync<SupportRequestDto>(await w.Manager.PostAsJsonAsync($"{CoopSupport(w.Contrecoeur.Id)}/{id}/rating", new RatingInput(5, "Excellent")), HttpStatusCode.OK);
        Assert.Equal(5, rated.Summary.Rating);
        Assert.Equal("Closed", rated.Summary.Status);
        Assert.Equal(2, rated.Messages.Count);
        Assert.Contains("<strong>12 mars</strong>", rated.Messages[0].Html, StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await w.Manager.PostAsJsonAsync($"{CoopSupport(w.Contrecoeur.Id)}/{id}/rating", new RatingInput(1, null)), HttpStatusCode.Conflict, "Federation.SupportAlreadyRated");

        foreach (var type in new[] { AuditEventType.SupportRequestOpened, AuditEventType.SupportRequestAssigned, AuditEventType.SupportQuoteProposed, AuditEventType.SupportQuoteAccepted,
                     AuditEventType.SupportInvoiceIssued, AuditEventType.SupportRequestClosed, AuditEventType.SupportRequestRated })
            Assert.Equal(w.Contrecoeur.Id, Assert.Single(await AuditAsync(app, type)).CoopId);
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.SupportMessagePosted)).Count);
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.SupportTimeLogged)).Count);
        Assert.Single(await AuditAsync(app, AuditEventType.SupportSettingsChanged));
    }

    [Fact]
    public async Task A_coop_never_sees_another_coops_requests_quotes_files_or_invoices()
    {
        var (w, request, quote) = await AcceptedAsync();
        var id = request.Summary.Id;
        var coop = CoopSupport(w.Contrecoeur.Id);
        var attachment = await ReadAsync<SupportAttachmentDto>(await w.Manager.PostAsync($"{coop}/{id}/attachments", File(Pdf, "canari-support.pdf")), HttpStatusCode.Created);
        await w.Federation.PostAsJsonAsync($"{Queue}/{id}/time", new TimeEntryInput(new DateOnly(2026, 1, 5), 1m, "Canari-support"));
        await w.Federation.PostAsync($"{Queue}/{id}/invoice", null);

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, coop, null), (HttpMethod.Get, $"{coop}/{id}", null), (HttpMethod.Post, $"{coop}/{id}/messages", new ReplyInput("x")),
                     (HttpMethod.Get, $"{coop}/{id}/attachments/{attachment.Id}", null), (HttpMethod.Post, $"{coop}/{id}/rating", new RatingInput(3, null)),
                     (HttpMethod.Post, $"{coop}/{id}/quotes/{quote.Id}/accept", null), (HttpMethod.Post, $"{coop}/{id}/quotes/{quote.Id}/decline", null),
                     (HttpMethod.Get, $"{coop}/{id}/invoice", null),
                 })
            await TenancyProbe.AssertIsolatedAsync(app, w.Rocher.Id, method, url, body, canary: "Plan stratégique");
        await TenancyProbe.AssertIsolatedAsync(app, w.Rocher.Id, HttpMethod.Post, $"{coop}/{id}/attachments", content: () => File(Pdf, "x.pdf"));

        // Rocher's manager, through Rocher's own route, finds neither the request, its quote, its file nor its invoice.
        var rocher = await app.ClientAsync(Role.CoopAdmin, w.Rocher.Id);
        var own = CoopSupport(w.Rocher.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await rocher.GetAsync($"{own}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rocher.PostAsync($"{own}/{id}/quotes/{quote.Id}/decline", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rocher.GetAsync($"{own}/{id}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rocher.GetAsync($"{own}/{id}/invoice")).StatusCode);
        var list = await rocher.GetStringAsync(own);
        Assert.DoesNotContain("Plan stratégique", list, StringComparison.Ordinal);
        Assert.Equal(QuoteState.Accepted, await InDbAsync(app, db => db.Set<SupportQuote>().IgnoreQueryFilters().Where(q => q.Id == quote.Id).Select(q => q.State).SingleAsync()));

        // Staff see their coop's requests but do not commit its money; coops do not reach the federation's queue.
        var staff = await app.ClientAsync(Role.CoopStaff, w.Contrecoeur.Id);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{coop}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{coop}/{id}/invoice")).StatusCode);
        foreach (var url in new[] { Queue, $"{Queue}/{id}", $"{Queue}/rates", $"{Queue}/targets", $"{Queue}/advisers", $"{Queue}/{id}/invoice" })
            Assert.Equal(HttpStatusCode.Forbidden, (await w.Manager.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Manager.PostAsJsonAsync($"{Queue}/{id}/quotes", new QuoteInput(1m, "x", 1m))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.FederationAuditor)).PostAsJsonAsync($"{Queue}/rates", new RateInput("Legal", 100m, new DateOnly(2026, 1, 1)))).StatusCode);
    }

    [Fact]
    public async Task The_federation_queue_lists_every_coops_open_requests_with_overdue_flags_and_filters()
    {
        var w = await WorldAsync();
        var late = await OpenAsync(w.Manager, w.Contrecoeur.Id, "Legal", "Règlements");
        await OpenAsync(await app.ClientAsync(Role.CoopStaff, w.Rocher.Id), w.Rocher.Id, "InformationTechnology", "Imprimante");
        await InDbAsync(app, db => db.SupportRequests.IgnoreQueryFilters().Where(r => r.Id == late.Summary.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FirstResponseDue, DateTimeOffset.UtcNow.AddHours(-1))));

        var all = await PageAsync<SupportSummaryDto>(await w.Federation.GetAsync(Queue));
        Assert.Equal(2, all.Total);
        Assert.Equal(late.Summary.Id, all.Items[0].Id);
        Assert.True(all.Items[0].FirstResponseOverdue);
        Assert.Equal("Coop du Rocher", all.Items[1].CoopName);
        var overdue = await PageAsync<SupportSummaryDto>(await w.Federation.GetAsync($"{Queue}?overdue=true"));
        Assert.Equal(late.Summary.Id, Assert.Single(overdue.Items).Id);
        var it = await PageAsync<SupportSummaryDto>(await w.Federation.GetAsync($"{Queue}?category=InformationTechnology&pageSize=1"));
        Assert.Equal("Imprimante", Assert.Single(it.Items).Subject);

        // Waiting for the coop, then back to the adviser when the coop answers.
        await w.Federation.PostAsJsonAsync($"{Queue}/{late.Summary.Id}/assign", new AssignInput(w.Adviser.Id));
        var waiting = await ReadAsync<SupportRequestDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{late.Summary.Id}/messages", new ReplyInput("Envoyez vos règlements.", WaitForCoop: true)), HttpStatusCode.OK);
        Assert.Equal("WaitingForCoop", waiting.Summary.Status);
        Assert.False(waiting.Summary.FirstResponseOverdue);
        var back = await ReadAsync<SupportRequestDto>(await w.Manager.PostAsJsonAsync($"{CoopSupport(w.Contrecoeur.Id)}/{late.Summary.Id}/messages", new ReplyInput("Les voici.")), HttpStatusCode.OK);
        Assert.Equal("Assigned", back.Summary.Status);
    }

    [Fact]
    public async Task Bad_input_gets_a_localized_error_with_a_stable_code_and_writes_nothing()
    {
        var (w, request, _) = await AcceptedAsync();
        var id = request.Summary.Id;
        var coop = CoopSupport(w.Contrecoeur.Id);
        var other = await OpenAsync(w.Manager, w.Contrecoeur.Id, "Consulting", "Deuxième mandat");
        await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/assign", new AssignInput(w.Adviser.Id));
        // Signing in is audited: the English client signs in before counting.
        var english = await app.ClientAsync(Role.CoopAdmin, w.Contrecoeur.Id, "en-CA");
        var before = await RowsAsync();
        var audits = await AuditCountAsync(app);

        var negative = await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/quotes", new QuoteInput(5m, "x", -80m)), HttpStatusCode.BadRequest, "Federation.SupportRateNotPositive");
        Assert.Contains("supérieur à zéro", negative.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/quotes", new QuoteInput(0m, "x")), HttpStatusCode.BadRequest, "Federation.SupportHoursOutOfRange");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/rates", new RateInput("Legal", 0m, new DateOnly(2026, 1, 1))), HttpStatusCode.BadRequest, "Federation.SupportRateNotPositive");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/rates", new RateInput("Consulting", 100m, new DateOnly(2020, 1, 1))), HttpStatusCode.Conflict, "Federation.SupportRateExists");
        var category = await ProblemAssert.IsProblem(await english.PostAsJsonAsync(coop, new OpenRequestInput("Astrology", "x", "y")), HttpStatusCode.BadRequest, "Federation.SupportCategoryUnknown");
        Assert.Contains("Choose a category", category.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await w.Manager.PostAsJsonAsync(coop, new OpenRequestInput("Legal", "", new string('é', SupportRequest.TextMax + 1))), HttpStatusCode.BadRequest, "Platform.Required");
        await ProblemAssert.IsProblem(await w.Manager.PostAsync($"{coop}/{id}/attachments", File("<html><script>x</script></html>\0\x01"u8.ToArray(), "page.html")), HttpStatusCode.UnprocessableEntity, "Files.TypeNotAllowed");
        var big = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);
        await ProblemAssert.IsProblem(await w.Manager.PostAsync($"{coop}/{id}/attachments", File(big, "gros.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TooLarge");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/time", new TimeEntryInput(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)), 1m, "x")), HttpStatusCode.BadRequest, "Federation.SupportDateInFuture");
        await ProblemAssert.IsProblem(await w.Manager.PostAsJsonAsync($"{coop}/{id}/rating", new RatingInput(4, null)), HttpStatusCode.Conflict, "Federation.SupportNotClosed");
        await ProblemAssert.IsProblem(await w.Federation.PostAsync($"{Queue}/{id}/invoice", null), HttpStatusCode.Conflict, "Federation.SupportNothingToInvoice");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/assign", new AssignInput(Guid.NewGuid())), HttpStatusCode.BadRequest, "Federation.SupportAdviserUnknown");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{id}/close", new CloseInput("Fini", 99)), HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal(before, await RowsAsync());
        Assert.Equal(audits, await AuditCountAsync(app));

        // Closed: no reply, no file, no quote from either side.
        var version = (await w.Federation.GetFromJsonAsync<SupportRequestDto>($"{Queue}/{other.Summary.Id}"))!.Summary.Version;
        await ReadAsync<SupportRequestDto>(await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/close", new CloseInput("Annulé par la coop.", version)), HttpStatusCode.OK);
        before = await RowsAsync();
        await ProblemAssert.IsProblem(await w.Manager.PostAsJsonAsync($"{coop}/{other.Summary.Id}/messages", new ReplyInput("Encore une question")), HttpStatusCode.Conflict, "Federation.SupportRequestClosed");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/messages", new ReplyInput("Réponse")), HttpStatusCode.Conflict, "Federation.SupportRequestClosed");
        await ProblemAssert.IsProblem(await w.Manager.PostAsync($"{coop}/{other.Summary.Id}/attachments", File(Pdf, "tard.pdf")), HttpStatusCode.Conflict, "Federation.SupportRequestClosed");
        await ProblemAssert.IsProblem(await w.Federation.PostAsJsonAsync($"{Queue}/{other.Summary.Id}/quotes", new QuoteInput(2m, "x", 90m)), HttpStatusCode.Conflict, "Federation.SupportRequestClosed");
        await ProblemAssert.IsProblem(await w.Manager.PostAsJsonAsync($"{coop}/{other.Summary.Id}/rating", new RatingInput(9, null)), HttpStatusCode.BadRequest, "Federation.SupportRatingOutOfRange");
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task The_overdue_job_alerts_the_adviser_once_per_request_and_threshold_however_often_it_runs()
    {
        var w = await WorldAsync();
        var request = await OpenAsync(w.Manager, w.Contrecoeur.Id, "Legal", "Règlements de régie interne");
        await w.Federation.PostAsJsonAsync($"{Queue}/{request.Summary.Id}/assign", new AssignInput(w.Adviser.Id));
        await OpenAsync(w.Manager, w.Contrecoeur.Id, "Governance", "Pas encore en retard");
        await InDbAsync(app, db => db.SupportRequests.IgnoreQueryFilters().Where(r => r.Id == request.Summary.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FirstResponseDue, DateTimeOffset.UtcNow.AddHours(-2))));

        Assert.Equal("1", await RunAlertsAsync());
        Assert.Equal("0", await RunAlertsAsync());
        await InDbAsync(app, db => db.SupportRequests.IgnoreQueryFilters().Where(r => r.Id == request.Summary.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolutionDue, DateTimeOffset.UtcNow.AddHours(-1))));
        Assert.Equal("1", await RunAlertsAsync());
        Assert.Equal("0", await RunAlertsAsync());

        var mails = await OutboxAsync();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(w.Adviser.Email, m.To));
        Assert.Contains(request.Summary.Reference, mails[0].Subject, StringComparison.Ordinal);
        Assert.Contains("première réponse", mails[0].Subject, StringComparison.Ordinal);
        Assert.Contains("résolution", mails[1].Subject, StringComparison.Ordinal);
        Assert.Equal(2, await InDbAsync(app, db => db.SupportAlerts.CountAsync()));
    }

    [Fact]
    public void Business_time_skips_evenings_and_weekends()
    {
        // Friday 15:30 in Québec (EST, UTC-5) plus 8 business hours: one hour on Friday, seven on Monday, so Monday 15:30.
        var friday = new DateTimeOffset(2026, 12, 4, 15, 30, 0, TimeSpan.FromHours(-5));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 15, 30, 0, TimeSpan.FromHours(-5)), BusinessTime.AddBusinessHours(friday, 8));
        // Saturday night: the clock starts Monday at 8:30.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.FromHours(-5)), BusinessTime.AddBusinessHours(friday.AddDays(1).AddHours(6), 4));
        // Ten business days from a Friday: closing time two Fridays later.
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 16, 30, 0, TimeSpan.FromHours(-5)), BusinessTime.AddBusinessDays(friday, 10));
    }

    private async Task<string?> RunAlertsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SupportAlertJob>().RunAsync(CancellationToken.None);
    }

    private async Task<List<CoopSante.Platform.Email.OutboxEmail>> OutboxAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking()
            .Where(e => e.Kind == SupportAlertJob.Kind).OrderBy(e => e.CreatedAt).ToListAsync();
    }
}
