using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Meetings;

/// <summary>Failures of general meetings; messages in MeetingsText under the same keys.</summary>
internal static class MeetingErrors
{
    public static readonly ErrorCode MeetingNotFound = new("Meetings.MeetingNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode DateInPast = new("Meetings.DateInPast");
    public static readonly ErrorCode AgendaRequired = new("Meetings.AgendaRequired");
    public static readonly ErrorCode NoticeTooShort = new("Meetings.NoticeTooShort", ErrorKind.Unprocessable);
    public static readonly ErrorCode NotEditable = new("Meetings.NotEditable", ErrorKind.Conflict);
    public static readonly ErrorCode StatusChangeNotAllowed = new("Meetings.StatusChangeNotAllowed", ErrorKind.Conflict);
    public static readonly ErrorCode NotInSession = new("Meetings.NotInSession", ErrorKind.Conflict);
    public static readonly ErrorCode NotAVoter = new("Meetings.NotAVoter", ErrorKind.Unprocessable);
    public static readonly ErrorCode AlreadyCheckedIn = new("Meetings.AlreadyCheckedIn", ErrorKind.Conflict);
    public static readonly ErrorCode SupportingSeatsExceedOneThird = new("Meetings.SupportingSeatsExceedOneThird", ErrorKind.Unprocessable);
    public static readonly ErrorCode SeatsExceedBoardSize = new("Meetings.SeatsExceedBoardSize", ErrorKind.Unprocessable);
    public static readonly ErrorCode CandidatesRequired = new("Meetings.CandidatesRequired");
    public static readonly ErrorCode CandidateNotEligible = new("Meetings.CandidateNotEligible", ErrorKind.Unprocessable);
    public static readonly ErrorCode DuplicateCandidate = new("Meetings.DuplicateCandidate");
    public static readonly ErrorCode ElectionTie = new("Meetings.ElectionTie", ErrorKind.Unprocessable);
    public static readonly ErrorCode ElectionAlreadyRecorded = new("Meetings.ElectionAlreadyRecorded", ErrorKind.Conflict);
    public static readonly ErrorCode VotesInvalid = new("Meetings.VotesInvalid");
    public static readonly ErrorCode ResolutionNumberTaken = new("Meetings.ResolutionNumberTaken", ErrorKind.Conflict);
    public static readonly ErrorCode FiscalYearInvalid = new("Meetings.FiscalYearInvalid");
}
