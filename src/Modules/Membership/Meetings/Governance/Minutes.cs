using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Membership.Meetings.Governance;

internal sealed record MinutesDraftRequest(int Version, string? Text);

/// <summary>The minutes: drafted once the meeting has been held (never before), then approved, after which they are final.</summary>
internal static class Minutes
{
    public const int MaxLength = 20000;

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPut("/{meetingId:guid}/minutes", Draft).WithSummary("Drafts (or redrafts) the minutes of a meeting that has been held.");
        meetings.MapPost("/{meetingId:guid}/minutes/approve", Approve).WithSummary("Approves the drafted minutes; they can no longer be changed.");
    }

    public static async Task<Ok<MeetingDetail>> Draft(Guid meetingId, MinutesDraftRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await DraftAsync(db, audit, clock, meetingId, request, ct));

    public static async Task<MeetingDetail> DraftAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid meetingId, MinutesDraftRequest request, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        if (meeting.Status is not (MeetingStatus.Held or MeetingStatus.Closed)) throw new DomainException(MeetingOpsErrors.MinutesBeforeHeld);
        if (meeting.MinutesApprovedAt is not null) throw new DomainException(MeetingOpsErrors.MinutesAlreadyApproved);
        var failures = new List<Failure>();
        var text = VoteSuspensions.Text(request.Text, "text", MaxLength, failures);
        DomainException.ThrowIfAny(failures);
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.Minutes = text;
        meeting.MinutesDraftedAt = clock.GetUtcNow();
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MeetingMinutesDrafted, "Meeting", meeting.Id.ToString(), meeting.CoopId, new { Length = text.Length }), ct);
        return await MeetingsApi.DetailAsync(db, meetingId, ct);
    }

    public static async Task<Ok<MeetingDetail>> Approve(Guid meetingId, VersionRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ApproveAsync(db, audit, clock, meetingId, request, ct));

    public static async Task<MeetingDetail> ApproveAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid meetingId, VersionRequest request, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        if (meeting.Status is not (MeetingStatus.Held or MeetingStatus.Closed)) throw new DomainException(MeetingOpsErrors.MinutesBeforeHeld);
        if (meeting.MinutesApprovedAt is not null) throw new DomainException(MeetingOpsErrors.MinutesAlreadyApproved);
        if (string.IsNullOrWhiteSpace(meeting.Minutes)) throw new DomainException(MeetingOpsErrors.MinutesNotDrafted);
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.MinutesApprovedAt = clock.GetUtcNow();
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MeetingMinutesApproved, "Meeting", meeting.Id.ToString(), meeting.CoopId, new { meeting.MinutesApprovedAt }), ct);
        return await MeetingsApi.DetailAsync(db, meetingId, ct);
    }
}
