using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>Failures of vote suspensions, directors, notices, minutes and special meetings; messages in MeetingOpsText under the same keys.</summary>
internal static class MeetingOpsErrors
{
    public static readonly ErrorCode NotAnActiveMember = new("MeetingOps.NotAnActiveMember", ErrorKind.Unprocessable);
    public static readonly ErrorCode VoteAlreadySuspended = new("MeetingOps.VoteAlreadySuspended", ErrorKind.Conflict);
    public static readonly ErrorCode SuspensionNotFound = new("MeetingOps.SuspensionNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode AlreadyContested = new("MeetingOps.AlreadyContested", ErrorKind.Conflict);
    public static readonly ErrorCode ContestTooLate = new("MeetingOps.ContestTooLate", ErrorKind.Unprocessable);
    public static readonly ErrorCode AlreadyLifted = new("MeetingOps.AlreadyLifted", ErrorKind.Conflict);
    public static readonly ErrorCode DirectorNotFound = new("MeetingOps.DirectorNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode TermInvalid = new("MeetingOps.TermInvalid");
    public static readonly ErrorCode WholeBoardSupportingOverOneThird = new("MeetingOps.WholeBoardSupportingOverOneThird", ErrorKind.Unprocessable);
    public static readonly ErrorCode WholeBoardOverSize = new("MeetingOps.WholeBoardOverSize", ErrorKind.Unprocessable);
    public static readonly ErrorCode NoMembersToConvene = new("MeetingOps.NoMembersToConvene", ErrorKind.Unprocessable);
    public static readonly ErrorCode SpecialRequestBelowThreshold = new("MeetingOps.SpecialRequestBelowThreshold", ErrorKind.Unprocessable);
    public static readonly ErrorCode MinutesBeforeHeld = new("MeetingOps.MinutesBeforeHeld", ErrorKind.Conflict);
    public static readonly ErrorCode MinutesAlreadyApproved = new("MeetingOps.MinutesAlreadyApproved", ErrorKind.Conflict);
    public static readonly ErrorCode MinutesNotDrafted = new("MeetingOps.MinutesNotDrafted", ErrorKind.Conflict);
}
