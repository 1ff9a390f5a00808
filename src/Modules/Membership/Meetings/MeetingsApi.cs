using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>What a meeting is: kind, Québec date and time, place and ordered agenda. <c>Version</c> on updates only.</summary>
/// <summary><c>RequestSignatures</c>/<c>RequestReceivedOn</c>: a special meeting required by members (s. 77).</summary>
internal sealed record MeetingInput(MeetingKind Kind, DateOnly Date, TimeOnly StartTime, string? Place, int? FiscalYear, IReadOnlyList<string>? Agenda, int? Version = null,
    int? RequestSignatures = null, DateOnly? RequestReceivedOn = null);

internal sealed record VersionRequest(int Version);

internal sealed record MeetingStatusRequest(int Version, MeetingStatus Status);

internal sealed record MeetingSummary(Guid Id, int Version, MeetingKind Kind, MeetingStatus Status, DateOnly Date, TimeOnly StartTime, string Place, int? FiscalYear);

internal sealed record CandidateResult(Guid MemberId, string Name, int Votes, bool Elected);

internal sealed record ElectionResult(Guid Id, Model.MemberCategory Category, int Seats, IReadOnlyList<CandidateResult> Candidates);

internal sealed record ResolutionResult(Guid Id, string Number, string Text, int VotesFor, int VotesAgainst, int Abstentions, bool Adopted, bool RequiresTwoThirds);

internal sealed record MeetingDetail(
    Guid Id, int Version, MeetingKind Kind, MeetingStatus Status, DateOnly Date, TimeOnly StartTime, string Place, int? FiscalYear,
    IReadOnlyList<string> Agenda, DateTimeOffset? ConvenedAt, int NoticesSent, AttendanceTally Attendance,
    IReadOnlyList<ElectionResult> Elections, IReadOnlyList<ResolutionResult> Resolutions,
    Guid CoopId, int MailNotices, string? Minutes, DateTimeOffset? MinutesDraftedAt, DateTimeOffset? MinutesApprovedAt,
    int? RequestSignatures, DateOnly? RequestReceivedOn);

/// <summary>General meetings: scheduling, convocation, status. Attendance, elections and resolutions have their own files.</summary>
internal static class MeetingsApi
{
    public const int MaxAgendaItems = 50;

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("", List).WithSummary("Pages through the coop's general meetings, latest first.");
        meetings.MapPost("", Create).WithSummary("Schedules an annual or special general meeting (draft).");
        meetings.MapGet("/{meetingId:guid}", Get).WithSummary("A meeting with agenda, attendance, elections and resolutions.");
        meetings.MapPut("/{meetingId:guid}", Update).WithSummary("Changes a draft meeting's date, place or agenda.");
        meetings.MapPost("/{meetingId:guid}/status", ChangeStatus).WithSummary("Marks a convened meeting held, or a held meeting closed.");
    }

    public static async Task<Ok<Page<MeetingSummary>>> List(MembershipDbContext db, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await db.Set<Meeting>().AsNoTracking().OrderByDescending(m => m.Date).ThenByDescending(m => m.CreatedAt)
            .Select(m => new MeetingSummary(m.Id, m.Version, m.Kind, m.Status, m.Date, m.StartTime, m.Place, m.FiscalYear))
            .ToPageAsync(PageRequest.From(page, pageSize), ct));

    public static async Task<Created<MeetingDetail>> Create(Guid coopId, MeetingInput request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var (place, agenda, fiscalYear) = await ValidateAsync(db, clock, request, ct);
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, Kind = request.Kind, Date = request.Date, StartTime = request.StartTime, Place = place,
            FiscalYear = fiscalYear, CreatedAt = clock.GetUtcNow(),
        };
        (meeting.RequestSignatures, meeting.RequestReceivedOn) = await Governance.SpecialMeetingRequests.ValidateAsync(db, clock, request, ct);
        meeting.Agenda = Items(meeting, agenda);
        db.Add(meeting);
        await db.SaveChangesAndAuditAsync(audit, Audit(meeting, "created"), ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/meetings/{meeting.Id}", await DetailAsync(db, meeting.Id, ct));
    }

    public static async Task<Ok<MeetingDetail>> Get(Guid meetingId, MembershipDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DetailAsync(db, meetingId, ct));

    public static async Task<Ok<MeetingDetail>> Update(Guid meetingId, MeetingInput request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await FindAsync(db, meetingId, ct);
        if (request.Version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        if (meeting.Status != MeetingStatus.Draft) throw new DomainException(MeetingErrors.NotEditable);
        var (place, agenda, fiscalYear) = await ValidateAsync(db, clock, request, ct);
        (meeting.RequestSignatures, meeting.RequestReceivedOn) = await Governance.SpecialMeetingRequests.ValidateAsync(db, clock, request, ct);
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version.Value;
        meeting.Kind = request.Kind; meeting.Date = request.Date; meeting.StartTime = request.StartTime; meeting.Place = place; meeting.FiscalYear = fiscalYear;
        db.RemoveRange(meeting.Agenda);
        var items = Items(meeting, agenda);
        // Added explicitly: EF would take items with a key already set for existing rows.
        db.AddRange(items);
        meeting.Agenda = items;
        // The agenda lives in its own rows: touch the meeting so that its version moves and guards the whole.
        db.Entry(meeting).State = EntityState.Modified;
        await db.SaveChangesAndAuditAsync(audit, Audit(meeting, "updated"), ct);
        return TypedResults.Ok(await DetailAsync(db, meetingId, ct));
    }

    public static async Task<Ok<MeetingDetail>> ChangeStatus(Guid meetingId, MeetingStatusRequest request, MembershipDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var meeting = await FindAsync(db, meetingId, ct);
        var allowed = (meeting.Status, request.Status) is (MeetingStatus.Convened, MeetingStatus.Held) or (MeetingStatus.Held, MeetingStatus.Closed);
        if (!allowed) throw new DomainException(MeetingErrors.StatusChangeNotAllowed.At("status"));
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.Status = request.Status;
        await db.SaveChangesAndAuditAsync(audit, Audit(meeting, request.Status.ToString()), ct);
        return TypedResults.Ok(await DetailAsync(db, meetingId, ct));
    }

    internal static async Task<Meeting> FindAsync(MembershipDbContext db, Guid meetingId, CancellationToken ct) =>
        await db.Set<Meeting>().Include(m => m.Agenda).FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new DomainException(MeetingErrors.MeetingNotFound);

    /// <summary>Meetings where the door is open and votes are taken.</summary>
    internal static void EnsureInSession(Meeting meeting)
    {
        if (meeting.Status is not (MeetingStatus.Convened or MeetingStatus.Held)) throw new DomainException(MeetingErrors.NotInSession);
    }

    internal static AuditEntry Audit(Meeting m, string what, object? details = null) =>
        new(AuditEventType.MeetingChanged, "Meeting", m.Id.ToString(), m.CoopId, details ?? new { What = what, m.Kind, m.Status, m.Date, m.Place });

    private static List<MeetingAgendaItem> Items(Meeting meeting, IReadOnlyList<string> agenda) =>
        agenda.Select((title, i) => new MeetingAgendaItem { Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MeetingId = meeting.Id, Position = i + 1, Title = title }).ToList();

    private static async Task<(string Place, IReadOnlyList<string> Agenda, int? FiscalYear)> ValidateAsync(MembershipDbContext db, TimeProvider clock, MeetingInput request, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var today = clock.Today();
        if (!Enum.IsDefined(request.Kind)) failures.Add(PlatformErrors.InvalidValue.At("kind"));
        if (request.Date < today) failures.Add(MeetingErrors.DateInPast.At("date"));
        else if (request.Date > today.AddYears(3)) failures.Add(PlatformErrors.InvalidValue.At("date"));
        var place = request.Place?.Trim() ?? "";
        if (place.Length == 0) failures.Add(PlatformErrors.Required.At("place"));
        else if (place.Length > 300) failures.Add(PlatformErrors.TooLong.At("place", 300));
        var agenda = (request.Agenda ?? []).Select(a => a?.Trim() ?? "").ToList();
        if (agenda.Count == 0) failures.Add(MeetingErrors.AgendaRequired.At("agenda"));
        else if (agenda.Count > MaxAgendaItems) failures.Add(PlatformErrors.InvalidValue.At("agenda"));
        for (var i = 0; i < agenda.Count && i < MaxAgendaItems; i++)
        {
            if (agenda[i].Length == 0) failures.Add(PlatformErrors.Required.At($"agenda[{i}]"));
            else if (agenda[i].Length > 300) failures.Add(PlatformErrors.TooLong.At($"agenda[{i}]", 300));
        }
        int? fiscalYear = null;
        if (request.Kind == MeetingKind.Annual && failures.Count == 0)
        {
            var bylaws = await db.Bylaws.InForceAsync(request.Date, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
            var lastEnded = MeetingDeadlines.LastEndedFiscalYear(request.Date, bylaws.FiscalYearEndMonth, bylaws.FiscalYearEndDay);
            fiscalYear = request.FiscalYear ?? lastEnded;
            if (fiscalYear > lastEnded || fiscalYear < lastEnded - 5) failures.Add(MeetingErrors.FiscalYearInvalid.At("fiscalYear"));
        }
        DomainException.ThrowIfAny(failures);
        return (place, agenda, fiscalYear);
    }

    internal static async Task<MeetingDetail> DetailAsync(MembershipDbContext db, Guid meetingId, CancellationToken ct)
    {
        var m = await db.Set<Meeting>().AsNoTracking().Include(x => x.Agenda).FirstOrDefaultAsync(x => x.Id == meetingId, ct)
            ?? throw new DomainException(MeetingErrors.MeetingNotFound);
        var tally = await Attendance.TallyAsync(db, m, ct);
        var elections = await db.Set<BoardElection>().AsNoTracking().Include(e => e.Candidates).Where(e => e.MeetingId == meetingId).OrderBy(e => e.Category).ToListAsync(ct);
        var resolutions = await db.Set<MeetingResolution>().AsNoTracking().Where(r => r.MeetingId == meetingId).OrderBy(r => r.Position).ToListAsync(ct);
        return new MeetingDetail(m.Id, m.Version, m.Kind, m.Status, m.Date, m.StartTime, m.Place, m.FiscalYear,
            m.Agenda.OrderBy(a => a.Position).Select(a => a.Title).ToList(), m.ConvenedAt, m.NoticesSent, tally,
            elections.Select(ToResult).ToList(), resolutions.Select(ToResult).ToList(),
            m.CoopId, m.MailNotices, m.Minutes, m.MinutesDraftedAt, m.MinutesApprovedAt, m.RequestSignatures, m.RequestReceivedOn);
    }

    internal static ResolutionResult ToResult(MeetingResolution r) =>
        new(r.Id, r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions, r.Adopted, r.RequiresTwoThirds);

    internal static ElectionResult ToResult(BoardElection e) => new(e.Id, e.Category, e.Seats,
        e.Candidates.OrderByDescending(c => c.Votes).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => new CandidateResult(c.MemberId, c.Name, c.Votes, c.Elected)).ToList());
}
