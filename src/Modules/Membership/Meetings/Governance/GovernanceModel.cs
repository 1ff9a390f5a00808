using System.Text.Json.Serialization;
using CoopSante.Membership.Model;
using CoopSante.Platform.Data;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>
/// The board's suspension of a member's right to vote (s. 60.2): a dated board decision with its resolution and grounds,
/// which the member may contest within <see cref="VoteSuspensionRules.ContestDays"/> days of being notified; lifted by dating it.
/// </summary>
internal sealed class VoteSuspension : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid MemberId { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string ResolutionNumber { get; set; } = "";
    public string Grounds { get; set; } = "";
    /// <summary>When the member was told of the decision; the contest window runs from it.</summary>
    public DateOnly NotifiedOn { get; set; }
    public DateOnly? ContestedOn { get; set; }
    public string? ContestNote { get; set; }
    public DateOnly? LiftedOn { get; set; }
    public string? LiftReason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// A seat on the board, as the register of directors keeps it (s. 124): name, domicile, term and the category the seat
/// represents. Filled by an election or entered by hand (directors elected before the coop used this system).
/// </summary>
internal sealed class Director : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid? MemberId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The director's domicile (address) as the register must give it.</summary>
    public string Domicile { get; set; } = "";
    public MemberCategory Category { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    /// <summary>Set when the director left before the end of the term (resignation, death, replacement).</summary>
    public DateOnly? LeftOn { get; set; }
    public Guid? ElectionId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public bool InOfficeOn(DateOnly day) => TermStart <= day && day < TermEnd && (LeftOn is null || day < LeftOn);
}

/// <summary>How a member receives notices: e-mail when they gave an address and did not refuse e-mail, otherwise mail.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeChannel>))]
internal enum NoticeChannel
{
    Email = 1,
    Mail = 2,
}

/// <summary>One notice of a meeting given to one member, by e-mail (queued in the outbox) or by mail (printed).</summary>
internal sealed class MeetingNoticeRecord : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public NoticeChannel Channel { get; set; }
    /// <summary>The e-mail address, or the postal address on one line, as it was when the notice was given.</summary>
    public string Address { get; set; } = "";
    public DateTimeOffset QueuedAt { get; set; }
}
