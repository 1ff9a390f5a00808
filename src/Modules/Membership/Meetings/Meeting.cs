using System.Text.Json.Serialization;
using CoopSante.Membership.Model;
using CoopSante.Platform.Data;

namespace CoopSante.Membership.Meetings;

[JsonConverter(typeof(JsonStringEnumConverter<MeetingKind>))]
internal enum MeetingKind
{
    /// <summary>The annual general meeting (s. 76).</summary>
    Annual = 1,
    /// <summary>A special general meeting (s. 77).</summary>
    Special = 2,
}

/// <summary>Draft → Convened (notice sent) → Held → Closed (minutes final).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
internal enum MeetingStatus
{
    Draft = 1,
    Convened = 2,
    Held = 3,
    Closed = 4,
}

/// <summary>A general meeting of the coop's members, with its agenda, attendance, elections and resolutions.</summary>
internal sealed class Meeting : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public MeetingKind Kind { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Draft;
    /// <summary>Québec local date and time of the meeting.</summary>
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public string Place { get; set; } = "";
    /// <summary>For an AGM: the fiscal year (by its year-end) whose annual report is presented.</summary>
    public int? FiscalYear { get; set; }
    public List<MeetingAgendaItem> Agenda { get; set; } = [];
    public DateTimeOffset? ConvenedAt { get; set; }
    public int NoticesSent { get; set; }
    /// <summary>Notices to print and mail, for members who did not accept e-mail.</summary>
    public int MailNotices { get; set; }
    /// <summary>A special meeting required by members (s. 77): how many members signed the request, and when it was received.</summary>
    public int? RequestSignatures { get; set; }
    public DateOnly? RequestReceivedOn { get; set; }
    /// <summary>The minutes: drafted once the meeting is held, then approved (and no longer editable).</summary>
    public string? Minutes { get; set; }
    public DateTimeOffset? MinutesDraftedAt { get; set; }
    public DateTimeOffset? MinutesApprovedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Convened only once notices were actually given (e-mails queued or notices to mail).</summary>
    public bool NoticesGiven => NoticesSent + MailNotices > 0;
}

internal sealed class MeetingAgendaItem : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MeetingId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
}

/// <summary>A voter ticked present at the door; once per meeting.</summary>
internal sealed class MeetingAttendance : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public DateTimeOffset CheckedInAt { get; set; }
    public Guid? CheckedInBy { get; set; }
}

/// <summary>The election of the board seats of one category at a meeting.</summary>
internal sealed class BoardElection : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MeetingId { get; set; }
    public MemberCategory Category { get; set; }
    public int Seats { get; set; }
    public List<ElectionCandidate> Candidates { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class ElectionCandidate : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid ElectionId { get; set; }
    public Guid MemberId { get; set; }
    /// <summary>Name as on the register when the election was recorded, for the minutes.</summary>
    public string Name { get; set; } = "";
    public int Votes { get; set; }
    public bool Elected { get; set; }
}

/// <summary>A resolution put to the vote: one member, one vote; adopted by a majority of the votes cast.</summary>
internal sealed class MeetingResolution : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MeetingId { get; set; }
    public int Position { get; set; }
    public string Number { get; set; } = "";
    public string Text { get; set; } = "";
    public int VotesFor { get; set; }
    public int VotesAgainst { get; set; }
    public int Abstentions { get; set; }
    /// <summary>
    /// The Act or the by-laws require two thirds of the votes cast (e.g. amending the by-laws or the articles). Not s. 52,
    /// which the code cited before: s. 52 lets the by-laws create categories of auxiliary members. The Act's sections that
    /// require two thirds could not be verified against LégisQuébec here; the flag stays a choice made per resolution.
    /// </summary>
    public bool RequiresTwoThirds { get; set; }
    public bool Adopted { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
