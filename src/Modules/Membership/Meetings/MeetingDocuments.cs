using Microsoft.AspNetCore.Routing;

namespace CoopSante.Membership.Meetings;

/// <summary>The printable notice of meeting and the minutes, as PDF.</summary>
public static class MeetingDocuments
{
    internal static void Map(RouteGroupBuilder meetings)
    {
    }
}
