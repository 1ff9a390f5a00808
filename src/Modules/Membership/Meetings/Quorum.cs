using CoopSante.Membership.Model;

namespace CoopSante.Membership.Meetings;

/// <summary>The AGM quorum set by by-law: a number of members, or a percentage of the members entitled to vote.</summary>
internal static class Quorum
{
    public static int MembersRequired(QuorumKind kind, int value, int membersEntitledToVote) => kind switch
    {
        QuorumKind.Number => value,
        QuorumKind.Percentage => (int)Math.Ceiling(membersEntitledToVote * value / 100m),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool QuorumIsReached(QuorumKind kind, int value, int membersEntitledToVote, int present) =>
        present >= MembersRequired(kind, value, membersEntitledToVote);
}
