using CoopSante.Membership.Model;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>How notices reach members who did not accept e-mail.</summary>
internal static class NoticeChannels
{
    /// <summary>The consent purpose of e-mail instead of mail: once withdrawn, the member is convened by mail.</summary>
    public const string EmailPurpose = MemberConsent.EmailNoticesPurpose; // one name with the public form (ADR 0025)

    public static string PostalAddress(string street, string city, string province, string postalCode) =>
        $"{street.Trim()}, {city.Trim()} ({province.Trim()}) {postalCode.Trim()}";
}
