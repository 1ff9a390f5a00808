using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Shares;

/// <summary><c>Owing</c>: unpaid subscribed shares (of which <c>Overdue</c>); <c>ContributionsOwing</c>: unpaid annual contributions (ADR 0047).</summary>
internal sealed record AmountOwedDto(Guid MemberId, int? MemberNumber, string FamilyName, string GivenName, MemberStatus Status, decimal Owing, decimal Overdue, DateOnly? NextDueOn,
    decimal ContributionsOwing = 0m)
{
    public decimal TotalOwing => Owing + ContributionsOwing;
}

/// <summary>
/// What members owe on subscribed shares, by the by-laws' instalment schedule: owing, of which overdue; and the annual
/// contributions they have not paid (ADR 0047), in a column of their own. A follow-up list
/// for the coop's office; it is never consulted for care, and nothing in the Care module reads it.
/// </summary>
internal static class AmountsOwed
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var g = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        g.MapGet("/amounts-owed", List).WithSummary("Pages through members who owe on their shares (with what is overdue by the by-laws' instalments) or their annual contribution.");
        g.MapGet("/members/{memberId:guid}/amounts-owed", ForMember).WithSummary("What the member owes on their shares (and what of it is overdue) and on their annual contributions.");
    }

    public static async Task<Ok<Page<AmountOwedDto>>> List(MembershipDbContext db, TimeProvider clock, CancellationToken ct, bool overdueOnly = false, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, clock.Today(), overdueOnly, PageRequest.From(page, pageSize), ct));

    public static async Task<Ok<AmountOwedDto>> ForMember(Guid memberId, MembershipDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ForMemberAsync(db, clock.Today(), memberId, ct));

    public static async Task<AmountOwedDto> ForMemberAsync(MembershipDbContext db, DateOnly today, Guid memberId, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().Where(x => x.Id == memberId)
            .Select(x => new Owing(x.Id, x.MemberNumber, x.FamilyName, x.GivenName, x.Status, x.Category, x.SharesSubscribed - x.SharesPaid)).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(MembershipErrors.MemberNotFound);
        return (await ComputeAsync(db, today, [m], ct))[0];
    }

    /// <summary>
    /// Members still owing on shares (active, suspended or applicants) or on an annual contribution, by member number. Overdue amounts need each one's
    /// subscriptions, so with <paramref name="overdueOnly"/> the filter runs over every owing member of the coop before paging.
    /// </summary>
    public static async Task<Page<AmountOwedDto>> ListAsync(MembershipDbContext db, DateOnly today, bool overdueOnly, PageRequest page, CancellationToken ct)
    {
        // A member who left owes no shares here (the refund settles them), only a contribution still unpaid.
        var owing = OwingMembers(db)
            .OrderBy(x => x.MemberNumber == null).ThenBy(x => x.MemberNumber).ThenBy(x => x.FamilyName).ThenBy(x => x.Id)
            .Select(x => new Owing(x.Id, x.MemberNumber, x.FamilyName, x.GivenName, x.Status, x.Category,
                x.Status == MemberStatus.Active || x.Status == MemberStatus.Suspended || x.Status == MemberStatus.Applicant ? x.SharesSubscribed - x.SharesPaid : 0m));
        if (!overdueOnly)
        {
            var rows = await owing.ToPageAsync(page, ct);
            var computed = await ComputeAsync(db, today, rows.Items, ct);
            return new Page<AmountOwedDto>(computed, rows.Total, rows.PageNumber, rows.PageSize);
        }
        var all = (await ComputeAsync(db, today, await owing.ToListAsync(ct), ct)).Where(a => a.Overdue > 0).ToList();
        return new Page<AmountOwedDto>(all.Skip(page.Skip).Take(page.PageSize).ToList(), all.Count, page.Page, page.PageSize);
    }

    /// <summary>Members still owing on shares (active, suspended or applicants) or on an annual contribution: the list's rows.</summary>
    private static IQueryable<Member> OwingMembers(MembershipDbContext db) => db.Members.AsNoTracking()
        .Where(x => (x.SharesSubscribed > x.SharesPaid && (x.Status == MemberStatus.Active || x.Status == MemberStatus.Suspended || x.Status == MemberStatus.Applicant))
            || db.ContributionCharges.Any(c => c.MemberId == x.Id && c.Paid + c.Waived < c.Amount));

    /// <summary>The list's totals, for the manager's home: how many members owe, and how much (shares and contributions), counted as the list counts them.</summary>
    public static async Task<(int Members, decimal Amount)> TotalsAsync(MembershipDbContext db, CancellationToken ct)
    {
        var members = await OwingMembers(db)
            .Select(x => new { x.Id, Shares = x.Status == MemberStatus.Active || x.Status == MemberStatus.Suspended || x.Status == MemberStatus.Applicant ? x.SharesSubscribed - x.SharesPaid : 0m })
            .ToListAsync(ct);
        var contributions = await db.ContributionCharges.AsNoTracking().Where(c => c.Paid + c.Waived < c.Amount).Select(c => c.Amount - c.Paid - c.Waived).ToListAsync(ct);
        return (members.Count, members.Sum(m => Math.Max(0m, m.Shares)) + contributions.Sum());
    }

    private sealed record Owing(Guid Id, int? MemberNumber, string FamilyName, string GivenName, MemberStatus Status, MemberCategory Category, decimal Amount);

    private static async Task<IReadOnlyList<AmountOwedDto>> ComputeAsync(MembershipDbContext db, DateOnly today, IReadOnlyList<Owing> members, CancellationToken ct)
    {
        if (members.Count == 0) return [];
        var ids = members.Select(m => m.Id).ToList();
        var lines = await db.ShareTransactions.AsNoTracking()
            .Where(t => ids.Contains(t.MemberId) && t.Class == ShareClass.Qualifying && (t.Kind == ShareTransactionKind.Subscription || t.Kind == ShareTransactionKind.OpeningBalance))
            .Select(t => new { t.MemberId, t.Kind, t.OccurredOn, t.Amount, t.SubscribedAmount, t.BylawsVersionId }).ToListAsync(ct);
        var terms = await db.CategoryTerms.AsNoTracking().Select(c => new { c.BylawsVersionId, c.Category, c.InstalmentMonths }).ToListAsync(ct);
        var inForce = await db.Bylaws.InForceAsync(today, ct);
        int MonthsOf(Guid? version, MemberCategory category) =>
            terms.FirstOrDefault(t => t.BylawsVersionId == (version ?? inForce?.Id) && t.Category == category)?.InstalmentMonths ?? 0;
        var byMember = lines.ToLookup(l => l.MemberId);
        var contributions = await db.ContributionCharges.AsNoTracking().Where(c => ids.Contains(c.MemberId) && c.Paid + c.Waived < c.Amount)
            .GroupBy(c => c.MemberId).Select(g => new { MemberId = g.Key, Balance = g.Sum(c => c.Amount - c.Paid - c.Waived) }).ToDictionaryAsync(c => c.MemberId, c => c.Balance, ct);
        return members.Select(m =>
        {
            // An imported balance still owing is due under the schedule from the import; a subscription under its own by-laws.
            var subscriptions = byMember[m.Id].Select(l => l.Kind == ShareTransactionKind.OpeningBalance
                    ? new Instalments.Subscription(l.OccurredOn, Math.Max(0m, (l.SubscribedAmount ?? l.Amount) - l.Amount), MonthsOf(l.BylawsVersionId, m.Category))
                    : new Instalments.Subscription(l.OccurredOn, l.Amount, MonthsOf(l.BylawsVersionId, m.Category)))
                .Where(s => s.Amount > 0).ToList();
            var owing = Math.Max(0m, m.Amount);
            return new AmountOwedDto(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Status, owing, Instalments.Overdue(owing, subscriptions, today),
                owing > 0 ? Instalments.NextDueOn(subscriptions, today) : null, contributions.GetValueOrDefault(m.Id));
        }).ToList();
    }
}
