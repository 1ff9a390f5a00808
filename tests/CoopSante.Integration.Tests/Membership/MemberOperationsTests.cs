using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>The rules of the Cooperatives Act on members' shares, departures and sanctions, through the API, on PostgreSQL.</summary>
public sealed class MemberOperationsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly DateOnly Before = Yesterday.AddDays(-10);

    [Fact]
    public async Task S38_refund_requests_queue_then_the_board_decides_in_a_batch_with_its_assessment_and_approved_ones_are_paid()
    {
        var s = await StartAsync(app);
        // Worker: 5 qualifying shares of 10 $ (50 $); two more subscribed and paid: 70 $ paid, 20 $ above the qualifying amount.
        var memberId = await s.MemberAsync("Gagné", "Luc", category: "Worker", paid: 50m);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/subscriptions", new { shares = 2, occurredOn = MeetingsData.Today })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 20m, method = "Cash", occurredOn = MeetingsData.Today })).StatusCode);

        var qualifying = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/refund-requests", new { amount = 30m, requestedOn = MeetingsData.Today });
        await ProblemAssert.IsProblem(qualifying, HttpStatusCode.UnprocessableEntity, "Membership.QualifyingSharesRefundedOnlyWhenMembershipEnds");
        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        var requested = await staff.PostAsJsonAsync($"{s.Base}/members/{memberId}/refund-requests", new { amount = 20m, requestedOn = MeetingsData.Today });
        Assert.True(requested.StatusCode == HttpStatusCode.OK, await requested.Content.ReadAsStringAsync());
        var request = await Json(requested);
        Assert.Equal("Requested", request.GetProperty("status").GetString());
        var requestId = request.GetProperty("id").GetGuid();

        // The board is not satisfied that the coop stays solvent: the batch is recorded, deferred, and the request stays queued.
        var batch = new { requestIds = new[] { requestId }, resolutionNumber = "CA-38", decidedOn = MeetingsData.Today, solvent = false, stabilityPreserved = true, funderCommitmentsMet = true, assessment = "Liquidités insuffisantes" };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{s.Base}/refund-batches", batch)).StatusCode);
        var deferred = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/refund-batches", batch));
        Assert.False(deferred.GetProperty("approved").GetBoolean());
        var unpaid = await s.Admin.PostAsJsonAsync($"{s.Base}/refund-requests/{requestId}/payment", new { paidOn = MeetingsData.Today, method = "Cheque" });
        await ProblemAssert.IsProblem(unpaid, HttpStatusCode.Conflict, "Membership.RefundNotApproved");

        var approved = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/refund-batches", batch with { resolutionNumber = "CA-39", solvent = true, assessment = "Bilan au 30 septembre" }));
        Assert.True(approved.GetProperty("approved").GetBoolean());
        var twice = await s.Admin.PostAsJsonAsync($"{s.Base}/refund-batches", batch with { resolutionNumber = "CA-40", solvent = true });
        await ProblemAssert.IsProblem(twice, HttpStatusCode.Conflict, "Membership.RefundRequestNotQueued");

        var paid = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/refund-requests/{requestId}/payment", new { paidOn = MeetingsData.Today, method = "Cheque" }));
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal("CA-39", paid.GetProperty("resolutionNumber").GetString());
        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        Assert.Equal(50m, detail.GetProperty("sharesPaid").GetDecimal());
        var line = detail.GetProperty("shares").EnumerateArray().Last();
        Assert.Equal("Refund", line.GetProperty("kind").GetString());
        Assert.Equal("CA-39", line.GetProperty("resolutionNumber").GetString());

        var batches = await DbAsync(app, db => db.RefundBatches.IgnoreQueryFilters().Where(b => b.CoopId == s.CoopId).OrderBy(b => b.RecordedAt).ToListAsync());
        Assert.Equal([false, true], batches.Select(b => b.Approved));
        Assert.Equal("Liquidités insuffisantes", batches[0].Assessment);
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.RefundBatchDecided));
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.SharesRefunded));
    }

    [Fact]
    public async Task S38_when_membership_ends_the_paid_shares_join_the_queue_and_a_deceased_members_go_to_the_estate()
    {
        var s = await StartAsync(app);
        var resigning = await s.MemberAsync("Gagné", "Luc", paid: 10m);
        var deceased = await s.MemberAsync("Côté", "Anne", paid: 10m);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{resigning}/status", new { status = "Resigned", effectiveOn = Yesterday, reason = "Déménagement" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync($"{s.Base}/members/{deceased}/status", new { status = "Deceased", effectiveOn = Yesterday, reason = "Avis de décès" })).StatusCode);
        var requests = await DbAsync(app, db => db.RefundRequests.IgnoreQueryFilters().Where(r => r.CoopId == s.CoopId).ToListAsync());
        Assert.Equal(RefundGround.MembershipEnded, requests.Single(r => r.MemberId == resigning).Ground);
        Assert.Equal(RefundGround.Estate, requests.Single(r => r.MemberId == deceased).Ground);
        Assert.All(requests, r => Assert.Equal(10m, r.Amount));
        // Nothing more to ask for: the queue already holds everything paid.
        var more = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{resigning}/refund-requests", new { amount = 1m, requestedOn = Yesterday });
        await ProblemAssert.IsProblem(more, HttpStatusCode.UnprocessableEntity, "Membership.RefundExceedsPaid");
    }

    [Fact]
    public async Task S58_an_exclusion_is_recorded_step_by_step_needs_two_thirds_of_directors_present_and_takes_effect_on_the_letters_date()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Tremblay", "Marc", paid: 10m);
        var url = $"{s.Base}/members/{memberId}/proceedings";
        var badNotice = await s.Admin.PostAsJsonAsync(url, new { sanction = "Exclusion", grounds = "", noticeSentOn = Before, meetingOn = Before });
        await ProblemAssert.IsProblem(badNotice, HttpStatusCode.BadRequest, "Platform.Required");

        // A first vote short of two thirds (4 of 7): not upheld, the member stays active.
        var first = await Json(await s.Admin.PostAsJsonAsync(url, new { sanction = "Exclusion", grounds = "Propos injurieux envers le personnel", noticeSentOn = Before, meetingOn = Before.AddDays(5) }));
        var id = first.GetProperty("id").GetGuid();
        var notUpheld = await Json(await s.Admin.PostAsJsonAsync($"{url}/{id}/decision", new { decidedOn = Before.AddDays(5), directorsPresent = 7, votesFor = 4, resolutionNumber = "CA-58a", version = first.GetProperty("version").GetInt32() }));
        Assert.Equal("NotUpheld", notUpheld.GetProperty("stage").GetString());

        var p = await Json(await s.Admin.PostAsJsonAsync(url, new { sanction = "Exclusion", grounds = "Récidive", noticeSentOn = Before, meetingOn = Before.AddDays(5) }));
        id = p.GetProperty("id").GetGuid();
        var open = await s.Admin.PostAsJsonAsync(url, new { sanction = "Suspension", grounds = "Autre", noticeSentOn = Before, meetingOn = Before.AddDays(5) });
        await ProblemAssert.IsProblem(open, HttpStatusCode.Conflict, "Membership.ProceedingAlreadyOpen");
        var early = await s.Admin.PostAsJsonAsync($"{url}/{id}/letter", new { letterSentOn = Yesterday, effectiveOn = Yesterday, reasons = "x", version = p.GetProperty("version").GetInt32() });
        await ProblemAssert.IsProblem(early, HttpStatusCode.Conflict, "Membership.ProceedingStepOutOfOrder");
        p = await Json(await s.Admin.PostAsJsonAsync($"{url}/{id}/representations", new { heardOn = Before.AddDays(5), representations = "Le membre conteste les faits.", version = p.GetProperty("version").GetInt32() }));
        p = await Json(await s.Admin.PostAsJsonAsync($"{url}/{id}/decision", new { decidedOn = Before.AddDays(5), directorsPresent = 7, votesFor = 5, resolutionNumber = "CA-58b", version = p.GetProperty("version").GetInt32() }));
        Assert.Equal("Decided", p.GetProperty("stage").GetString());
        Assert.Equal(Before.AddDays(20), DateOnly.Parse(p.GetProperty("letterDueBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // s. 58: the letter within 15 days; the decision takes effect on the date it gives, not before.
        var version = p.GetProperty("version").GetInt32();
        var late = await s.Admin.PostAsJsonAsync($"{url}/{id}/letter", new { letterSentOn = Before.AddDays(5 + 16), effectiveOn = Before.AddDays(5 + 16), reasons = "Motifs", version });
        var before = await s.Admin.PostAsJsonAsync($"{url}/{id}/letter", new { letterSentOn = Before.AddDays(7), effectiveOn = Before.AddDays(6), reasons = "Motifs", version });
        await ProblemAssert.IsProblem(before, HttpStatusCode.BadRequest, "Membership.EffectBeforeLetter");
        Assert.Equal("Active", (await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"))).GetProperty("status").GetString());
        var letter = await Json(await s.Admin.PostAsJsonAsync($"{url}/{id}/letter", new { letterSentOn = Before.AddDays(7), effectiveOn = Before.AddDays(8), reasons = "Récidive établie", version }));
        Assert.Equal("LetterSent", letter.GetProperty("stage").GetString());
        Assert.True(late.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, "a letter 16 days after the decision is refused");

        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        Assert.Equal("Excluded", detail.GetProperty("status").GetString());
        Assert.Equal(Before.AddDays(8), DateOnly.Parse(detail.GetProperty("statusSince").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("CA-58b", detail.GetProperty("statusHistory").EnumerateArray().Last().GetProperty("resolutionNumber").GetString());
        var stored = await DbAsync(app, db => db.Proceedings.IgnoreQueryFilters().SingleAsync(x => x.Id == id));
        Assert.Equal((7, 5, "Le membre conteste les faits."), (stored.DirectorsPresent!.Value, stored.VotesFor!.Value, stored.Representations));
        Assert.Equal(RefundGround.MembershipEnded, (await DbAsync(app, db => db.RefundRequests.IgnoreQueryFilters().SingleAsync(r => r.MemberId == memberId))).Ground);
        foreach (var type in new[] { AuditEventType.ProceedingNoticeSent, AuditEventType.ProceedingRepresentationsRecorded, AuditEventType.ProceedingLetterSent })
            Assert.Equal(type == AuditEventType.ProceedingNoticeSent ? 2 : 1, await AuditCountAsync(app, type));
        Assert.Equal(2, await AuditCountAsync(app, AuditEventType.ProceedingDecided));
    }

    [Fact]
    public async Task S58_a_suspended_member_is_reinstated_only_by_a_board_resolution()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Roy", "Julie");
        var url = $"{s.Base}/members/{memberId}/proceedings";
        var p = await Json(await s.Admin.PostAsJsonAsync(url, new { sanction = "Suspension", grounds = "Retards répétés", noticeSentOn = Before, meetingOn = Before.AddDays(3) }));
        var id = p.GetProperty("id").GetGuid();
        p = await Json(await s.Admin.PostAsJsonAsync($"{url}/{id}/decision", new { decidedOn = Before.AddDays(3), directorsPresent = 6, votesFor = 4, resolutionNumber = "CA-60", version = p.GetProperty("version").GetInt32() }));
        await s.Admin.PostAsJsonAsync($"{url}/{id}/letter", new { letterSentOn = Before.AddDays(4), effectiveOn = Before.AddDays(4), reasons = "Retards", version = p.GetProperty("version").GetInt32() });
        Assert.Equal("Suspended", (await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"))).GetProperty("status").GetString());

        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{s.Base}/members/{memberId}/status", new { status = "Active", effectiveOn = Yesterday, reason = "Fin", resolutionNumber = "CA-61" })).StatusCode);
        var noResolution = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/status", new { status = "Active", effectiveOn = Yesterday, reason = "Fin" });
        await ProblemAssert.IsProblem(noResolution, HttpStatusCode.BadRequest, "Membership.ResolutionRequired");
        var back = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/status", new { status = "Active", effectiveOn = Yesterday, reason = "Fin de la suspension", resolutionNumber = "CA-61" }));
        Assert.Equal("Active", back.GetProperty("status").GetString());
        Assert.Equal(0, await DbAsync(app, db => db.RefundRequests.IgnoreQueryFilters().CountAsync(r => r.MemberId == memberId)));
    }

    [Fact]
    public async Task A_change_of_category_is_a_board_decision_with_its_history_not_an_identity_correction()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gagné", "Luc");
        var detail = await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"));
        var version = detail.GetProperty("version").GetInt32();
        var asCorrection = await s.Admin.PutAsJsonAsync($"{s.Base}/members/{memberId}", new { version, identity = Person("Gagné", "Luc", category: "Worker") });
        await ProblemAssert.IsProblem(asCorrection, HttpStatusCode.UnprocessableEntity, "Membership.CategoryChangeIsBoardDecision");

        var staff = await app.ClientAsync(Role.CoopStaff, s.CoopId);
        var change = new { category = "Worker", decidedOn = Yesterday, resolutionNumber = "CA-12", reason = "Embauché comme infirmier", version };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{s.Base}/members/{memberId}/category", change)).StatusCode);
        var history = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/category", change));
        Assert.Equal("CA-12", history[0].GetProperty("resolutionNumber").GetString());
        Assert.Equal("User", history[0].GetProperty("from").GetString());
        var stale = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/category", change with { category = "Supporting" });
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal("Worker", (await Json(await s.Admin.GetAsync($"{s.Base}/members/{memberId}"))).GetProperty("identity").GetProperty("category").GetString());
        Assert.Equal(1, await AuditCountAsync(app, AuditEventType.MemberCategoryChanged));
    }

    [Fact]
    public async Task Amounts_owed_follow_the_bylaws_instalments_owing_versus_overdue_per_member_and_in_the_coops_paged_list()
    {
        var s = await StartAsync(app);
        // Worker: 50 $ over 12 monthly instalments, subscribed at admission (the first instalment is due at once).
        var worker = await s.MemberAsync("Gagné", "Luc", category: "Worker");
        var user = await s.MemberAsync("Côté", "Anne");
        var w = await Json(await s.Admin.GetAsync($"{s.Base}/members/{worker}/amounts-owed"));
        Assert.Equal(50m, w.GetProperty("owing").GetDecimal());
        Assert.Equal(4.16m, w.GetProperty("overdue").GetDecimal());
        var u = await Json(await s.Admin.GetAsync($"{s.Base}/members/{user}/amounts-owed"));
        Assert.Equal((10m, 10m), (u.GetProperty("owing").GetDecimal(), u.GetProperty("overdue").GetDecimal()));

        var page = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed?pageSize=1"));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        await s.Admin.PostAsJsonAsync($"{s.Base}/members/{worker}/shares/payments", new { amount = 5m, method = "Cash", occurredOn = Yesterday });
        var overdue = await Json(await s.Admin.GetAsync($"{s.Base}/amounts-owed?overdueOnly=true"));
        Assert.Equal([user], overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("memberId").GetGuid()));
    }

    [Fact]
    public async Task Law25_a_household_person_is_added_only_once_given_the_notice_on_their_information()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Gagné", "Luc");
        var url = $"{s.Base}/members/{memberId}/household";
        var without = await s.Admin.PostAsJsonAsync(url, new { relationship = "Spouse", familyName = "Côté", givenName = "Anne", dateOfBirth = new DateOnly(1982, 3, 1) });
        await ProblemAssert.IsProblem(without, HttpStatusCode.BadRequest, "Membership.HouseholdNoticeRequired");
        Assert.Equal(0, await DbAsync(app, db => db.HouseholdPersons.IgnoreQueryFilters().CountAsync(h => h.MemberId == memberId)));
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostAsJsonAsync(url, new { relationship = "Spouse", familyName = "Côté", givenName = "Anne", dateOfBirth = new DateOnly(1982, 3, 1), noticeGiven = true })).StatusCode);
        Assert.NotNull((await DbAsync(app, db => db.HouseholdPersons.IgnoreQueryFilters().SingleAsync(h => h.MemberId == memberId))).NoticeGivenAt);
    }
}
