using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using CoopSante.Membership;

namespace CoopSante.Integration.Tests.Membership;

public sealed class SharesApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Task<int> LinesAsync(AppFixture app) => DbAsync(app, db => db.ShareTransactions.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task A_payment_gets_a_receipt_number_and_full_payment_puts_the_member_in_good_standing()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Lévesque", "Paul", category: "Worker");
        var first = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 20m, method = "Cheque", occurredOn = Yesterday }));
        var second = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 30m, method = "Pad", occurredOn = Yesterday }));
        Assert.Equal(first.GetProperty("receiptNumber").GetInt32() + 1, second.GetProperty("receiptNumber").GetInt32());
        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        Assert.Equal(0m, detail.GetProperty("sharesOwing").GetDecimal());
        Assert.True(detail.GetProperty("inGoodStanding").GetBoolean());
        var listed = await Json(await s.Admin.GetAsync($"{s.Base}/members?q=levesque"));
        Assert.True(listed.GetProperty("items")[0].GetProperty("inGoodStanding").GetBoolean());
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.SharePaymentRecorded));

        var tooMuch = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 1m, method = "Cash", occurredOn = Yesterday });
        await ProblemAssert.IsProblem(tooMuch, HttpStatusCode.UnprocessableEntity, "Membership.PaymentExceedsOwing");
    }

    [Fact]
    public async Task An_applicant_pays_the_qualifying_shares_with_the_application_admission_keeps_them_and_refusal_refunds_them()
    {
        var s = await StartAsync(app);
        var (admitted, admittedMember) = await s.ApplyAsync(Person("Avance", "Alice"));
        var (refused, refusedMember) = await s.ApplyAsync(Person("Refus", "Rémi", dob: new DateOnly(1985, 1, 1), email: "remi@example.ca", phone: "514 555-0777"));
        string Pay(Guid member) => $"{s.Base}/members/{member}/shares/payments";

        // Up to the qualifying shares of the category (10 $), before the board decides; more is refused and nothing is written.
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync(Pay(admittedMember), new { amount = 10.01m, method = "Cash", occurredOn = Yesterday }),
            HttpStatusCode.UnprocessableEntity, "Membership.PaymentExceedsOwing");
        Assert.Equal(0, await LinesAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync(Pay(admittedMember), new { amount = 10m, method = "Cash", occurredOn = Yesterday })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync(Pay(refusedMember), new { amount = 10m, method = "Transfer", occurredOn = Yesterday })).StatusCode);

        await s.AdmitAsync(admitted);
        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{admittedMember}"));
        Assert.Equal((10m, 10m, 0m), (detail.GetProperty("sharesSubscribed").GetDecimal(), detail.GetProperty("sharesPaid").GetDecimal(), detail.GetProperty("sharesOwing").GetDecimal()));

        // A resolution number with a control character is refused before anything is written (the API's JSON reader already refuses it).
        await ProblemAssert.IsProblem(await s.Admin.PostAsJsonAsync($"{s.Base}/admissions", new { resolutionNumber = "CA-\u0007", decidedOn = MeetingsData.Today, refuse = new[] { refused } }),
            HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        Assert.Equal(0, await DbAsync(app, db => db.AdmissionDecisions.IgnoreQueryFilters().CountAsync(d => d.ResolutionNumber == "CA-\u0007")));
        var refusal = await s.Admin.PostAsJsonAsync($"{s.Base}/admissions", new { resolutionNumber = "CA-2026-02", decidedOn = MeetingsData.Today, refuse = new[] { refused }, refusalReason = "Hors territoire" });
        Assert.Equal(10m, (await Json(refusal)).GetProperty("refunded").GetDecimal());
        var lines = await DbAsync(app, db => db.ShareTransactions.IgnoreQueryFilters().Where(t => t.MemberId == refusedMember).OrderBy(t => t.RecordedAt)
            .Select(t => new { t.Kind, t.Amount, t.Method, t.ResolutionNumber }).ToListAsync());
        Assert.Equal([(ShareTransactionKind.Payment, 10m, (PaymentMethod?)PaymentMethod.Transfer, (string?)null), (ShareTransactionKind.Refund, 10m, PaymentMethod.Transfer, "CA-2026-02")],
            lines.Select(l => (l.Kind, l.Amount, l.Method, l.ResolutionNumber)));
        Assert.Equal(0m, await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == refusedMember).Select(m => m.SharesPaid).SingleAsync()));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.ApplicantPaymentRefunded));
    }

    [Fact]
    public async Task The_ledger_refuses_a_line_of_no_member_in_any_statement_and_a_deleted_member_takes_their_lines()
    {
        // ADR 0008: PostgreSQL checks ledger lines per statement (triggers) instead of a row-by-row foreign key.
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Lévesque", "Paul", category: "Worker", paid: 20m);
        var before = await LinesAsync(app);
        Assert.True(before > 0);
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        const string insert = "INSERT INTO membership.share_transactions (id, coop_id, member_id, kind, occurred_on, shares, amount, recorded_at) " +
            "SELECT gen_random_uuid(), @coop, unnest(@members), 'Payment', DATE '2026-01-05', 0, 1, now()";
        async Task InsertAsync(params Guid[] members)
        {
            await using var cmd = new NpgsqlCommand(insert, conn);
            cmd.Parameters.AddWithValue("coop", s.CoopId);
            cmd.Parameters.AddWithValue("members", members);
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        // One orphan among valid lines: the whole statement fails, nothing is written.
        var orphan = await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(memberId, Guid.NewGuid(), memberId));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, orphan.SqlState);
        Assert.Equal(before, await LinesAsync(app));
        await using (var move = new NpgsqlCommand("UPDATE membership.share_transactions SET member_id = gen_random_uuid() WHERE member_id = @m", conn))
        {
            move.Parameters.AddWithValue("m", memberId);
            Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Assert.ThrowsAsync<PostgresException>(() => move.ExecuteNonQueryAsync())).SqlState);
        }
        await using (var rekey = new NpgsqlCommand("UPDATE membership.members SET id = gen_random_uuid() WHERE id = @m", conn))
        {
            rekey.Parameters.AddWithValue("m", memberId);
            Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Assert.ThrowsAsync<PostgresException>(() => rekey.ExecuteNonQueryAsync())).SqlState);
        }

        await InsertAsync(memberId, memberId);
        Assert.Equal(before + 2, await LinesAsync(app));
        await using (var delete = new NpgsqlCommand("DELETE FROM membership.members WHERE id = @m", conn))
        {
            delete.Parameters.AddWithValue("m", memberId);
            await delete.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(0, await DbAsync(app, db => db.ShareTransactions.IgnoreQueryFilters().CountAsync(t => t.MemberId == memberId)));
    }

    [Fact]
    public async Task Transfer_to_someone_who_is_not_an_active_member_is_refused_and_nothing_is_written()
    {
        var s = await StartAsync(app);
        var from = await s.MemberAsync("Gagné", "Luc", category: "Worker", paid: 50m);
        var (_, applicant) = await s.ApplyAsync(Person("Côté", "Anne"));
        var before = await LinesAsync(app);
        foreach (var target in new[] { applicant, Guid.NewGuid() })
        {
            var response = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{from}/shares/transfers", new { toMemberId = target, shares = 2, resolutionNumber = "CA-8", occurredOn = Yesterday });
            await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "Membership.TransferTargetNotActive");
        }
        Assert.Equal(before, await LinesAsync(app));
    }

    [Fact]
    public async Task Transfer_of_paid_shares_moves_them_between_two_active_members()
    {
        var s = await StartAsync(app);
        var from = await s.MemberAsync("Gagné", "Luc", category: "Worker", paid: 50m);
        var to = await s.MemberAsync("Côté", "Anne", category: "Worker");
        var tooMany = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{from}/shares/transfers", new { toMemberId = to, shares = 6, resolutionNumber = "CA-8", occurredOn = Yesterday });
        await ProblemAssert.IsProblem(tooMany, HttpStatusCode.UnprocessableEntity, "Membership.TransferExceedsPaid");
        var ok = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{from}/shares/transfers", new { toMemberId = to, shares = 2, resolutionNumber = "CA-8", occurredOn = Yesterday });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(30m, (await Json(ok)).GetProperty("sharesPaid").GetDecimal());
        var target = await Json(await s.Admin.GetAsync($"{s.Base}/members/{to}"));
        Assert.Equal(20m, target.GetProperty("sharesPaid").GetDecimal());
        Assert.Equal(7, target.GetProperty("sharesHeld").GetInt32());
        var lines = await DbAsync(app, db => db.ShareTransactions.IgnoreQueryFilters().Where(t => t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.TransferOut).CountAsync());
        Assert.Equal(2, lines);
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.SharesTransferred));
    }

    [Fact]
    public async Task Subscription_of_more_shares_raises_the_amount_owing()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gagné", "Luc", paid: 10m);
        var response = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/subscriptions", new { shares = 3, occurredOn = Yesterday });
        var detail = await Json(response);
        Assert.Equal(30m, detail.GetProperty("sharesOwing").GetDecimal());
        Assert.True(detail.GetProperty("inGoodStanding").GetBoolean());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.SharesSubscribed));
    }
}
