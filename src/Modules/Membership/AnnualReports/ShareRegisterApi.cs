using System.Globalization;
using System.Resources;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Resources;
using CoopSante.Membership.Shares;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.AnnualReports;

internal sealed record ShareMovementItem(Guid Id, DateOnly OccurredOn, Guid MemberId, int? MemberNumber, string Name, ShareTransactionKind Kind, ShareClass Class,
    int Shares, decimal Amount, int? CounterpartyNumber, string? ResolutionNumber, int? ReceiptNumber);

internal sealed record ShareHoldingItem(Guid MemberId, int? MemberNumber, string Name, ShareClass Class, int Shares, decimal Subscribed, decimal Paid);

/// <summary>
/// The register of share movements (s. 124): every subscription, payment, refund and transfer with its date, and the
/// shares each member held on any date, recomputed from the movements up to that date (never from today's totals).
/// </summary>
internal static class ShareRegisterApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var g = coop.MapGroup("/share-register").WithTags("Members").RequireAuthorization(MembershipPolicies.CanManageRegister);
        g.MapGet("/movements", Movements).WithSummary("Pages through the share movements up to a date (default: today), oldest first; memberId narrows to one member.");
        g.MapGet("/holdings", Holdings).WithSummary("Pages through the shares each member held on a date (default: today) by class, recomputed from the movements.");
        g.MapGet("/export.csv", Export).WithSummary("The share movements or the holdings (what=movements|holdings) as of a date, as CSV in the caller's language.");
    }

    private static DateOnly AsOf(DateOnly? asOf, TimeProvider clock)
    {
        var day = asOf ?? clock.Today();
        return day.Year is < 1900 or > 9000 ? throw new DomainException(PlatformErrors.InvalidValue.At("asOf")) : day;
    }

    public static async Task<Ok<Page<ShareMovementItem>>> Movements(MembershipDbContext db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null, Guid? memberId = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await MovementsAsync(db, AsOf(asOf, clock), memberId, PageRequest.From(page, pageSize), ct));

    public static async Task<Ok<Page<ShareHoldingItem>>> Holdings(MembershipDbContext db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await HoldingsAsync(db, AsOf(asOf, clock), PageRequest.From(page, pageSize), ct));

    private static IQueryable<ShareMovementItem> MovementQuery(MembershipDbContext db, DateOnly asOf, Guid? memberId) =>
        from t in db.ShareTransactions.AsNoTracking()
        where t.OccurredOn <= asOf && (memberId == null || t.MemberId == memberId)
        join m in db.Members on t.MemberId equals m.Id
        join c in db.Members on t.CounterpartyMemberId equals c.Id into counterparties
        from c in counterparties.DefaultIfEmpty()
        orderby t.OccurredOn, t.RecordedAt, t.Id
        select new ShareMovementItem(t.Id, t.OccurredOn, t.MemberId, m.MemberNumber, m.GivenName + " " + m.FamilyName, t.Kind, t.Class, t.Shares, t.Amount,
            c == null ? null : c.MemberNumber, t.ResolutionNumber, t.ReceiptNumber);

    public static Task<Page<ShareMovementItem>> MovementsAsync(MembershipDbContext db, DateOnly asOf, Guid? memberId, PageRequest page, CancellationToken ct) =>
        MovementQuery(db, asOf, memberId).ToPageAsync(page, ct);

    /// <summary>The holdings on <paramref name="asOf"/> by member and class, from the movements up to that day (<see cref="ShareLedger.Effects"/>).</summary>
    private static IQueryable<ShareHoldingItem> HoldingQuery(MembershipDbContext db, DateOnly asOf)
    {
        var effects = ShareLedger.Effects(db.ShareTransactions.AsNoTracking().Where(t => t.OccurredOn <= asOf));
        var sums = effects.GroupBy(e => new { e.MemberId, e.Class })
            .Select(g => new { g.Key.MemberId, g.Key.Class, Shares = g.Sum(e => e.Shares), Subscribed = g.Sum(e => e.Subscribed), Paid = g.Sum(e => e.Paid) });
        return from s in sums
               where s.Shares != 0 || s.Subscribed != 0 || s.Paid != 0
               join m in db.Members on s.MemberId equals m.Id
               orderby m.MemberNumber == null, m.MemberNumber, m.FamilyName, m.Id, s.Class
               select new ShareHoldingItem(m.Id, m.MemberNumber, m.GivenName + " " + m.FamilyName, s.Class, s.Shares, s.Subscribed, s.Paid);
    }

    public static Task<Page<ShareHoldingItem>> HoldingsAsync(MembershipDbContext db, DateOnly asOf, PageRequest page, CancellationToken ct) =>
        HoldingQuery(db, asOf).ToPageAsync(page, ct);

    private static readonly ResourceManager Text = new(typeof(AnnualReportText));

    public static async Task<IResult> Export(Guid coopId, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct,
        DateOnly? asOf = null, string? what = "holdings")
    {
        var day = AsOf(asOf, clock);
        if (what is not ("holdings" or "movements")) throw new DomainException(PlatformErrors.InvalidValue.At("what"));
        var culture = CultureInfo.CurrentUICulture;
        string H(string key) => Text.GetString(key, culture) ?? key;
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string M(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        string Cls(ShareClass c) => Text.GetString($"Class.{c}", culture) ?? c.ToString();
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "ShareRegister", coopId.ToString(), coopId, new { What = what, AsOf = day })], ct);
        var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, SpreadsheetCells.Csv(), leaveOpen: true))
        {
            if (what == "movements")
            {
                await csv.WriteRecordAsync([H("Register.Col.Date"), H("Register.Col.Member"), H("Register.Col.Kind"), H("Register.Col.Class"), H("Register.Col.Shares"),
                    H("Register.Col.Amount"), H("Register.Col.Counterparty"), H("Register.Col.Resolution")], ct);
                await foreach (var r in MovementQuery(db, day, null).AsAsyncEnumerable().WithCancellation(ct))
                    await csv.WriteRecordAsync([D(r.OccurredOn), $"{r.MemberNumber} {r.Name.Trim()}", MembershipTerms.Find($"ShareKind.{r.Kind}", culture) ?? r.Kind.ToString(),
                        Cls(r.Class), r.Shares.ToString(CultureInfo.InvariantCulture), M(r.Amount), r.CounterpartyNumber?.ToString(CultureInfo.InvariantCulture) ?? "", r.ResolutionNumber ?? ""], ct);
            }
            else
            {
                await csv.WriteRecordAsync([H("Register.AsOf"), H("Register.Col.Member"), H("Register.Col.Class"), H("Register.Col.Shares"), H("Register.Col.Subscribed"), H("Register.Col.Paid")], ct);
                await foreach (var r in HoldingQuery(db, day).AsAsyncEnumerable().WithCancellation(ct))
                    await csv.WriteRecordAsync([D(day), $"{r.MemberNumber} {r.Name.Trim()}", Cls(r.Class), r.Shares.ToString(CultureInfo.InvariantCulture), M(r.Subscribed), M(r.Paid)], ct);
            }
            await csv.FlushAsync(ct);
        }
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"registre-des-parts-{what}-{D(day)}.csv");
    }
}
