using CoopSante.Membership.Model;

namespace CoopSante.Membership.Meetings;

/// <summary>Supporting members hold at most one third of the board's seats (Cooperatives Act, solidarity coops).</summary>
internal static class BoardComposition
{
    public static int MaxSupportingSeats(int boardSize) => boardSize / 3;

    public static bool SupportingMembersHoldAtMostOneThird(int boardSize, IEnumerable<MemberCategory> seatedCategories) =>
        seatedCategories.Count(c => c == MemberCategory.Supporting) <= MaxSupportingSeats(boardSize);
}
