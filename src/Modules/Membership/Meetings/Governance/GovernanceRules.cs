using CoopSante.Membership.Model;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>
/// The right to vote (s. 4(2): one member, one vote, no proxy). A member keeps the vote, whatever shares are still
/// owing on the by-laws' schedule, unless the board suspended it (s. 60.2): a board decision the member may contest
/// within 15 days of being notified, recorded with its resolution.
/// </summary>
internal static class VoteSuspensionRules
{
    public const int ContestDays = 15;

    public static DateOnly ContestDeadline(DateOnly notifiedOn) => notifiedOn.AddDays(ContestDays);

    public static bool SuspendsVoteOn(DateOnly decidedOn, DateOnly? liftedOn, DateOnly day) =>
        decidedOn <= day && (liftedOn is null || day < liftedOn);

    public static bool MayStillBeContested(DateOnly notifiedOn, DateOnly today) => today <= ContestDeadline(notifiedOn);
}

/// <summary>
/// Supporting members hold at most one third of the board's seats, counted over the WHOLE board: the directors whose
/// terms continue (elected in earlier years on staggered terms) plus those elected now.
/// </summary>
internal static class WholeBoardRule
{
    public static bool SupportingMembersHoldAtMostOneThirdOfTheWholeBoard(int boardSize, IEnumerable<MemberCategory> seatsInOffice) =>
        BoardComposition.SupportingMembersHoldAtMostOneThird(boardSize, seatsInOffice);
}

/// <summary>
/// Members may require a special general meeting (s. 77, second paragraph): the board must call one on the request of
/// 500 members where the coop has 2,000 members or more, or of one quarter of its members where it has fewer; the request
/// names the subjects. Checked against LégisQuébec's text of s. 77 as amended by 2003, c. 18, s. 45 (the version the
/// public corpus holds); whether a later amendment changed it could not be checked here, so the figures stay named
/// constants in this one place.
/// </summary>
internal static class SpecialMeetingThreshold
{
    public const int LargeCoopMembers = 2000;
    public const int LargeCoopSignatures = 500;

    public static int SignaturesRequired(int members) =>
        members >= LargeCoopMembers ? LargeCoopSignatures : (members + 3) / 4;

    public static bool RequestIsValid(int members, int signatures) => signatures >= SignaturesRequired(members) && signatures <= members;
}

/// <summary>
/// The votes a resolution needs: a majority of the votes cast, or two thirds of them where the Act or the by-laws
/// require it (e.g. amending the by-laws). Abstentions are not votes cast.
/// </summary>
internal static class TwoThirdsRule
{
    public static bool IsAdopted(int votesFor, int votesAgainst, bool requiresTwoThirds) =>
        requiresTwoThirds ? votesFor > 0 && 3L * votesFor >= 2L * (votesFor + votesAgainst) : votesFor > votesAgainst;
}
