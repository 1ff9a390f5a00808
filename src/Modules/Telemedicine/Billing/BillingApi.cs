using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Idempotency;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopSante.Telemedicine.Billing;

/// <summary>Who bills: the coop's management and reception (the same people who keep the register).</summary>
internal static class BillingPolicies
{
    public const string CanManageBilling = nameof(CanManageBilling);

    public static readonly CoopRule ManageBilling = new(CanManageBilling, Role.CoopAdmin, Role.CoopStaff);

    public static IServiceCollection AddBillingRules(this IServiceCollection services) => services.AddCoopRule(ManageBilling);
}

/// <summary>The billing API of a coop: bank profile, runs and their CPA-005 files, returns, invoices, counter payments and receipts.</summary>
internal static class BillingApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var g = coop.MapGroup("/telemedicine").RequireAuthorization(BillingPolicies.CanManageBilling).WithTags("Telemedicine billing");
        g.MapGet("/bank-profile", GetProfile).WithSummary("The coop's bank profile for CPA-005 files (return account masked).");
        g.MapPut("/bank-profile", PutProfile).WithSummary("Sets the coop's bank profile: originator id, processing centre, return account, separators and fills.");
        g.MapPost("/billing-runs", Run).RequireIdempotencyKey(new IdempotencyOptions { Required = false, Lease = TimeSpan.FromMinutes(10) })
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Bills a period (\"2026-12\"): 201 with the new run; the same period again answers 200 with the same run.");
        g.MapGet("/billing-runs", List).WithSummary("Pages through the coop's billing runs, newest period first, with the runs under way.");
        g.MapGet("/billing-runs/{runId:guid}/cpa005", File).WithSummary("The run's CPA-005 file (text/plain), written on first request and kept.");
        g.MapPost("/returns", ImportReturns).DisableAntiforgery().RequireIdempotencyKey(new IdempotencyOptions { Required = false })
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Imports the bank's returned items (multipart file: CSV reference,amount,reason or CPA-005 J records); all or nothing.");
        g.MapGet("/invoices", Invoices).WithSummary("Pages through invoices; enrolmentId and status filter them.");
        g.MapPost("/invoices/{invoiceId:guid}/payments", Pay).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Records a payment received at the counter; it ends the dunning when nothing else is failed.");
        g.MapGet("/payments/{paymentId:guid}/receipt", Receipt).WithSummary("The payment's receipt (PDF).");
    }

    public static async Task<Results<Ok<BankProfileDto>, NotFound>> GetProfile(Guid coopId, TelemedicineDbContext db, CancellationToken ct) =>
        await BankProfiles.GetAsync(db, coopId, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    public static async Task<Ok<BankProfileDto>> PutProfile(Guid coopId, BankProfileInput input, TelemedicineDbContext db, IAuditTrail audit, ICurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await BankProfiles.SaveAsync(db, audit, user, clock, coopId, input, ct));

    public static async Task<Results<Created<BillingRunDto>, Ok<BillingRunDto>>> Run(Guid coopId, BillingRunInput input, [AsParameters] BillingServices services, CancellationToken ct)
    {
        var (run, created) = await BillingRuns.RunAsync(services, coopId, input.Period, ct);
        var dto = BillingRuns.ToDto(run, null);
        return created ? TypedResults.Created($"/api/v1/coops/{coopId}/telemedicine/billing-runs/{run.Id}", dto) : TypedResults.Ok(dto);
    }

    internal sealed record RunsPage(Page<BillingRunDto> Runs, IReadOnlyList<RunUnderWay> UnderWay);

    internal sealed record RunUnderWay(string Period, BillingStep Step);

    public static async Task<Ok<RunsPage>> List(Guid coopId, TelemedicineDbContext db, BillingProgress progress, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(new RunsPage(await BillingRuns.ListAsync(db, PageRequest.From(page, pageSize), ct),
            progress.Of(coopId).Select(p => new RunUnderWay(BillingRules.FormatPeriod(p.Period), p.Step)).ToList()));

    public static async Task<IResult> File(Guid coopId, Guid runId, TelemedicineDbContext db, IFileStore files, IAuditTrail audit, ICurrentUser user, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var (name, content) = await PadFiles.OpenAsync(db, files, audit, user, clock, coopId, runId, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(content, "text/plain", name);
    }

    public static async Task<Ok<ReturnsImportDto>> ImportReturns(Guid coopId, IFormFile? file, TelemedicineDbContext db, IFileStore files, IAuditTrail audit, IEmailOutbox outbox,
        ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new DomainException(BillingErrors.ReturnsFileMalformed.At("file", 0, "Empty"));
        if (file.Length > Returns.ReturnedItemsFile.MaxBytes) throw new DomainException(BillingErrors.ReturnsFileMalformed.At("file", 0, "TooLarge"));
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await ReturnsImports.ImportAsync(db, files, audit, outbox, user, clock, coopId, file.FileName, buffer.ToArray(), ct));
    }

    public static async Task<Ok<Page<InvoiceDto>>> Invoices(TelemedicineDbContext db, CancellationToken ct, Guid? enrolmentId = null, InvoiceStatus? status = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await Payments.InvoicesAsync(db, enrolmentId, status, PageRequest.From(page, pageSize), ct));

    public static async Task<Ok<PaymentDto>> Pay(Guid coopId, Guid invoiceId, CounterPaymentInput input, TelemedicineDbContext db, IAuditTrail audit, ICurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await Payments.RecordCounterPaymentAsync(db, audit, user, clock, coopId, invoiceId, input, ct));

    public static async Task<FileContentHttpResult> Receipt(Guid coopId, Guid paymentId, TelemedicineDbContext db, IStringLocalizer<BillingText> text, HttpContext http,
        CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(await Payments.ReceiptAsync(db, text, coopId, paymentId, ct), "application/pdf", "recu.pdf");
    }
}
