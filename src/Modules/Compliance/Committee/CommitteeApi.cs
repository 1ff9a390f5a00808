using System.Globalization;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Committee;

internal sealed record CommitteeWorkParameters(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock)
{
    public CommitteeWork Work => new(Db, Audit, Clock);
}

/// <summary>The follow-up committee: federation staff read; federation admins keep it.</summary>
internal static class CommitteeApi
{
    public static IEndpointRouteBuilder MapCommitteeApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1/compliance/committee").WithTags("Compliance").ProducesSignedInProblems();
        var read = root.MapGroup("").RequireAuthorization(Policies.IsFederationStaff);
        var keep = root.MapGroup("").RequireAuthorization(Policies.IsFederationAdmin).ProducesConflict();
        read.MapGet("/members", Members).WithSummary("Pages through the committee's members.");
        keep.MapPost("/members", AddMember).WithSummary("Adds a member (internal or external).");
        keep.MapPut("/members/{memberId:guid}", UpdateMember).WithSummary("Changes a member (e.g. the date they left).");
        read.MapGet("/meetings", Meetings).WithSummary("Pages through the meetings, newest first.");
        read.MapGet("/meetings/{meetingId:guid}", Meeting).WithSummary("A meeting with its decisions and follow-up items.");
        read.MapGet("/meetings/{meetingId:guid}/minutes.pdf", Minutes).WithSummary("The meeting's minutes as PDF.");
        keep.MapPost("/meetings", AddMeeting).WithSummary("Adds a meeting with its agenda.");
        keep.MapPut("/meetings/{meetingId:guid}", UpdateMeeting).WithSummary("Changes a meeting (agenda, minutes); `version` must be the one read.");
        keep.MapPost("/meetings/{meetingId:guid}/decisions", AddDecision).WithSummary("Records a decision of the meeting.");
        keep.MapPost("/decisions/{decisionId:guid}/follow-ups", AddFollowUp).WithSummary("Adds a follow-up item (owner, due date, recommendation or coop).");
        keep.MapPut("/decisions/{decisionId:guid}/follow-ups/{followUpId:guid}", UpdateFollowUp).WithSummary("Changes or closes a follow-up item; `version` must be the one read.");
        read.MapGet("/follow-ups", FollowUps).WithSummary("Pages through the follow-up items, open ones first, by due date.");
        return app;
    }

    public static async Task<Page<MemberDto>> MemberPageAsync(ComplianceDbContext db, PageRequest request, CancellationToken ct) =>
        (await db.CommitteeMembers.AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Name).ToPageAsync(request, ct))
            .Map(m => new MemberDto(m.Id, m.Name, m.Organization, m.IsExternal, m.JoinedOn, m.LeftOn));

    private static async Task<Ok<Page<MemberDto>>> Members(ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await MemberPageAsync(db, PageRequest.From(page, pageSize), ct));

    private static MemberDto Dto(CommitteeMember m) => new(m.Id, m.Name, m.Organization, m.IsExternal, m.JoinedOn, m.LeftOn);

    private static async Task<Created<MemberDto>> AddMember(MemberInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct) =>
        TypedResults.Created("/api/v1/compliance/committee/members", Dto(await CommitteeRules.SaveMemberAsync(p.Work, null, input, ct)));

    private static async Task<Ok<MemberDto>> UpdateMember(Guid memberId, MemberInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(Dto(await CommitteeRules.SaveMemberAsync(p.Work, memberId, input, ct)));

    private static async Task<Ok<Page<MeetingDto>>> Meetings(ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok((await db.CommitteeMeetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ToPageAsync(PageRequest.From(page, pageSize), ct))
            .Map(m => new MeetingDto(m.Id, m.HeldOn, m.Title, m.Agenda, m.Minutes, m.Version, [])));

    private static async Task<Ok<MeetingDto>> Meeting(Guid meetingId, ComplianceDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CommitteeRules.MeetingAsync(db, meetingId, ct) ?? throw new DomainException(PlatformErrors.NotFound));

    private static async Task<FileContentHttpResult> Minutes(Guid meetingId, ComplianceDbContext db, IStringLocalizer<FrameworkText> t, CancellationToken ct)
    {
        var m = await CommitteeRules.MeetingAsync(db, meetingId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var members = (await MemberPageAsync(db, PageRequest.From(1, PageRequest.MaxPageSize), ct)).Items.Where(x => x.LeftOn is null || x.LeftOn >= m.HeldOn).ToList();
        return TypedResults.File(CommitteeRules.MinutesPdf(m, members, k => t[k], CultureInfo.CurrentUICulture), "application/pdf", "comite-" + m.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".pdf");
    }

    private static async Task<Created<MeetingDto>> AddMeeting(MeetingInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct)
    {
        var m = await CommitteeRules.SaveMeetingAsync(p.Work, null, input, ct);
        return TypedResults.Created($"/api/v1/compliance/committee/meetings/{m.Id}", (await CommitteeRules.MeetingAsync(p.Db, m.Id, ct))!);
    }

    private static async Task<Ok<MeetingDto>> UpdateMeeting(Guid meetingId, MeetingInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct)
    {
        await CommitteeRules.SaveMeetingAsync(p.Work, meetingId, input, ct);
        return TypedResults.Ok((await CommitteeRules.MeetingAsync(p.Db, meetingId, ct))!);
    }

    private static async Task<Created<DecisionDto>> AddDecision(Guid meetingId, DecisionInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct)
    {
        var d = await CommitteeRules.AddDecisionAsync(p.Work, meetingId, input, ct);
        return TypedResults.Created($"/api/v1/compliance/committee/meetings/{meetingId}", new DecisionDto(d.Id, d.Text, []));
    }

    private static async Task<Created<FollowUpDto>> AddFollowUp(Guid decisionId, FollowUpInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct) =>
        TypedResults.Created("/api/v1/compliance/committee/follow-ups", FollowUpDto.From(await CommitteeRules.SaveFollowUpAsync(p.Work, decisionId, null, input, ct)));

    private static async Task<Ok<FollowUpDto>> UpdateFollowUp(Guid decisionId, Guid followUpId, FollowUpInput input, [AsParameters] CommitteeWorkParameters p, CancellationToken ct) =>
        TypedResults.Ok(FollowUpDto.From(await CommitteeRules.SaveFollowUpAsync(p.Work, decisionId, followUpId, input, ct)));

    private static async Task<Ok<Page<FollowUpDto>>> FollowUps(ComplianceDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok((await db.FollowUpItems.AsNoTracking().OrderBy(f => f.Status).ThenBy(f => f.DueOn).ToPageAsync(PageRequest.From(page, pageSize), ct)).Map(FollowUpDto.From));
}
