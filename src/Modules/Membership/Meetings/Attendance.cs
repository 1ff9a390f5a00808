using CoopSante.Membership.Register;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

internal sealed record CheckInRequest(Guid MemberId);

internal sealed record DoorCandidate(Guid MemberId, int MemberNumber, string FamilyName, string GivenName, MemberCategory Category, bool Present);

internal sealed record DoorView(IReadOnlyList<DoorCandidate> Matches, AttendanceTally Tally);

/// <summary>Check-in at the door: voters only (as of the meeting date), once each; the count and the quorum follow live.</summary>
internal static class Attendance
{
    public const int MaxMatches = 20;

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{meetingId:guid}/attendance", Door)
            .WithSummary("Searches the voters of the meeting (accent-insensitive) and gives the running count and quorum.");
        meetings.MapPost("/{meetingId:guid}/attendance", CheckIn)
            .WithSummary("Ticks a voter present; once per meeting.");
    }

    public static async Task<Ok<DoorView>> Door(Guid meetingId, MembershipDbContext db, CancellationToken ct, string? q = null) =>
        TypedResults.Ok(await DoorAsync(db, meetingId, q, ct));

    public static async Task<Ok<AttendanceTally>> CheckIn(Guid meetingId, CheckInRequest request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await CheckInAsync(db, audit, user, clock, meetingId, request.MemberId, ct));

    public static async Task<DoorView> DoorAsync(MembershipDbContext db, Guid meetingId, string? q, CancellationToken ct)
    {
        if (q is { Length: > 200 }) throw new DomainException(PlatformErrors.TooLong.At("q", 200));
        var meeting = await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new DomainException(MeetingErrors.MeetingNotFound);
        var voters = await Voters.AsOfAsync(db, meeting.Date, ct);
        var present = (await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meetingId).Select(a => a.MemberId).ToListAsync(ct)).ToHashSet();
        var terms = SearchText.Query(q);
        var matches = terms.IsEmpty ? [] : voters
            .Where(v => terms.Matches(v.SearchText, v.MemberNumber))
            .Take(MaxMatches)
            .Select(v => new DoorCandidate(v.Id, v.MemberNumber, v.FamilyName, v.GivenName, v.Category, present.Contains(v.Id)))
            .ToList();
        var bylaws = await db.Bylaws.InForceAsync(meeting.Date, ct);
        var tally = Tally(bylaws, voters.Count, voters.Count(v => present.Contains(v.Id)));
        return new DoorView(matches, tally);
    }

    public static async Task<AttendanceTally> CheckInAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid meetingId, Guid memberId, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        MeetingsApi.EnsureInSession(meeting);
        var voters = await Voters.AsOfAsync(db, meeting.Date, ct);
        var voter = voters.FirstOrDefault(v => v.Id == memberId) ?? throw new DomainException(MeetingErrors.NotAVoter.At("memberId"));
        var attendance = db.Set<MeetingAttendance>();
        if (await attendance.AnyAsync(a => a.MeetingId == meetingId && a.MemberId == memberId, ct)) throw new DomainException(MeetingErrors.AlreadyCheckedIn.At("memberId"));
        attendance.Add(new MeetingAttendance { Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MeetingId = meetingId, MemberId = memberId, CheckedInAt = clock.GetUtcNow(), CheckedInBy = user.UserId });
        try
        {
            await db.SaveChangesAndAuditAsync(audit, MeetingsApi.Audit(meeting, "checkIn", new { What = "checkIn", voter.MemberNumber }), ct);
        }
        catch (DbUpdateException)
        {
            // Two tablets ticked the same voter at once: the unique index kept one.
            db.ChangeTracker.Clear();
            if (await attendance.AnyAsync(a => a.MeetingId == meetingId && a.MemberId == memberId, ct)) throw new DomainException(MeetingErrors.AlreadyCheckedIn.At("memberId"));
            throw;
        }
        var present = await attendance.CountAsync(a => a.MeetingId == meetingId, ct);
        return Tally(await db.Bylaws.InForceAsync(meeting.Date, ct), voters.Count, present);
    }

    internal static async Task<AttendanceTally> TallyAsync(MembershipDbContext db, Meeting meeting, CancellationToken ct)
    {
        var present = await db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == meeting.Id, ct);
        if (meeting.Status == MeetingStatus.Draft) return Tally(await db.Bylaws.InForceAsync(meeting.Date, ct), 0, present);
        var voters = await Voters.AsOfAsync(db, meeting.Date, ct);
        return Tally(await db.Bylaws.InForceAsync(meeting.Date, ct), voters.Count, present);
    }

    private static AttendanceTally Tally(BylawsVersion? bylaws, int voters, int present) =>
        AttendanceTally.Of(bylaws?.QuorumKind ?? QuorumKind.Number, bylaws?.QuorumValue ?? 0, voters, present);
}
