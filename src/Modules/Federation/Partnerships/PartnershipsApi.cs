using CoopSante.Compliance.Contracts;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Federation.Partnerships;

/// <summary>The federation keeps partners, agreements, objectives, action plans and consultations; a coop reads its own partnerships.</summary>
internal static class PartnershipsApi
{
    private const string Root = "/api/v1/federation/partnerships";

    public static IEndpointRouteBuilder MapPartnershipsApi(this IEndpointRouteBuilder app)
    {
        var f = app.MapGroup(Root).WithTags("Partnerships").ProducesSignedInProblems();
        f.MapGet("/summary", Summary).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Per region (`region` for one): partners, agreements, active agreements, open and overdue actions.");
        f.MapGet("/partners", Partners).RequireAuthorization(Policies.IsFederationStaff).WithSummary("Partners by name, with their contacts; `region` filters.");
        f.MapPost("/partners", CreatePartner).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds a partner: kind HealthCentre (CISSS/CIUSSS), Municipality, MinistryOrAgency or Other; name; region; contacts.");
        f.MapPost("/partners/{partnerId:guid}/contacts", AddContact).RequireAuthorization(Policies.IsFederationAdmin).WithSummary("Adds a contact to a partner.");
        f.MapGet("/agreements", Agreements).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Agreements, newest first, with open and overdue actions; `region` filters.");
        f.MapPost("/agreements", CreateAgreement).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds an agreement between partners and named coops (or, with no coop, the coops of its region).");
        f.MapGet("/agreements/{agreementId:guid}", Agreement).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("One agreement: parties, documents, objectives and indicators, action plans, consultations (minutes as sanitized HTML).");
        f.MapPut("/agreements/{agreementId:guid}", UpdateAgreement).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes an agreement (`version` as read): title, region, dates, status, parties. Audited.");
        f.MapPost("/agreements/{agreementId:guid}/documents", Attach).RequireAuthorization(Policies.IsFederationAdmin).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches a document (multipart 'file'): a document or an image up to 10 MiB, its type read from the content.");
        f.MapGet("/agreements/{agreementId:guid}/documents/{documentId:guid}", Download).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("Downloads a document of an agreement (audited).");
        f.MapPost("/agreements/{agreementId:guid}/objectives", AddObjective).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds a common objective with its indicators (name, unit, baseline, target).");
        f.MapPut("/agreements/{agreementId:guid}/indicators/{indicatorId:guid}", Measure).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Records an indicator's current value and the date it was measured.");
        f.MapPost("/agreements/{agreementId:guid}/plans", CreatePlan).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds a concerted action plan (title, start date).");
        f.MapPost("/agreements/{agreementId:guid}/plans/{planId:guid}/actions", AddAction).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds an action: owner on the coop's or federation's side (ownerName) or a partner contact (ownerContactId); due on or after the plan's start.");
        f.MapPut("/agreements/{agreementId:guid}/actions/{actionId:guid}", UpdateAction).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Changes an action (`version` as read): title, owner, due date, status. Audited.");
        f.MapPost("/agreements/{agreementId:guid}/actions/{actionId:guid}/notes", AddNote).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Adds a dated progress note to an action, signed by the caller.");
        f.MapPost("/agreements/{agreementId:guid}/consultations", RecordConsultation).RequireAuthorization(Policies.IsFederationAdmin)
            .WithSummary("Records a consultation: date, participants (partners, contacts, coops), Markdown minutes, outcomes optionally linked to a Cadre de référence recommendation code.");
        f.MapGet("/recommendations", Recommendations).RequireAuthorization(Policies.IsFederationStaff)
            .WithSummary("The Cadre de référence recommendations in force an outcome can link to (code and titles).");

        var coop = app.MapGroup("/api/v1/coops/{coopId:guid}/partnerships").WithTags("Partnerships").RequireAuthorization(PartnershipPolicies.CanReadPartnerships)
            .ProducesSignedInProblems();
        coop.MapGet("", CoopList).WithSummary("The agreements the coop is a party to, and its region's regional agreements (never a draft).");
        coop.MapGet("/{agreementId:guid}", CoopGet).WithSummary("One of the coop's agreements, with objectives, action plans and consultations.");
        coop.MapGet("/{agreementId:guid}/documents/{documentId:guid}", CoopDownload).WithSummary("Downloads a document of one of the coop's agreements (audited).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RegionSummary>>> Summary(FederationDbContext db, TimeProvider clock, CancellationToken ct, string? region = null) =>
        TypedResults.Ok(await PartnershipQueries.SummaryAsync(db, region, clock.Today(), ct));

    private static async Task<Ok<Page<PartnerDto>>> Partners(FederationDbContext db, CancellationToken ct, string? region = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await PartnershipQueries.PartnersAsync(db, region, PageRequest.From(page, pageSize), ct));

    private static async Task<Created<PartnerDto>> CreatePartner(PartnerInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var partner = await PartnershipCommands.CreatePartnerAsync(p.Work, input, ct);
        return TypedResults.Created($"{Root}/partners/{partner.Id}", PartnershipQueries.ToDto(partner));
    }

    private static async Task<Created<ContactDto>> AddContact(Guid partnerId, ContactInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var c = await PartnershipCommands.AddContactAsync(p.Work, partnerId, input, ct);
        return TypedResults.Created($"{Root}/partners/{partnerId}", new ContactDto(c.Id, c.Name, c.Role, c.Email, c.Phone));
    }

    private static async Task<Ok<Page<AgreementListItem>>> Agreements(FederationDbContext db, TimeProvider clock, CancellationToken ct, string? region = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await PartnershipQueries.AgreementsAsync(db, region, clock.Today(), PageRequest.From(page, pageSize), ct));

    private static async Task<Created<AgreementDetail>> CreateAgreement(AgreementInput input, [AsParameters] CoopWorkParameters p, ICadreRecommendations cadre, CancellationToken ct)
    {
        var a = await PartnershipCommands.CreateAgreementAsync(p.Work, input, ct);
        return TypedResults.Created($"{Root}/agreements/{a.Id}", await PartnershipQueries.DetailAsync(p.Db, cadre, a.Id, p.Clock.Today(), ct));
    }

    private static async Task<Ok<AgreementDetail>> Agreement(Guid agreementId, FederationDbContext db, ICadreRecommendations cadre, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await PartnershipQueries.DetailAsync(db, cadre, agreementId, clock.Today(), ct));

    private static async Task<Ok<AgreementDetail>> UpdateAgreement(Guid agreementId, AgreementInput input, [AsParameters] CoopWorkParameters p, ICadreRecommendations cadre, CancellationToken ct)
    {
        await PartnershipCommands.UpdateAgreementAsync(p.Work, agreementId, input, ct);
        return TypedResults.Ok(await PartnershipQueries.DetailAsync(p.Db, cadre, agreementId, p.Clock.Today(), ct));
    }

    private static async Task<Created<DocumentDto>> Attach(Guid agreementId, IFormFile? file, [AsParameters] CoopWorkParameters p, IFileStore files, CancellationToken ct)
    {
        if (file is null) throw new DomainException(FileErrors.FileRequired.At("file"));
        await using var content = file.OpenReadStream();
        var d = await PartnershipCommands.AttachAsync(p.Work, files, agreementId, file.FileName, content, ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}/documents/{d.Id}", new DocumentDto(d.Id, d.FileName, d.ContentType, d.Length, d.AddedAt));
    }

    private static async Task<IResult> Download(Guid agreementId, Guid documentId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await SendAsync(await PartnershipQueries.DocumentAsync(db, agreementId, documentId, ct), files, http, ct);

    private static async Task<IResult> SendAsync(AgreementDocument document, IFileStore files, HttpContext http, CancellationToken ct)
    {
        if (await files.OpenSharedAsync(FileOwners.Federation, document.FileId, ct) is not { } opened) throw new DomainException(PlatformErrors.NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }

    private static async Task<Created<ObjectiveDto>> AddObjective(Guid agreementId, ObjectiveInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var o = await PartnershipCommands.AddObjectiveAsync(p.Work, agreementId, input, ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}", new ObjectiveDto(o.Id, o.Title,
            o.Indicators.Select(i => new IndicatorDto(i.Id, i.Name, i.Unit, i.Baseline, i.Target, i.Current, i.MeasuredOn)).ToList()));
    }

    private static async Task<Ok<IndicatorDto>> Measure(Guid agreementId, Guid indicatorId, MeasureInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var i = await PartnershipCommands.MeasureAsync(p.Work, agreementId, indicatorId, input, ct);
        return TypedResults.Ok(new IndicatorDto(i.Id, i.Name, i.Unit, i.Baseline, i.Target, i.Current, i.MeasuredOn));
    }

    private static async Task<Created<PlanDto>> CreatePlan(Guid agreementId, PlanInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var plan = await PartnershipCommands.CreatePlanAsync(p.Work, agreementId, input, ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}", new PlanDto(plan.Id, plan.Title, plan.StartsOn, []));
    }

    private static ActionDto ToDto(PlanAction x, DateOnly today) => new(x.Id, x.Title, x.OwnerSide.ToString(), x.OwnerName, x.OwnerContactId, x.DueOn, x.Status.ToString(),
        x.IsOpen && x.DueOn < today, [], x.Version);

    private static async Task<Created<ActionDto>> AddAction(Guid agreementId, Guid planId, ActionInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var action = await PartnershipCommands.AddActionAsync(p.Work, agreementId, planId, input, ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}", ToDto(action, p.Clock.Today()));
    }

    private static async Task<Ok<ActionDto>> UpdateAction(Guid agreementId, Guid actionId, ActionInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await PartnershipCommands.UpdateActionAsync(p.Work, agreementId, actionId, input, ct), p.Clock.Today()));

    private static async Task<Created<NoteDto>> AddNote(Guid agreementId, Guid actionId, NoteInput input, [AsParameters] CoopWorkParameters p, CancellationToken ct)
    {
        var n = await PartnershipCommands.AddNoteAsync(p.Work, agreementId, actionId, input, ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}", new NoteDto(n.Id, n.WrittenAt, n.Author, n.Text));
    }

    private static async Task<Created<ConsultationDto>> RecordConsultation(Guid agreementId, ConsultationInput input, [AsParameters] CoopWorkParameters p, ICadreRecommendations cadre,
        CancellationToken ct)
    {
        var e = await PartnershipCommands.RecordConsultationAsync(p.Work, cadre, agreementId, input, ct);
        var detail = await PartnershipQueries.DetailAsync(p.Db, cadre, agreementId, p.Clock.Today(), ct);
        return TypedResults.Created($"{Root}/agreements/{agreementId}", detail.Consultations.Single(c => c.Id == e.Id));
    }

    private static async Task<Ok<IReadOnlyList<CadreRecommendation>>> Recommendations(ICadreRecommendations cadre, CancellationToken ct) =>
        TypedResults.Ok(await cadre.PublishedAsync(ct));

    private static async Task<Ok<Page<AgreementListItem>>> CoopList(Guid coopId, FederationDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await PartnershipQueries.CoopAgreementsAsync(db, coopId, clock.Today(), PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<AgreementDetail>> CoopGet(Guid coopId, Guid agreementId, FederationDbContext db, ICadreRecommendations cadre, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await PartnershipQueries.CoopDetailAsync(db, cadre, coopId, agreementId, clock.Today(), ct));

    private static async Task<IResult> CoopDownload(Guid coopId, Guid agreementId, Guid documentId, FederationDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
        await SendAsync(await PartnershipQueries.CoopDocumentAsync(db, coopId, agreementId, documentId, ct), files, http, ct);
}
