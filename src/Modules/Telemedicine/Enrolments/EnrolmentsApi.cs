using CoopSante.Federation.Contracts;
using CoopSante.Membership.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>Staff enrol households of their coop; the member does the same in the portal. Same feature code behind both.</summary>
internal static class EnrolmentsApi
{
    public static void Map(RouteGroupBuilder coop, RouteGroupBuilder api)
    {
        var staff = coop.MapGroup("").RequireAuthorization(TelemedicinePolicies.CanManageEnrolments).AddEndpointFilter(NoStore);
        staff.MapGet("/enrolments", List).WithSummary("The coop's enrolments, newest first (paged; q = name or member number, status).");
        staff.MapGet("/enrolments/{id:guid}", Get).WithSummary("One enrolment: people covered, consent, PAD agreement (account masked), dated changes.");
        staff.MapPost("/enrolments", Enrol).ProducesConflict().WithSummary("Enrols a member's household: good standing, family rule on the coverage date, consent, PAD or counter.");
        staff.MapPost("/enrolments/{id:guid}/cancel", Cancel).ProducesConflict().WithSummary("Cancels: coverage ends at the end of the paid period (default: end of this month).");
        staff.MapPost("/enrolments/{id:guid}/people", ChangePeople).ProducesConflict()
            .WithSummary("Adds household people (family rule checked on that date) or stops covering some, from a date: dated, audited, in the roster's delta.");
        staff.MapGet("/enrolments/{id:guid}/pad-agreement.pdf", PadPdf).WithSummary("The PAD agreement the payor accepted (PDF).");
        staff.MapGet("/members/{memberId:guid}/household", Preview).WithSummary("A member's household with each person's eligibility on a date (the wizard's first step).");

        var portal = api.MapGroup("/portal/me/telemedicine").RequireAuthorization(Policies.IsSignedIn).AddEndpointFilter(RequireMember).WithTags("Portal").ProducesSignedInProblems();
        portal.MapGet("", MyEnrolment).WithSummary("My household's telemedicine enrolment and who may be covered.");
        portal.MapPost("", EnrolMe).ProducesConflict().WithSummary("Enrols my family (consent and PAD agreement accepted by me).");
        portal.MapPost("/cancel", CancelMine).ProducesConflict().WithSummary("Cancels my enrolment at the end of the paid period.");
        portal.MapPost("/people", ChangeMyPeople).ProducesConflict().WithSummary("Adds people of my household, or stops covering some, from a date (same rules as staff).");
        portal.MapGet("/pad-agreement.pdf", MyPadPdf).WithSummary("My PAD agreement (PDF).");
    }

    internal static EnrolmentServices Services(HttpContext http, TelemedicineDbContext db) => new(db,
        http.RequestServices.GetRequiredService<IAuditTrail>(), http.RequestServices.GetRequiredService<IMemberStandings>(),
        http.RequestServices.GetRequiredService<IMemberHouseholds>(), http.RequestServices.GetRequiredService<IFileStore>(),
        http.RequestServices.GetRequiredService<ICoopLetterheads>(), http.RequestServices.GetRequiredService<ICurrentUser>(),
        http.RequestServices.GetRequiredService<TimeProvider>());

    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    private static async Task<Ok<Page<EnrolmentListItem>>> List(TelemedicineDbContext db, string? q, EnrolmentStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await EnrolmentQueries.ListAsync(db, q, status, PageRequest.From(page, pageSize), ct));

    private static async Task<Ok<EnrolmentDto>> Get(Guid id, TelemedicineDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await EnrolmentQueries.GetAsync(db, id, ct) ?? throw new DomainException(TelemedicineErrors.EnrolmentNotFound));

    private static async Task<Created<EnrolmentDto>> Enrol(Guid coopId, EnrolRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        var e = await EnrolmentCommands.EnrolAsync(Services(http, db), coopId, request, EnrolmentChannel.Staff, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/telemedicine/enrolments/{e.Id}", (await EnrolmentQueries.GetAsync(db, e.Id, ct))!);
    }

    private static async Task<Ok<EnrolmentDto>> Cancel(Guid id, CancelRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        await EnrolmentCommands.CancelAsync(Services(http, db), id, request, paidThrough: null, ct);
        return TypedResults.Ok((await EnrolmentQueries.GetAsync(db, id, ct))!);
    }

    private static async Task<Ok<EnrolmentDto>> ChangePeople(Guid id, ChangePeopleRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        await HouseholdChanges.ChangeAsync(Services(http, db), id, request, EnrolmentChannel.Staff, ct);
        return TypedResults.Ok((await EnrolmentQueries.GetAsync(db, id, ct))!);
    }

    private static async Task<FileStreamHttpResult> PadPdf(Guid coopId, Guid id, TelemedicineDbContext db, IFileStore files, CancellationToken ct)
    {
        var fileId = await db.PadAgreements.AsNoTracking().Where(p => p.EnrolmentId == id && p.FileId != null).OrderByDescending(p => p.AcceptedAt)
            .Select(p => p.FileId).FirstOrDefaultAsync(ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var opened = await files.OpenAsync(coopId, fileId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        return TypedResults.Stream(opened.Content, "application/pdf", opened.File.FileName);
    }

    private static async Task<Ok<HouseholdPreview>> Preview(Guid coopId, Guid memberId, DateOnly? on, HttpContext http, TelemedicineDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await EnrolmentCommands.PreviewAsync(Services(http, db), coopId, memberId, on, ct));

    // The portal: the member acts for their own household only; the member id comes from their account, never from the body.

    internal sealed record MyTelemedicine(EnrolmentDto? Enrolment, HouseholdPreview Household);

    internal static async ValueTask<object?> RequireMember(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        if (!user.EffectiveRolesInActiveCoop.Contains(Role.Member)) return Problems.Result(context.HttpContext, PlatformErrors.Forbidden);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    internal static async Task<MemberStanding> MeAsync(ICurrentUser user, IMemberStandings standings, CancellationToken ct) =>
        user is { ActiveCoopId: { } coop, UserId: { } userId } && await standings.FindByUserAsync(coop, userId, ct) is { } me
            ? me : throw new DomainException(TelemedicineErrors.NotAMember);

    private static async Task<Ok<MyTelemedicine>> MyEnrolment(DateOnly? on, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        var s = Services(http, db);
        var me = await MeAsync(s.User, s.Standings, ct);
        return TypedResults.Ok(new MyTelemedicine(await EnrolmentQueries.LatestOfMemberAsync(db, me.MemberId, ct), await EnrolmentCommands.PreviewAsync(s, me.CoopId, me.MemberId, on, ct)));
    }

    private static async Task<Created<EnrolmentDto>> EnrolMe(EnrolRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        var s = Services(http, db);
        var me = await MeAsync(s.User, s.Standings, ct);
        var e = await EnrolmentCommands.EnrolAsync(s, me.CoopId, request with { MemberId = me.MemberId, ConsentChannel = ConsentChannel.Portal }, EnrolmentChannel.Portal, ct);
        return TypedResults.Created("/api/v1/portal/me/telemedicine", (await EnrolmentQueries.GetAsync(db, e.Id, ct))!);
    }

    private static async Task<Ok<EnrolmentDto>> CancelMine(CancelRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        var s = Services(http, db);
        var me = await MeAsync(s.User, s.Standings, ct);
        var id = await db.Enrolments.Where(e => e.MemberId == me.MemberId && e.Status == EnrolmentStatus.Active).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(TelemedicineErrors.EnrolmentNotFound);
        // A member chooses when to stop only within what is paid: the end date is the platform's, not theirs.
        await EnrolmentCommands.CancelAsync(s, id, request with { EndsOn = null }, await Portal.PortalInvoices.PaidThroughAsync(db, id, s.Clock.Today(), ct), ct);
        return TypedResults.Ok((await EnrolmentQueries.GetAsync(db, id, ct))!);
    }

    private static async Task<Ok<EnrolmentDto>> ChangeMyPeople(ChangePeopleRequest request, HttpContext http, TelemedicineDbContext db, CancellationToken ct)
    {
        var s = Services(http, db);
        var me = await MeAsync(s.User, s.Standings, ct);
        var id = await db.Enrolments.Where(e => e.MemberId == me.MemberId && e.Status == EnrolmentStatus.Active).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(TelemedicineErrors.EnrolmentNotFound);
        await HouseholdChanges.ChangeAsync(s, id, request, EnrolmentChannel.Portal, ct);
        return TypedResults.Ok((await EnrolmentQueries.GetAsync(db, id, ct))!);
    }

    private static async Task<FileStreamHttpResult> MyPadPdf(HttpContext http, TelemedicineDbContext db, IFileStore files, CancellationToken ct)
    {
        var s = Services(http, db);
        var me = await MeAsync(s.User, s.Standings, ct);
        var fileId = await (from p in db.PadAgreements join e in db.Enrolments on p.EnrolmentId equals e.Id
                            where e.MemberId == me.MemberId && p.FileId != null orderby p.AcceptedAt descending select p.FileId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        var opened = await files.OpenAsync(me.CoopId, fileId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        return TypedResults.Stream(opened.Content, "application/pdf", opened.File.FileName);
    }
}
