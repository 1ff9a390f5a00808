using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Bylaws;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Refunds;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>
/// Preferred shares (s. 124 classes): transferred to another member with the board's resolution, refunded through the s. 38
/// queue without waiting for the end of membership, priced by the by-laws; never in the member's qualifying totals.
/// </summary>
public sealed class PreferredShareTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Guid _coop = Guid.CreateVersion7();
    private MeetingsData _data = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = new MeetingsData(app, _coop);
        await _data.BylawsAsync();
        await Db(async db =>
        {
            (await db.Bylaws.SingleAsync()).PreferredShareUnitValue = 50m;
            // The builders number their seeded receipts from 1 without the counter: receipts given here start after them.
            db.Counters.Add(new MembershipCounter { CoopId = _coop, Name = MembershipCounter.Receipt, Value = 1000 });
            return await db.SaveChangesAsync();
        });
        _admin = await app.ClientAsync(Role.CoopAdmin, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path) => $"/api/v1/coops/{_coop}{path}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Ago(int days) => MeetingsData.Today.AddDays(-days);

    private static async Task Ok(HttpResponseMessage response) => Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(_coop);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private async Task<List<AuditEvent>> AuditAsync(AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking().Where(a => a.Type == type && a.CoopId == _coop).ToListAsync();
    }

    /// <summary>A paid-up member who also bought <paramref name="shares"/> preferred shares at 50 $ and paid <paramref name="paid"/> on them.</summary>
    private async Task<Member> HolderAsync(string family, int shares, decimal paid, DateOnly on)
    {
        var m = await _data.MemberAsync(family, "Pat", admitted: Ago(400));
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{m.Id}/shares/subscriptions"), new { shares, occurredOn = on, @class = "Preferred" }));
        if (paid > 0) await Ok(await _admin.PostAsJsonAsync(Url($"/members/{m.Id}/shares/payments"), new { amount = paid, method = "Cheque", occurredOn = on, @class = "Preferred" }));
        return m;
    }

    private async Task<Dictionary<string, (int Shares, decimal Paid)>> HoldingsAsync(DateOnly asOf)
    {
        var page = await _admin.GetFromJsonAsync<Page<ShareHoldingItem>>(Url($"/share-register/holdings?asOf={Day(asOf)}"), Json);
        return page!.Items.ToDictionary(h => $"{h.Name.Split(' ')[1]}/{h.Class}", h => (h.Shares, h.Paid));
    }

    private async Task<(decimal Paid, int Held)> QualifyingTotalsAsync(Guid memberId) =>
        await Db(db => db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new ValueTuple<decimal, int>(m.SharesPaid, m.SharesHeld)).SingleAsync());

    [Fact]
    public async Task Paid_preferred_shares_are_transferred_to_another_active_member_by_board_resolution_and_the_register_dates_the_movement_by_class_s124()
    {
        var giver = await HolderAsync("Cédante", 4, 200m, Ago(30));
        var taker = await _data.MemberAsync("Preneuse", "Pia");
        var gone = await _data.MemberAsync("Partie", "Paule", status: MemberStatus.Resigned);
        string transfers = Url($"/members/{giver.Id}/shares/transfers");

        // The rules of a qualifying-share transfer hold for preferred shares: a resolution, an active member, only paid shares.
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(transfers, new { toMemberId = taker.Id, shares = 3, resolutionNumber = " ", occurredOn = Ago(10), @class = "Preferred" }),
            HttpStatusCode.BadRequest, "Membership.ResolutionRequired");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(transfers, new { toMemberId = gone.Id, shares = 3, resolutionNumber = "CA-P-1", occurredOn = Ago(10), @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.TransferTargetNotActive");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(transfers, new { toMemberId = taker.Id, shares = 5, resolutionNumber = "CA-P-1", occurredOn = Ago(10), @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.TransferExceedsPaid");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(transfers, new { toMemberId = taker.Id, shares = 1, resolutionNumber = "CA-P-1", occurredOn = Ago(10), @class = "None" }),
            HttpStatusCode.BadRequest, "Platform.InvalidValue");
        // A member who holds no preferred shares has none to give, whatever their qualifying shares.
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/members/{taker.Id}/shares/transfers"),
            new { toMemberId = giver.Id, shares = 1, resolutionNumber = "CA-P-1", occurredOn = Ago(10), @class = "Preferred" }), HttpStatusCode.UnprocessableEntity, "Membership.TransferExceedsPaid");

        await Ok(await _admin.PostAsJsonAsync(transfers, new { toMemberId = taker.Id, shares = 3, resolutionNumber = "CA-P-1", occurredOn = Ago(10), @class = "Preferred" }));

        // Preferred shares never move the qualifying totals (good standing, the vote, qualifying refunds read them).
        Assert.Equal((100m, 10), await QualifyingTotalsAsync(giver.Id));
        Assert.Equal((100m, 10), await QualifyingTotalsAsync(taker.Id));
        Assert.Equal(new Dictionary<string, (int, decimal)>
        {
            ["Cédante/Qualifying"] = (10, 100m), ["Cédante/Preferred"] = (4, 200m), ["Preneuse/Qualifying"] = (10, 100m), ["Partie/Qualifying"] = (10, 100m),
        }, await HoldingsAsync(Ago(20)));
        var today = await HoldingsAsync(MeetingsData.Today);
        Assert.Equal(((1, 50m), (3, 150m)), (today["Cédante/Preferred"], today["Preneuse/Preferred"]));

        var movements = await _admin.GetFromJsonAsync<Page<ShareMovementItem>>(Url($"/share-register/movements?memberId={taker.Id}&pageSize=50"), Json);
        var received = Assert.Single(movements!.Items, m => m.Kind == ShareTransactionKind.TransferIn);
        Assert.Equal((ShareClass.Preferred, 3, 150m, giver.MemberNumber, "CA-P-1", Ago(10)),
            (received.Class, received.Shares, received.Amount, received.CounterpartyNumber, received.ResolutionNumber, received.OccurredOn));
        var audit = Assert.Single(await AuditAsync(AuditEventType.SharesTransferred));
        Assert.Contains("\"Preferred\"", audit.Details, StringComparison.Ordinal);
        Assert.Equal("CA-P-1", audit.Purpose);

        // Subscribed but unpaid preferred shares stay with their holder: 1 paid share and 2 new unpaid ones, 2 asked for.
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{giver.Id}/shares/subscriptions"), new { shares = 2, occurredOn = MeetingsData.Today, @class = "Preferred" }));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(transfers, new { toMemberId = taker.Id, shares = 2, resolutionNumber = "CA-P-2", occurredOn = MeetingsData.Today, @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.TransferExceedsPaid");
    }

    [Fact]
    public async Task Preferred_shares_are_refunded_while_membership_lasts_only_through_the_boards_s38_batch_and_never_touch_the_qualifying_shares_s38()
    {
        var holder = await HolderAsync("Rentière", 4, 200m, Ago(30));
        string requests = Url($"/members/{holder.Id}/refund-requests");

        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(requests, new { amount = 250m, requestedOn = Ago(9), @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.RefundExceedsPaid");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(requests, new { amount = 0.001m, requestedOn = Ago(9), @class = "Preferred" }),
            HttpStatusCode.BadRequest, "Membership.AmountMustBePositive");
        var response = await _admin.PostAsJsonAsync(requests, new { amount = 100m, requestedOn = Ago(9), @class = "Preferred" });
        await Ok(response);
        var request = (await response.Content.ReadFromJsonAsync<RefundRequestDto>(Json))!;
        Assert.Equal((RefundGround.PreferredShares, ShareClass.Preferred, 2, RefundRequestStatus.Requested), (request.Ground, request.Class, request.Shares, request.Status));
        // What is queued is spoken for: 100 $ of the 200 $ paid remain to ask for.
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(requests, new { amount = 150m, requestedOn = Ago(9), @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.RefundExceedsPaid");
        // The preferred request does not open the qualifying shares: an active member keeps them (s. 38).
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(requests, new { amount = 50m, requestedOn = Ago(9) }),
            HttpStatusCode.UnprocessableEntity, "Membership.QualifyingSharesRefundedOnlyWhenMembershipEnds");

        // The same s. 38 assessment as any refund: one "no" defers the batch and nothing can be paid.
        await Ok(await _admin.PostAsJsonAsync(Url("/refund-batches"), new
        {
            requestIds = new[] { request.Id }, resolutionNumber = "CA-38-P1", decidedOn = Ago(8), solvent = true, stabilityPreserved = false, funderCommitmentsMet = true,
        }));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/refund-requests/{request.Id}/payment"), new { paidOn = Ago(7), method = "Cheque" }),
            HttpStatusCode.Conflict, "Membership.RefundNotApproved");
        await Ok(await _admin.PostAsJsonAsync(Url("/refund-batches"), new
        {
            requestIds = new[] { request.Id }, resolutionNumber = "CA-38-P2", decidedOn = Ago(6), solvent = true, stabilityPreserved = true, funderCommitmentsMet = true,
            assessment = "États financiers au 30 septembre",
        }));
        await Ok(await _admin.PostAsJsonAsync(Url($"/refund-requests/{request.Id}/payment"), new { paidOn = Ago(5), method = "Cheque" }));

        Assert.Equal((100m, 10), await QualifyingTotalsAsync(holder.Id));
        Assert.Equal((2, 100m), (await HoldingsAsync(MeetingsData.Today))["Rentière/Preferred"]);
        Assert.Equal((4, 200m), (await HoldingsAsync(Ago(6)))["Rentière/Preferred"]);
        var line = await Db(db => db.ShareTransactions.AsNoTracking().SingleAsync(t => t.MemberId == holder.Id && t.Kind == ShareTransactionKind.Refund));
        Assert.Equal((ShareClass.Preferred, 2, 100m, "CA-38-P2", Ago(5)), (line.Class, line.Shares, line.Amount, line.ResolutionNumber, line.OccurredOn));
        Assert.Contains("\"Preferred\"", Assert.Single(await AuditAsync(AuditEventType.SharesRefunded)).Details, StringComparison.Ordinal);
        Assert.Contains("\"Preferred\"", Assert.Single(await AuditAsync(AuditEventType.RefundRequested)).Details, StringComparison.Ordinal);

        // When membership ends, the qualifying shares join the queue; the preferred ones stay on the by-laws' conditions.
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{holder.Id}/status"), new { status = "Resigned", effectiveOn = MeetingsData.Today, reason = "Déménagement", version = await Db(db => db.Members.Where(m => m.Id == holder.Id).Select(m => m.Version).SingleAsync()) }));
        var queued = await Db(db => db.RefundRequests.AsNoTracking().Where(r => r.MemberId == holder.Id && r.Status == RefundRequestStatus.Requested).ToListAsync());
        Assert.Equal((ShareClass.Qualifying, RefundGround.MembershipEnded, 100m), (Assert.Single(queued).Class, queued[0].Ground, queued[0].Amount));
    }

    [Fact]
    public async Task The_preferred_share_price_is_a_dated_by_laws_change_audited_from_and_to_and_cannot_abolish_shares_members_hold()
    {
        var view = await _admin.GetFromJsonAsync<BylawsView>(Url("/bylaws"), Json);
        var current = view!.InForce!;
        await ProblemAssert.IsProblem(await _admin.PutAsJsonAsync(Url("/bylaws"), current with { Id = null, PreferredShareUnitValue = 12.345m }), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await _admin.PutAsJsonAsync(Url("/bylaws"), current with { Id = null, PreferredShareUnitValue = -5m }), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await Ok(await _admin.PutAsJsonAsync(Url("/bylaws"), current with { Id = null, EffectiveFrom = MeetingsData.Today, PreferredShareUnitValue = 60m }));

        var changed = Assert.Single(await AuditAsync(AuditEventType.PreferredSharePriceChanged));
        Assert.Matches(@"""from"":50(\.0+)?[,}]", changed.Details);
        Assert.Matches(@"""to"":60(\.0+)?[,}]", changed.Details);
        await HolderAsync("Acheteuse", 1, 60m, MeetingsData.Today);
        Assert.Equal((1, 60m), (await HoldingsAsync(MeetingsData.Today))["Acheteuse/Preferred"]);

        // The same by-laws again: no price change to record.
        await Ok(await _admin.PutAsJsonAsync(Url("/bylaws"), current with { Id = null, EffectiveFrom = MeetingsData.Today, PreferredShareUnitValue = 60m }));
        Assert.Single(await AuditAsync(AuditEventType.PreferredSharePriceChanged));
        // A member holds one: the by-laws cannot abolish the class, and nothing is written.
        await ProblemAssert.IsProblem(await _admin.PutAsJsonAsync(Url("/bylaws"), current with { Id = null, EffectiveFrom = MeetingsData.Today, PreferredShareUnitValue = null }),
            HttpStatusCode.Conflict, "PreferredShares.Outstanding");
        Assert.Equal(3, await Db(db => db.Bylaws.CountAsync()));
    }
}
