using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Refunds;
using CoopSante.Membership.Shares;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>The register of share movements (s. 124): each movement with its date, the holdings on any date, share classes.</summary>
public sealed class ShareRegisterTests(AppFixture app) : IAsyncLifetime
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
        _admin = await app.ClientAsync(Role.CoopAdmin, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path) => $"/api/v1/coops/{_coop}{path}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Ago(int days) => MeetingsData.Today.AddDays(-days);

    private async Task Ok(HttpResponseMessage response) => Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(_coop);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private async Task<Dictionary<string, (int Shares, decimal Paid)>> HoldingsAsync(DateOnly asOf)
    {
        var page = await _admin.GetFromJsonAsync<Page<ShareHoldingItem>>(Url($"/share-register/holdings?asOf={Day(asOf)}"), Json);
        return page!.Items.ToDictionary(h => $"{h.Name.Split(' ')[1]}/{h.Class}", h => (h.Shares, h.Paid));
    }

    [Fact]
    public async Task Holdings_as_of_a_past_date_are_recomputed_from_the_movements_after_a_transfer_and_a_refund_s124()
    {
        var giver = await _data.MemberAsync("Cédant", "Carl", admitted: Ago(60));
        var taker = await _data.MemberAsync("Preneur", "Pia", admitted: Ago(60));
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{giver.Id}/shares/transfers"), new { toMemberId = taker.Id, shares = 3, resolutionNumber = "CA-T-1", occurredOn = Ago(20) }));
        var request = await _admin.PostAsJsonAsync(Url($"/members/{taker.Id}/refund-requests"), new { amount = 30m, requestedOn = Ago(12) });
        await Ok(request);
        var requestId = (await request.Content.ReadFromJsonAsync<RefundRequestDto>(Json))!.Id;
        await Ok(await _admin.PostAsJsonAsync(Url("/refund-batches"), new
        {
            requestIds = new[] { requestId }, resolutionNumber = "CA-R-1", decidedOn = Ago(10), solvent = true, stabilityPreserved = true, funderCommitmentsMet = true,
        }));
        await Ok(await _admin.PostAsJsonAsync(Url($"/refund-requests/{requestId}/payment"), new { paidOn = Ago(5), method = "Cheque" }));

        Assert.Equal(new Dictionary<string, (int, decimal)> { ["Cédant/Qualifying"] = (10, 100m), ["Preneur/Qualifying"] = (10, 100m) }, await HoldingsAsync(Ago(30)));
        Assert.Equal(new Dictionary<string, (int, decimal)> { ["Cédant/Qualifying"] = (7, 70m), ["Preneur/Qualifying"] = (13, 130m) }, await HoldingsAsync(Ago(15)));
        Assert.Equal(new Dictionary<string, (int, decimal)> { ["Cédant/Qualifying"] = (7, 70m), ["Preneur/Qualifying"] = (10, 100m) }, await HoldingsAsync(MeetingsData.Today));
        Assert.Empty(await HoldingsAsync(Ago(90)));

        // Today's holdings agree with the running totals the register keeps on each member.
        var members = await Db(db => db.Members.AsNoTracking().OrderBy(m => m.MemberNumber).Select(m => new { m.SharesHeld, m.SharesPaid }).ToListAsync());
        Assert.Equal([(7, 70m), (10, 100m)], members.Select(m => (m.SharesHeld, m.SharesPaid)));

        var movements = await _admin.GetFromJsonAsync<Page<ShareMovementItem>>(Url($"/share-register/movements?asOf={Day(Ago(15))}&pageSize=2"), Json);
        Assert.Equal((6, 2), (movements!.Total, movements.Items.Count));
        var all = await _admin.GetFromJsonAsync<Page<ShareMovementItem>>(Url("/share-register/movements?pageSize=50"), Json);
        Assert.Equal([ShareTransactionKind.Subscription, ShareTransactionKind.Payment, ShareTransactionKind.Subscription, ShareTransactionKind.Payment,
            ShareTransactionKind.TransferOut, ShareTransactionKind.TransferIn, ShareTransactionKind.Refund], all!.Items.Select(m => m.Kind));
        Assert.Equal(Ago(5), all.Items[^1].OccurredOn);
        Assert.Equal(giver.MemberNumber, all.Items.Single(m => m.Kind == ShareTransactionKind.TransferIn).CounterpartyNumber);

        var csv = Encoding.UTF8.GetString(await (await _admin.GetAsync(Url($"/share-register/export.csv?what=holdings&asOf={Day(Ago(15))}"))).Content.ReadAsByteArrayAsync());
        Assert.Contains("13,130.00", csv, StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await _admin.GetAsync(Url("/share-register/export.csv?what=everything")), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await _admin.GetAsync(Url("/share-register/holdings?asOf=0001-01-01")), HttpStatusCode.BadRequest, "Platform.InvalidValue");
    }

    [Fact]
    public async Task Preferred_shares_never_count_toward_the_qualifying_amount_or_the_vote_s124()
    {
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/members/{(await _data.MemberAsync("Sans", "Règlement")).Id}/shares/subscriptions"),
            new { shares = 2, occurredOn = MeetingsData.Today, @class = "Preferred" }), HttpStatusCode.UnprocessableEntity, "AnnualReport.PreferredSharesNotCreated");
        await Db(async db =>
        {
            (await db.Bylaws.SingleAsync()).PreferredShareUnitValue = 50m;
            // The builders number their seeded receipts from 1 without the counter: receipts given here start after them.
            db.Counters.Add(new MembershipCounter { CoopId = _coop, Name = MembershipCounter.Receipt, Value = 1000 });
            return await db.SaveChangesAsync();
        });
        var owing = await _data.MemberAsync("Privilégié", "Paul", paid: 0m);
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{owing.Id}/shares/subscriptions"), new { shares = 4, occurredOn = MeetingsData.Today, @class = "Preferred" }));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/members/{owing.Id}/shares/payments"), new { amount = 250m, method = "Cash", occurredOn = MeetingsData.Today, @class = "Preferred" }),
            HttpStatusCode.UnprocessableEntity, "Membership.PaymentExceedsOwing");
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{owing.Id}/shares/payments"), new { amount = 200m, method = "Cash", occurredOn = MeetingsData.Today, @class = "Preferred" }));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/members/{owing.Id}/shares/subscriptions"), new { shares = 1, occurredOn = MeetingsData.Today, @class = "None" }),
            HttpStatusCode.BadRequest, "Platform.InvalidValue");

        // 200 $ of preferred shares paid, 0 $ of the 100 $ qualifying amount: still not in good standing, still owing 100 $.
        var member = await Db(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == owing.Id));
        Assert.Equal((0m, 100m, 10), (member.SharesPaid, member.SharesSubscribed, member.SharesHeld));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var standing = await scope.ServiceProvider.GetRequiredService<IMemberStandings>().StandingAsync(_coop, owing.Id, CancellationToken.None);
            Assert.False(standing!.InGoodStanding);
        }
        var owed = await _admin.GetFromJsonAsync<AmountOwedDto>(Url($"/members/{owing.Id}/amounts-owed"), Json);
        Assert.Equal(100m, owed!.Owing);

        // A member whose qualifying shares are paid cannot have preferred money refunded as "above the qualifying amount".
        var qualified = await _data.MemberAsync("Qualifié", "Quentin");
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{qualified.Id}/shares/subscriptions"), new { shares = 2, occurredOn = MeetingsData.Today, @class = "Preferred" }));
        await Ok(await _admin.PostAsJsonAsync(Url($"/members/{qualified.Id}/shares/payments"), new { amount = 100m, method = "Cash", occurredOn = MeetingsData.Today, @class = "Preferred" }));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/members/{qualified.Id}/refund-requests"), new { amount = 50m, requestedOn = MeetingsData.Today }),
            HttpStatusCode.UnprocessableEntity, "Membership.QualifyingSharesRefundedOnlyWhenMembershipEnds");

        var holdings = await HoldingsAsync(MeetingsData.Today);
        Assert.Equal((4, 200m), holdings["Privilégié/Preferred"]);
        Assert.Equal((10, 0m), holdings["Privilégié/Qualifying"]);
        Assert.Equal((2, 100m), holdings["Qualifié/Preferred"]);
        Assert.Equal(ShareClass.Qualifying, await Db(db => db.ShareTransactions.Where(t => t.MemberId == qualified.Id && t.Kind == ShareTransactionKind.Subscription)
            .OrderBy(t => t.RecordedAt).Select(t => t.Class).FirstAsync()));
    }
}
