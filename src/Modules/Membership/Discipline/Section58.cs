using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Discipline;

/// <summary>
/// The rules of s. 58 of the Cooperatives Act for excluding or suspending a member: written notice of the grounds and
/// of the board meeting, the member may make representations, a decision by two thirds of the directors present, and
/// a letter with the reasons within 15 days of the decision, which gives the date the decision takes effect.
/// </summary>
internal static class Section58
{
    public const int LetterDays = 15;

    /// <summary>s. 58: the notice names the grounds and the meeting, which must come after the notice so the member can prepare.</summary>
    public static IReadOnlyList<Failure> WhyNoticeIsRefused(string? grounds, DateOnly noticeSentOn, DateOnly meetingOn, DateOnly today, MemberStatus status, Sanction sanction)
    {
        var f = new List<Failure>();
        if (!Enum.IsDefined(sanction)) f.Add(PlatformErrors.InvalidValue.At("sanction"));
        if (string.IsNullOrWhiteSpace(grounds)) f.Add(PlatformErrors.Required.At("grounds"));
        else if (grounds.Trim().Length > 2000) f.Add(PlatformErrors.TooLong.At("grounds", 2000));
        if (noticeSentOn > today) f.Add(PlatformErrors.InvalidValue.At("noticeSentOn"));
        if (meetingOn <= noticeSentOn) f.Add(MembershipErrors.MeetingMustFollowNotice.At("meetingOn"));
        // A suspended member may still be excluded; a suspension applies to an active member only.
        if (!(status == MemberStatus.Active || (status == MemberStatus.Suspended && sanction == Sanction.Exclusion)))
            f.Add(MembershipErrors.MemberNotActive.At("memberId"));
        return f;
    }

    /// <summary>s. 58: the decision is the board's, by at least two thirds of the directors present at the meeting.</summary>
    public static bool TwoThirdsOfDirectorsPresent(int directorsPresent, int votesFor) =>
        directorsPresent > 0 && votesFor * 3 >= directorsPresent * 2;

    public static IReadOnlyList<Failure> WhyDecisionIsRefused(DateOnly meetingOn, DateOnly decidedOn, DateOnly today, int directorsPresent, int votesFor, string? resolutionNumber)
    {
        var f = new List<Failure>();
        if (decidedOn < meetingOn) f.Add(MembershipErrors.DecisionBeforeMeeting.At("decidedOn"));
        if (decidedOn > today) f.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        if (directorsPresent is < 1 or > 50) f.Add(PlatformErrors.InvalidValue.At("directorsPresent"));
        if (votesFor < 0) f.Add(PlatformErrors.InvalidValue.At("votesFor"));
        else if (votesFor > directorsPresent) f.Add(MembershipErrors.VotesExceedDirectorsPresent.At("votesFor"));
        if (string.IsNullOrWhiteSpace(resolutionNumber)) f.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        else if (resolutionNumber.Trim().Length > 50) f.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        return f;
    }

    /// <summary>
    /// s. 58: the letter with the reasons goes out within 15 days of the decision, and the decision takes effect on the
    /// date it gives (not before the letter). The status changes when that date has come, so it is recorded then.
    /// </summary>
    public static IReadOnlyList<Failure> WhyLetterIsRefused(DateOnly decidedOn, DateOnly letterSentOn, DateOnly effectiveOn, DateOnly today, string? reasons)
    {
        var f = new List<Failure>();
        if (string.IsNullOrWhiteSpace(reasons)) f.Add(PlatformErrors.Required.At("reasons"));
        else if (reasons.Trim().Length > 2000) f.Add(PlatformErrors.TooLong.At("reasons", 2000));
        if (letterSentOn < decidedOn || letterSentOn > today) f.Add(PlatformErrors.InvalidValue.At("letterSentOn"));
        else if (letterSentOn > decidedOn.AddDays(LetterDays)) f.Add(MembershipErrors.LetterLaterThanFifteenDays.At("letterSentOn"));
        if (effectiveOn < letterSentOn) f.Add(MembershipErrors.EffectBeforeLetter.At("effectiveOn"));
        else if (effectiveOn > today) f.Add(PlatformErrors.InvalidValue.At("effectiveOn"));
        return f;
    }

    /// <summary>The last day the letter may be sent (s. 58: within 15 days of the decision).</summary>
    public static DateOnly LetterDueBy(DateOnly decidedOn) => decidedOn.AddDays(LetterDays);
}
