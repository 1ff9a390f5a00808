using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Register;

/// <summary>
/// The status changes recorded directly: resignation (s. 51), death, and reinstatement of a suspended member by the
/// board. Exclusion and suspension follow the steps of s. 58 (Discipline), never a single status change.
/// </summary>
internal static class StatusChanges
{
    /// <summary>Reinstatement ends a suspension the board decided; only the board (a resolution, the manager) does it.</summary>
    public static bool IsBoardDecision(MemberStatus to) => to is MemberStatus.Active or MemberStatus.Excluded or MemberStatus.Suspended;

    public static IReadOnlyList<Failure> WhyChangeIsRefused(MemberStatus from, MemberStatus to, DateOnly effectiveOn, DateOnly today, string? reason, string? resolutionNumber)
    {
        var f = new List<Failure>();
        if (to is MemberStatus.Excluded or MemberStatus.Suspended) f.Add(MembershipErrors.ExclusionFollowsSection58.At("status"));
        else if (to == MemberStatus.Active)
        {
            if (from != MemberStatus.Suspended) f.Add(MembershipErrors.ReinstatementOnlyFromSuspension.At("status"));
            if (string.IsNullOrWhiteSpace(resolutionNumber)) f.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        }
        else if (to is not (MemberStatus.Resigned or MemberStatus.Deceased)) f.Add(MembershipErrors.StatusChangeNotAllowed.At("status"));
        // A member (active or suspended) resigns or dies; an applicant may withdraw or die before the board decides.
        else if (from is not (MemberStatus.Active or MemberStatus.Suspended or MemberStatus.Applicant)) f.Add(MembershipErrors.StatusChangeNotAllowed.At("status"));
        if (effectiveOn > today) f.Add(PlatformErrors.InvalidValue.At("effectiveOn"));
        if (string.IsNullOrWhiteSpace(reason)) f.Add(PlatformErrors.Required.At("reason"));
        else if (reason.Length > 500) f.Add(PlatformErrors.TooLong.At("reason", 500));
        if (resolutionNumber is { Length: > 50 }) f.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        return f;
    }

    /// <summary>A deceased member receives no more mailings (convocations, newsletters); their shares go to the estate.</summary>
    public static bool ReceivesMailings(MemberStatus status) => status is not (MemberStatus.Deceased or MemberStatus.Refused);
}
