using CoopSante.Membership.Model;

namespace CoopSante.Membership.Register;

/// <summary>A member is in good standing when active and their qualifying shares are fully paid.</summary>
internal static class GoodStanding
{
    public static bool MemberIsInGoodStanding(MemberStatus status, decimal sharesPaid, decimal qualifyingAmount) =>
        status == MemberStatus.Active && sharesPaid >= qualifyingAmount;

    public static bool MemberIsInGoodStanding(Member member, BylawsVersion? bylaws) =>
        MemberIsInGoodStanding(member.Status, member.SharesPaid, QualifyingAmount(bylaws, member.Category));

    public static decimal QualifyingAmount(BylawsVersion? bylaws, MemberCategory category) =>
        bylaws?.Categories.FirstOrDefault(c => c.Category == category)?.QualifyingAmount ?? 0m;
}
