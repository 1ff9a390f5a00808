using CoopSante.Federation.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Portal;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Membership.Contributions;

/// <summary>The member's own annual contributions in the portal: the same reading and receipts as the register's.</summary>
internal static class PortalContributions
{
    internal static void Map(RouteGroupBuilder portal)
    {
        portal.MapGet("/contributions", Get).WithSummary("My annual contributions per fiscal year (owed, paid, balance) and their receipts.");
        portal.MapGet("/contributions/receipts/{paymentId:guid}.pdf", Receipt).WithSummary("The receipt of one of my contribution payments (PDF).");
    }

    public static async Task<Ok<MemberContributionsDto>> Get(MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        return TypedResults.Ok(await ContributionsApi.ForMemberAsync(db, clock.Today(), m.Id, ct));
    }

    public static async Task<FileContentHttpResult> Receipt(Guid paymentId, MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit,
        ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        return await ContributionsApi.ReceiptFileAsync(db, letterheads, clock, m, paymentId, ct);
    }
}
