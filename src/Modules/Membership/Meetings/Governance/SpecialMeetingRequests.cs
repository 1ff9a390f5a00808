using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>A special meeting required by members: the request is recorded with the meeting and checked against s. 77's threshold.</summary>
internal static class SpecialMeetingRequests
{
    public static async Task<(int? Signatures, DateOnly? ReceivedOn)> ValidateAsync(MembershipDbContext db, TimeProvider clock, MeetingInput request, CancellationToken ct)
    {
        if (request.RequestSignatures is null && request.RequestReceivedOn is null) return (null, null);
        var failures = new List<Failure>();
        if (request.Kind != MeetingKind.Special) failures.Add(PlatformErrors.InvalidValue.At("requestSignatures"));
        if (request.RequestReceivedOn is not { } received || received > clock.Today() || received < clock.Today().AddYears(-1)) failures.Add(PlatformErrors.InvalidValue.At("requestReceivedOn"));
        if (request.RequestSignatures is not { } signatures || signatures < 1) failures.Add(PlatformErrors.InvalidValue.At("requestSignatures"));
        DomainException.ThrowIfAny(failures);
        var members = await db.Members.CountAsync(m => m.Status == MemberStatus.Active, ct);
        // s. 77: 500 members where the coop has 2,000 or more, otherwise one quarter of the members.
        if (!SpecialMeetingThreshold.RequestIsValid(members, request.RequestSignatures!.Value))
            throw new DomainException(MeetingOpsErrors.SpecialRequestBelowThreshold.At("requestSignatures", SpecialMeetingThreshold.SignaturesRequired(members), members));
        return (request.RequestSignatures, request.RequestReceivedOn);
    }
}
