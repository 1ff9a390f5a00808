using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>The Cooperatives Act's rules on who votes, the board, special meetings, resolutions, minutes and notices by mail.</summary>
public sealed class MeetingGovernanceTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Agenda = ["Ouverture", "Élections"];
    private static readonly string[] OneSubject = ["Sujet"];
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

    private string Url(string path = "") => $"/api/v1/coops/{_coop}{path}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<MeetingDetail> MeetingAsync(string kind = "Annual", int? signatures = null, DateOnly? receivedOn = null)
    {
        var response = await _admin.PostAsJsonAsync(Url("/meetings"), new
        {
            kind, date = MeetingsData.Today.AddDays(20), startTime = "19:00:00", place = "Salle communautaire", agenda = Agenda,
            requestSignatures = signatures, requestReceivedOn = receivedOn,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
    }

    private async Task<MeetingDetail> ConvenedAsync()
    {
        var meeting = await MeetingAsync();
        var response = await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/convene"), new { version = meeting.Version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
    }

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

    private async Task<List<string>> VotersAsync(DateOnly? asOf = null)
    {
        var page = await _admin.GetFromJsonAsync<Page<VoterItem>>(Url($"/meetings/voters?asOf={Day(asOf ?? MeetingsData.Today)}"), Json);
        return page!.Items.Select(v => v.FamilyName).ToList();
    }

    private async Task<VoteSuspensionItem> SuspendAsync(Member m, DateOnly notifiedOn)
    {
        var response = await _admin.PostAsJsonAsync(Url("/vote-suspensions"), new
        {
            memberId = m.Id, decidedOn = notifiedOn, notifiedOn, resolutionNumber = "CA-2026-07", grounds = "Comportement à l'assemblée précédente",
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<VoteSuspensionItem>(Json))!;
    }

    [Fact]
    public async Task A_member_paying_qualifying_shares_by_instalments_keeps_the_vote_s4_and_s60_2()
    {
        await _data.MemberAsync("Payé", "Paul");
        await _data.MemberAsync("Versements", "Vera", paid: 20m);
        await _data.MemberAsync("Rien", "Rita", paid: 0m);
        Assert.Equal(["Payé", "Rien", "Versements"], await VotersAsync());
    }

    [Fact]
    public async Task Only_a_board_suspension_takes_the_vote_away_and_lifting_it_gives_it_back_s60_2()
    {
        var kept = await _data.MemberAsync("Gardé", "Guy");
        var suspended = await _data.MemberAsync("Suspendu", "Sam");
        var s = await SuspendAsync(suspended, MeetingsData.Today.AddDays(-2));
        Assert.True(s.InForce);
        Assert.Equal(MeetingsData.Today.AddDays(13), s.ContestDeadline);
        Assert.Equal(["Gardé"], await VotersAsync());
        Assert.Equal(["Gardé", "Suspendu"], await VotersAsync(MeetingsData.Today.AddDays(-3)));
        var row = await Db(db => db.Set<VoteSuspension>().SingleAsync());
        Assert.Equal(("CA-2026-07", suspended.Id, (DateOnly?)null), (row.ResolutionNumber, row.MemberId, row.LiftedOn));
        Assert.Single(await AuditAsync(AuditEventType.VoteSuspended));

        var meeting = await ConvenedAsync();
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/attendance"), new { memberId = suspended.Id }),
            HttpStatusCode.UnprocessableEntity, "Meetings.NotAVoter");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url("/vote-suspensions"), new
        {
            memberId = suspended.Id, decidedOn = MeetingsData.Today, notifiedOn = MeetingsData.Today, resolutionNumber = "CA-2", grounds = "Encore",
        }), HttpStatusCode.Conflict, "MeetingOps.VoteAlreadySuspended");

        var lift = await _admin.PostAsJsonAsync(Url($"/vote-suspensions/{s.Id}/lift"), new { version = s.Version, liftedOn = MeetingsData.Today, reason = "Levée par le conseil" });
        Assert.Equal(HttpStatusCode.OK, lift.StatusCode);
        Assert.Equal(["Gardé", "Suspendu"], await VotersAsync());
        Assert.Equal(MeetingsData.Today, (await Db(db => db.Set<VoteSuspension>().SingleAsync())).LiftedOn);
        Assert.Single(await AuditAsync(AuditEventType.VoteSuspensionLifted));
        Assert.NotEqual(Guid.Empty, kept.Id);
    }

    [Fact]
    public async Task A_suspension_is_contested_within_15_days_of_the_notice_and_not_after_s60_2()
    {
        var late = await _data.MemberAsync("Tardif", "Théo");
        var onTime = await _data.MemberAsync("Ponctuel", "Paule");
        var old = await SuspendAsync(late, MeetingsData.Today.AddDays(-16));
        var recent = await SuspendAsync(onTime, MeetingsData.Today.AddDays(-15));

        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/vote-suspensions/{old.Id}/contest"), new { version = old.Version, contestedOn = MeetingsData.Today, note = "Je conteste" }),
            HttpStatusCode.UnprocessableEntity, "MeetingOps.ContestTooLate");
        var ok = await _admin.PostAsJsonAsync(Url($"/vote-suspensions/{recent.Id}/contest"), new { version = recent.Version, contestedOn = MeetingsData.Today, note = "Je conteste" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var rows = await Db(db => db.Set<VoteSuspension>().ToDictionaryAsync(s => s.MemberId));
        Assert.Null(rows[late.Id].ContestedOn);
        Assert.Equal(MeetingsData.Today, rows[onTime.Id].ContestedOn);
        Assert.Single(await AuditAsync(AuditEventType.VoteSuspensionContested));
    }

    [Fact]
    public async Task Supporting_members_hold_at_most_one_third_of_the_whole_board_including_directors_on_staggered_terms_s124()
    {
        // Board of 6: at most 2 supporting seats. One supporting director elected last year sits until next year.
        var sitting = await _admin.PostAsJsonAsync(Url("/directors"), new
        {
            name = "Solange Soutien", domicile = "12 rue du Fleuve, Contrecoeur J0L 1C0", category = "Supporting",
            termStart = MeetingsData.Today.AddYears(-1), termEnd = MeetingsData.Today.AddYears(1),
        });
        Assert.True(sitting.StatusCode == HttpStatusCode.OK, await sitting.Content.ReadAsStringAsync());
        var s1 = await _data.MemberAsync("Soutien", "Un", MemberCategory.Supporting);
        var s2 = await _data.MemberAsync("Soutien", "Deux", MemberCategory.Supporting);
        var meeting = await ConvenedAsync();

        // Two supporting seats at this meeting alone would be within one third; with the sitting director they are not.
        var refused = await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/elections"), new
        {
            category = "Supporting", seats = 2, candidates = new[] { new { memberId = s1.Id, votes = 5 }, new { memberId = s2.Id, votes = 4 } },
        });
        await ProblemAssert.IsProblem(refused, HttpStatusCode.UnprocessableEntity, "MeetingOps.WholeBoardSupportingOverOneThird");
        Assert.Equal(0, await Db(db => db.Set<BoardElection>().CountAsync()));
        Assert.Equal(1, await Db(db => db.Set<Director>().CountAsync()));

        var elected = await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/elections"), new
        {
            category = "Supporting", seats = 1, termYears = 3, candidates = new[] { new { memberId = s1.Id, votes = 5 }, new { memberId = s2.Id, votes = 4 } },
        });
        Assert.Equal(HttpStatusCode.OK, elected.StatusCode);
        var director = await Db(db => db.Set<Director>().SingleAsync(d => d.MemberId == s1.Id));
        Assert.Equal((MemberCategory.Supporting, meeting.Date, meeting.Date.AddYears(3)), (director.Category, director.TermStart, director.TermEnd));
        Assert.Contains("Contrecoeur", director.Domicile, StringComparison.Ordinal);
        var register = await _admin.GetFromJsonAsync<Page<DirectorItem>>(Url("/directors"), Json);
        Assert.Equal(2, register!.Total);
    }

    [Fact]
    public async Task A_special_meeting_required_by_members_needs_one_quarter_of_them_below_2000_members_s77()
    {
        Assert.Equal(500, SpecialMeetingThreshold.SignaturesRequired(2000));
        Assert.Equal(500, SpecialMeetingThreshold.SignaturesRequired(80_000));
        Assert.Equal(500, SpecialMeetingThreshold.SignaturesRequired(1999)); // one quarter of 1,999, rounded up
        for (var i = 0; i < 5; i++) await _data.MemberAsync("Membre" + i, "Test");

        var response = await _admin.PostAsJsonAsync(Url("/meetings"), new
        {
            kind = "Special", date = MeetingsData.Today.AddDays(20), startTime = "19:00:00", place = "Salle", agenda = OneSubject,
            requestSignatures = 1, requestReceivedOn = MeetingsData.Today,
        });
        await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "MeetingOps.SpecialRequestBelowThreshold");
        Assert.Equal(0, await Db(db => db.Set<Meeting>().CountAsync()));

        var meeting = await MeetingAsync("Special", signatures: 2, receivedOn: MeetingsData.Today);
        Assert.Equal((2, (DateOnly?)MeetingsData.Today), (meeting.RequestSignatures!.Value, meeting.RequestReceivedOn));
        Assert.Equal(2, await Db(db => db.Set<Meeting>().Select(m => m.RequestSignatures).SingleAsync()));
    }

    [Fact]
    public async Task A_resolution_the_act_requires_to_pass_by_two_thirds_is_rejected_with_a_simple_majority_s52()
    {
        var members = new List<Member>();
        for (var i = 0; i < 5; i++) members.Add(await _data.MemberAsync("Votant" + i, "Test"));
        var meeting = await ConvenedAsync();
        foreach (var m in members) Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/attendance"), new { memberId = m.Id })).StatusCode);

        var bylaws = await (await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/resolutions"),
            new { number = "R-1", text = "Modification du règlement", votesFor = 3, votesAgainst = 2, abstentions = 0, requiresTwoThirds = true })).Content.ReadFromJsonAsync<ResolutionResult>(Json);
        Assert.False(bylaws!.Adopted);
        Assert.True(bylaws.RequiresTwoThirds);
        var plain = await (await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/resolutions"),
            new { number = "R-2", text = "Nomination de l'auditeur", votesFor = 3, votesAgainst = 2, abstentions = 0 })).Content.ReadFromJsonAsync<ResolutionResult>(Json);
        Assert.True(plain!.Adopted);
        var rows = await Db(db => db.Set<MeetingResolution>().OrderBy(r => r.Number).Select(r => new { r.RequiresTwoThirds, r.Adopted }).ToListAsync());
        Assert.Equal([(true, false), (false, true)], rows.Select(r => (r.RequiresTwoThirds, r.Adopted)));
    }

    [Fact]
    public async Task Minutes_are_drafted_only_once_the_meeting_is_held_then_approved_and_final()
    {
        await _data.MemberAsync("Lévesque", "Hélène");
        var meeting = await ConvenedAsync();
        await ProblemAssert.IsProblem(await _admin.PutAsJsonAsync(Url($"/meetings/{meeting.Id}/minutes"), new { version = meeting.Version, text = "Trop tôt" }),
            HttpStatusCode.Conflict, "MeetingOps.MinutesBeforeHeld");
        var held = (await (await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/status"), new { version = meeting.Version, status = "Held" })).Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/minutes/approve"), new { version = held.Version }),
            HttpStatusCode.Conflict, "MeetingOps.MinutesNotDrafted");
        var drafted = (await (await _admin.PutAsJsonAsync(Url($"/meetings/{meeting.Id}/minutes"), new { version = held.Version, text = "L'assemblée s'ouvre à 19 h." })).Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
        var approved = await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/minutes/approve"), new { version = drafted.Version });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await ProblemAssert.IsProblem(await _admin.PutAsJsonAsync(Url($"/meetings/{meeting.Id}/minutes"), new { version = drafted.Version + 1, text = "Changé" }),
            HttpStatusCode.Conflict, "MeetingOps.MinutesAlreadyApproved");
        var row = await Db(db => db.Set<Meeting>().SingleAsync());
        Assert.Equal("L'assemblée s'ouvre à 19 h.", row.Minutes);
        Assert.NotNull(row.MinutesApprovedAt);
        Assert.Single(await AuditAsync(AuditEventType.MeetingMinutesApproved));
    }

    [Fact]
    public async Task Members_who_did_not_accept_email_are_convened_by_mail_with_printed_notices_and_labels_naming_the_coop()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var fed = scope.ServiceProvider.GetRequiredService<FederationDbContext>();
            fed.Coops.Add(new Coop
            {
                Id = _coop, Name = "Coop santé Lanaudière-Test", LegalName = "Coopérative de solidarité santé Lanaudière-Test", Neq = "1164583921",
                Address = "77 rue Notre-Dame", City = "Joliette", PostalCode = "J6E 3K1", RegionCode = "14", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await fed.SaveChangesAsync();
        }
        var byEmail = await _data.MemberAsync("Courriel", "Céline", email: "celine@example.org");
        var noEmail = await _data.MemberAsync("Papier", "Pierre");
        var refused = await _data.MemberAsync("Refus", "Rachel", email: "rachel@example.org");
        await Db(async db =>
        {
            var m = await db.Members.SingleAsync(x => x.Id == noEmail.Id);
            m.Email = null;
            db.Consents.Add(new MemberConsent
            {
                Id = Guid.CreateVersion7(), CoopId = _coop, MemberId = refused.Id, Purpose = NoticeChannels.EmailPurpose, TextVersion = "2026-01",
                GivenAt = DateTimeOffset.UtcNow.AddDays(-30), WithdrawnAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            return await db.SaveChangesAsync();
        });

        var meeting = await ConvenedAsync();
        Assert.Equal((1, 2), (meeting.NoticesSent, meeting.MailNotices));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mails = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.Where(e => e.CoopId == _coop).Select(e => e.To).ToListAsync();
            Assert.Equal(["celine@example.org"], mails);
        }
        var notices = await Db(db => db.Set<MeetingNoticeRecord>().ToDictionaryAsync(n => n.MemberId, n => n.Channel));
        Assert.Equal(NoticeChannel.Email, notices[byEmail.Id]);
        Assert.Equal(NoticeChannel.Mail, notices[noEmail.Id]);
        Assert.Equal(NoticeChannel.Mail, notices[refused.Id]);

        var listed = await _admin.GetFromJsonAsync<Page<MeetingNoticeItem>>(Url($"/meetings/{meeting.Id}/notices"), Json);
        Assert.Equal(3, listed!.Total);
        Assert.Equal(CoopSante.Platform.Email.OutboxStatus.Pending, listed.Items.Single(n => n.Channel == NoticeChannel.Email).EmailStatus);

        var printed = Text(await _admin.GetByteArrayAsync(Url($"/meetings/{meeting.Id}/mail-notices.pdf")));
        Assert.Contains("Pierre Papier", printed, StringComparison.Ordinal);
        Assert.Contains("Rachel Refus", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Céline", printed, StringComparison.Ordinal);
        // The letterhead of every document: the legal name, the street, "City (Québec) Postal code", the NEQ.
        Assert.Contains("Coopérative de solidarité santé Lanaudière-Test", printed, StringComparison.Ordinal);
        Assert.Contains("Joliette (Québec) J6E 3K1", printed, StringComparison.Ordinal);
        Assert.Contains("1164583921", printed, StringComparison.Ordinal);
        var labels = Text(await _admin.GetByteArrayAsync(Url($"/meetings/{meeting.Id}/mail-labels.pdf")));
        Assert.Contains("Pierre Papier", labels, StringComparison.Ordinal);
        Assert.Contains("J0L 1C0", labels, StringComparison.Ordinal);
        var notice = Text(await _admin.GetByteArrayAsync(Url($"/meetings/{meeting.Id}/notice.pdf")));
        Assert.Contains("77 rue Notre-Dame", notice, StringComparison.Ordinal);
        Assert.Contains("Secrétaire du conseil", notice, StringComparison.Ordinal);
        Assert.Equal(2, (await AuditAsync(AuditEventType.MeetingNoticesPrinted)).Count);
    }

    [Fact]
    public async Task A_meeting_with_no_active_member_is_not_convened_and_stays_a_draft()
    {
        var meeting = await MeetingAsync();
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url($"/meetings/{meeting.Id}/convene"), new { version = meeting.Version }),
            HttpStatusCode.UnprocessableEntity, "MeetingOps.NoMembersToConvene");
        Assert.Equal(MeetingStatus.Draft, await Db(db => db.Set<Meeting>().Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Another_coop_cannot_reach_this_coops_directors_suspensions_notices_or_minutes()
    {
        const string canary = "Canari-Conseil-5521";
        var member = await _data.MemberAsync(canary, "Votant");
        var s = await SuspendAsync(member, MeetingsData.Today);
        var other = Guid.CreateVersion7();
        await new MeetingsData(app, other).BylawsAsync();
        var meeting = await MeetingAsync();
        await TenancyProbe.AssertIsolatedAsync(app, other, HttpMethod.Get, Url("/vote-suspensions"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, other, HttpMethod.Post, Url($"/vote-suspensions/{s.Id}/lift"), new { version = s.Version, liftedOn = MeetingsData.Today.AddDays(1), reason = "x" }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, other, HttpMethod.Get, Url("/directors"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, other, HttpMethod.Get, Url($"/meetings/{meeting.Id}/notices"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, other, HttpMethod.Put, Url($"/meetings/{meeting.Id}/minutes"), new { version = meeting.Version, text = "x" }, canary);
        Assert.Null((await Db(db => db.Set<VoteSuspension>().SingleAsync())).LiftedOn);
    }

    private static string Text(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join('\n', doc.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }
}
