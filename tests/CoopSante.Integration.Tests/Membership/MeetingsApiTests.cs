using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using CoopSante.Platform.Localization;
using CoopSante.Membership;

namespace CoopSante.Integration.Tests.Membership;

public sealed class MeetingsApiTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] OneItem = ["a"];
    private readonly Guid _coop = Guid.CreateVersion7();
    private readonly Guid _otherCoop = Guid.CreateVersion7();
    private MeetingsData _data = null!;
    private HttpClient _staff = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = new MeetingsData(app, _coop);
        await _data.BylawsAsync();
        _staff = await app.ClientAsync(Role.CoopStaff, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path = "") => $"/api/v1/coops/{_coop}/meetings{path}";

    private static object Input(DateOnly date, string place = "Salle communautaire, Contrecœur", MeetingKind kind = MeetingKind.Annual, string[]? agenda = null, int? version = null) => new
    {
        kind = kind.ToString(), date, startTime = "19:00:00", place, agenda = agenda ?? ["Ouverture", "Rapport annuel", "Élection des administrateurs"], version,
    };

    private async Task<MeetingDetail> CreateAsync(DateOnly? date = null)
    {
        var response = await _staff.PostAsJsonAsync(Url(), Input(date ?? MeetingsData.Today.AddDays(20)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
    }

    private async Task<MeetingDetail> ConvenedAsync(DateOnly? date = null)
    {
        var meeting = await CreateAsync(date);
        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/convene"), new { version = meeting.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
    }

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private async Task<List<AuditEvent>> AuditAsync(AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(a => a.Type == type && a.CoopId == _coop).OrderBy(a => a.Sequence).ToListAsync();
    }

    [Fact]
    public async Task A_meeting_is_scheduled_with_its_ordered_agenda_and_audited()
    {
        var meeting = await CreateAsync();
        Assert.Equal(MeetingStatus.Draft, meeting.Status);
        Assert.Equal(["Ouverture", "Rapport annuel", "Élection des administrateurs"], meeting.Agenda);
        Assert.Equal(MeetingsData.Today.Year - 1, meeting.FiscalYear);
        var fetched = await _staff.GetFromJsonAsync<MeetingDetail>(Url($"/{meeting.Id}"), Json);
        Assert.Equal("Salle communautaire, Contrecœur", fetched!.Place);
        var list = await _staff.GetFromJsonAsync<Page<MeetingSummary>>(Url(), Json);
        Assert.Equal(1, list!.Total);
        Assert.Single(await AuditAsync(AuditEventType.MeetingChanged));
    }

    [Fact]
    public async Task A_meeting_with_a_past_date_no_place_and_no_agenda_is_refused_and_nothing_is_written()
    {
        var response = await _staff.PostAsJsonAsync(Url(), Input(MeetingsData.Today.AddDays(-1), place: " ", agenda: []));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Meetings.DateInPast");
        var codes = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("Platform.Required", codes);
        Assert.Contains("Meetings.AgendaRequired", codes);
        Assert.Equal(0, await Db(db => db.Set<Meeting>().IgnoreQueryFilters().CountAsync()));
        Assert.Empty(await AuditAsync(AuditEventType.MeetingChanged));
    }

    [Fact]
    public async Task A_malformed_meeting_kind_answers_400_not_500()
    {
        var response = await _staff.PostAsJsonAsync(Url(), new { kind = "Party", date = MeetingsData.Today.AddDays(20), startTime = "19:00:00", place = "x", agenda = OneItem });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Editing_a_meeting_with_a_stale_version_answers_409_and_keeps_the_first_edit()
    {
        var meeting = await CreateAsync();
        var first = await _staff.PutAsJsonAsync(Url($"/{meeting.Id}"), Input(MeetingsData.Today.AddDays(30), place: "Gymnase", agenda: ["Ouverture"], version: meeting.Version));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var updated = (await first.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
        Assert.Equal(["Ouverture"], updated.Agenda);
        var stale = await _staff.PutAsJsonAsync(Url($"/{meeting.Id}"), Input(MeetingsData.Today.AddDays(40), place: "Église", version: meeting.Version));
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
        var now = await _staff.GetFromJsonAsync<MeetingDetail>(Url($"/{meeting.Id}"), Json);
        Assert.Equal("Gymnase", now!.Place);
        Assert.Single(now.Agenda);
    }

    [Fact]
    public async Task Convening_closer_than_the_bylaw_notice_is_refused_and_sends_nothing()
    {
        await _data.MemberAsync("Tremblay", "Marie");
        var meeting = await CreateAsync(MeetingsData.Today.AddDays(9));
        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/convene"), new { version = meeting.Version });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "Meetings.NoticeTooShort");
        Assert.Contains("10", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Draft, await Db(db => db.Set<Meeting>().IgnoreQueryFilters().Select(m => m.Status).SingleAsync()));
        Assert.Equal(0, await OutboxCountAsync());
        Assert.Empty(await AuditAsync(AuditEventType.MeetingConvened));
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.CountAsync(e => e.Kind == Convocation.EmailKind);
    }

    [Fact]
    public async Task Convening_emails_every_active_member_in_their_language_and_audits_the_count()
    {
        var fr = await _data.MemberAsync("Tremblay", "Marie", email: "marie@example.org");
        var en = await _data.MemberAsync("Smith", "John", email: "john@example.org", language: "en");
        await _data.MemberAsync("Gagnon", "Luc", email: "luc@example.org", status: MemberStatus.Resigned);
        var meeting = await ConvenedAsync();
        Assert.Equal(MeetingStatus.Convened, meeting.Status);
        Assert.Equal(2, meeting.NoticesSent);

        await using var scope = app.Services.CreateAsyncScope();
        var mails = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.Where(e => e.Kind == Convocation.EmailKind).ToListAsync();
        Assert.Equal(2, mails.Count);
        var french = mails.Single(m => m.To == fr.Email);
        Assert.Equal("fr-CA", french.Culture);
        Assert.Contains("Avis de convocation", french.Subject, StringComparison.Ordinal);
        Assert.Contains("Élection des administrateurs", french.TextBody, StringComparison.Ordinal);
        var english = mails.Single(m => m.To == en.Email);
        Assert.Equal("en-CA", english.Culture);
        Assert.Contains("Notice of meeting", english.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(mails, m => m.To == "luc@example.org");

        var audit = Assert.Single(await AuditAsync(AuditEventType.MeetingConvened));
        Assert.Contains("\"notices\":2", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_voters_list_holds_the_members_active_on_the_date_whether_or_not_their_shares_are_fully_paid_s4()
    {
        await _data.MemberAsync("Bélanger", "Émile");
        await _data.MemberAsync("Côté", "Anne", paid: 40m);
        await _data.MemberAsync("Roy", "Paul", status: MemberStatus.Resigned, admitted: MeetingsData.Today.AddYears(-2));
        await _data.MemberAsync("Nouveau", "Nadia", admitted: MeetingsData.Today.AddDays(-3));

        var asOf = MeetingsData.Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await _staff.GetFromJsonAsync<Page<VoterItem>>(Url($"/voters?asOf={asOf}&pageSize=1"), Json);
        Assert.Equal(2, page!.Total);
        Assert.Equal("Bélanger", Assert.Single(page.Items).FamilyName);

        var today = await _staff.GetFromJsonAsync<Page<VoterItem>>(Url("/voters"), Json);
        Assert.Equal(["Bélanger", "Côté", "Nouveau"], today!.Items.Select(v => v.FamilyName));

        var csv = await _staff.GetAsync(Url($"/voters.csv?asOf={asOf}"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"Numéro de membre\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Bélanger\";\"Émile\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Côté\";\"Anne\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Roy", text, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(AuditEventType.DataExported));
    }

    [Fact]
    public async Task A_bad_page_size_on_the_voters_list_is_a_400()
    {
        await ProblemAssert.IsProblem(await _staff.GetAsync(Url("/voters?pageSize=0")), HttpStatusCode.BadRequest, "Platform.InvalidPage");
    }

    [Fact]
    public async Task Check_in_ticks_voters_once_and_the_quorum_follows_the_count()
    {
        var a = await _data.MemberAsync("Lévesque", "Hélène");
        var b = await _data.MemberAsync("Bouchard", "René");
        var resigned = await _data.MemberAsync("Pelletier", "Jean", status: MemberStatus.Resigned);
        var meeting = await ConvenedAsync();

        var door = await _staff.GetFromJsonAsync<DoorView>(Url($"/{meeting.Id}/attendance?q=levesque helene"), Json);
        Assert.Equal(a.Id, Assert.Single(door!.Matches).MemberId);
        Assert.Equal(new AttendanceTally(0, 2, 2, false), door.Tally);

        var first = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = a.Id });
        Assert.Equal(new AttendanceTally(1, 2, 2, false), await first.Content.ReadFromJsonAsync<AttendanceTally>(Json));
        var second = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = b.Id });
        Assert.Equal(new AttendanceTally(2, 2, 2, true), await second.Content.ReadFromJsonAsync<AttendanceTally>(Json));

        await ProblemAssert.IsProblem(await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = a.Id }), HttpStatusCode.Conflict, "Meetings.AlreadyCheckedIn");
        await ProblemAssert.IsProblem(await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = resigned.Id }), HttpStatusCode.UnprocessableEntity, "Meetings.NotAVoter");
        Assert.Equal(2, await Db(db => db.Set<MeetingAttendance>().IgnoreQueryFilters().CountAsync()));
        Assert.Equal(2, (await AuditAsync(AuditEventType.MeetingChanged)).Count(e => e.Details!.Contains("checkIn", StringComparison.Ordinal)));

        var after = await _staff.GetFromJsonAsync<DoorView>(Url($"/{meeting.Id}/attendance?q=lev"), Json);
        Assert.True(Assert.Single(after!.Matches).Present);
    }

    [Fact]
    public async Task Check_in_is_refused_before_the_meeting_is_convened()
    {
        var a = await _data.MemberAsync("Lévesque", "Hélène");
        var meeting = await CreateAsync();
        await ProblemAssert.IsProblem(await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = a.Id }), HttpStatusCode.Conflict, "Meetings.NotInSession");
    }

    [Fact]
    public async Task A_board_election_elects_the_candidates_with_the_most_votes()
    {
        var a = await _data.MemberAsync("Lavoie", "Julie");
        var b = await _data.MemberAsync("Fortin", "Marc");
        var c = await _data.MemberAsync("Morin", "Sophie");
        var meeting = await ConvenedAsync();
        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/elections"), new
        {
            category = "User", seats = 2, candidates = new[] { new { memberId = a.Id, votes = 30 }, new { memberId = b.Id, votes = 12 }, new { memberId = c.Id, votes = 25 } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ElectionResult>(Json))!;
        Assert.Equal([a.Id, c.Id], result.Candidates.Where(x => x.Elected).Select(x => x.MemberId));
        Assert.Contains(await AuditAsync(AuditEventType.MeetingChanged), e => e.Details!.Contains("election", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Supporting_members_may_not_be_elected_to_more_than_one_third_of_the_seats_and_nothing_is_written()
    {
        var s1 = await _data.MemberAsync("Soutien", "Un", MemberCategory.Supporting);
        var s2 = await _data.MemberAsync("Soutien", "Deux", MemberCategory.Supporting);
        var s3 = await _data.MemberAsync("Soutien", "Trois", MemberCategory.Supporting);
        var meeting = await ConvenedAsync();
        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/elections"), new
        {
            category = "Supporting", seats = 3, candidates = new[] { new { memberId = s1.Id, votes = 3 }, new { memberId = s2.Id, votes = 2 }, new { memberId = s3.Id, votes = 1 } },
        });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "Meetings.SupportingSeatsExceedOneThird");
        Assert.Contains("tiers", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Db(db => db.Set<BoardElection>().IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await Db(db => db.Set<ElectionCandidate>().IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_candidate_of_another_category_or_not_entitled_to_vote_is_refused()
    {
        var worker = await _data.MemberAsync("Travailleur", "Tom", MemberCategory.Worker);
        var resigned = await _data.MemberAsync("Démission", "Ivan", status: MemberStatus.Resigned);
        var meeting = await ConvenedAsync();
        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/elections"), new
        {
            category = "User", seats = 1, candidates = new[] { new { memberId = worker.Id, votes = 3 }, new { memberId = resigned.Id, votes = 2 } },
        });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "Meetings.CandidateNotEligible");
        Assert.Equal(["candidates[0].memberId", "candidates[1].memberId"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(0, await Db(db => db.Set<BoardElection>().IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_resolution_records_its_votes_and_result_within_the_members_present()
    {
        var a = await _data.MemberAsync("Lévesque", "Hélène");
        var b = await _data.MemberAsync("Bouchard", "René");
        var c = await _data.MemberAsync("Gauthier", "Lise");
        var meeting = await ConvenedAsync();
        foreach (var m in new[] { a, b, c })
            Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = m.Id })).StatusCode);

        var tooMany = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/resolutions"), new { number = "AGA-2026-01", text = "Adoption des états financiers", votesFor = 3, votesAgainst = 1, abstentions = 0 });
        await ProblemAssert.IsProblem(tooMany, HttpStatusCode.BadRequest, "Meetings.VotesInvalid");
        Assert.Equal(0, await Db(db => db.Set<MeetingResolution>().IgnoreQueryFilters().CountAsync()));

        var ok = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/resolutions"), new { number = "AGA-2026-01", text = "Adoption des états financiers", votesFor = 2, votesAgainst = 0, abstentions = 1 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await ok.Content.ReadFromJsonAsync<ResolutionResult>(Json))!.Adopted);
        var again = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/resolutions"), new { number = "AGA-2026-01", text = "Autre", votesFor = 0, votesAgainst = 0, abstentions = 0 });
        await ProblemAssert.IsProblem(again, HttpStatusCode.Conflict, "Meetings.ResolutionNumberTaken");
        Assert.Contains(await AuditAsync(AuditEventType.MeetingChanged), e => e.Details!.Contains("resolution", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_meeting_goes_from_convened_to_held_to_closed_and_no_other_way()
    {
        await _data.MemberAsync("Lévesque", "Hélène");
        var meeting = await ConvenedAsync();
        await ProblemAssert.IsProblem(await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/status"), new { version = meeting.Version, status = "Closed" }), HttpStatusCode.Conflict, "Meetings.StatusChangeNotAllowed");
        var held = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/status"), new { version = meeting.Version, status = "Held" });
        var heldMeeting = (await held.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
        Assert.Equal(MeetingStatus.Held, heldMeeting.Status);
        await ProblemAssert.IsProblem(await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/status"), new { version = meeting.Version, status = "Closed" }), HttpStatusCode.Conflict, "Platform.StaleVersion");
        var closed = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/status"), new { version = heldMeeting.Version, status = "Closed" });
        Assert.Equal(MeetingStatus.Closed, (await closed.Content.ReadFromJsonAsync<MeetingDetail>(Json))!.Status);
        await ProblemAssert.IsProblem(await _staff.PutAsJsonAsync(Url($"/{meeting.Id}"), Input(MeetingsData.Today.AddDays(30), version: heldMeeting.Version + 1)), HttpStatusCode.Conflict, "Meetings.NotEditable");
    }

    [Fact]
    public async Task The_annual_report_gives_the_deadlines_and_the_figures_of_the_fiscal_year()
    {
        var year = MeetingsData.Today.Year - 1;
        await _data.MemberAsync("Ancien", "Un", admitted: new DateOnly(year - 1, 5, 1));
        await _data.MemberAsync("Admis", "Deux", MemberCategory.Worker, admitted: new DateOnly(year, 3, 1));
        await _data.MemberAsync("Parti", "Trois", status: MemberStatus.Resigned, admitted: new DateOnly(year, 6, 1));
        await _data.MemberAsync("Récent", "Quatre", admitted: new DateOnly(year + 1, 1, 15));

        var report = await _staff.GetFromJsonAsync<AnnualReportFigures>(Url($"/annual-report?fiscalYear={year}"), Json);
        Assert.Equal(new DateOnly(year, 12, 31), report!.YearEnd);
        Assert.Equal(new DateOnly(year + 1, 6, 30), report.AgmDeadline);
        Assert.Equal(new DateOnly(year + 1, 7, 30), report.AnnualReportDeadline);
        Assert.Equal([new CategoryCount(MemberCategory.User, 1), new CategoryCount(MemberCategory.Worker, 1)], report.MembersByCategory);
        Assert.Equal(2, report.Admissions);
        Assert.Equal(1, report.Departures);
        Assert.Equal(300m, report.ShareCapital);

        await ProblemAssert.IsProblem(await _staff.GetAsync(Url("/annual-report?fiscalYear=99999")), HttpStatusCode.BadRequest, "Meetings.FiscalYearInvalid");
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task The_minutes_give_attendance_quorum_resolutions_and_election_results_in_french_or_english()
    {
        var a = await _data.MemberAsync("Lévesque", "Hélène");
        var b = await _data.MemberAsync("Bouchard", "René");
        var meeting = await ConvenedAsync();
        foreach (var m in new[] { a, b })
            Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/attendance"), new { memberId = m.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/resolutions"),
            new { number = "AGA-01", text = "Adoption des états financiers", votesFor = 2, votesAgainst = 0, abstentions = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/elections"),
            new { category = "User", seats = 1, candidates = new[] { new { memberId = a.Id, votes = 2 }, new { memberId = b.Id, votes = 0 } } })).StatusCode);

        var fr = await _staff.GetAsync(Url($"/{meeting.Id}/minutes.pdf"));
        Assert.Equal("application/pdf", fr.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await fr.Content.ReadAsByteArrayAsync());
        Assert.Contains("Procès-verbal", text, StringComparison.Ordinal);
        Assert.Contains("Membres présents : 2 sur 2", text, StringComparison.Ordinal);
        Assert.Contains("Quorum atteint", text, StringComparison.Ordinal);
        Assert.Contains("AGA-01", text, StringComparison.Ordinal);
        Assert.Contains("Adoptée", text, StringComparison.Ordinal);
        Assert.Contains("Hélène Lévesque — 2 voix — élu(e)", text, StringComparison.Ordinal);

        var en = PdfText(await _staff.GetByteArrayAsync(Url($"/{meeting.Id}/minutes.pdf?lang=en")));
        Assert.Contains("Minutes", en, StringComparison.Ordinal);
        Assert.Contains("Quorum reached", en, StringComparison.Ordinal);
        Assert.Contains("Adopted", en, StringComparison.Ordinal);
        Assert.Contains("elected", en, StringComparison.Ordinal);

        await ProblemAssert.IsProblem(await _staff.GetAsync(Url($"/{meeting.Id}/minutes.pdf?lang=de")), HttpStatusCode.BadRequest, "Platform.InvalidValue");
    }

    [Fact]
    public async Task The_printable_notice_gives_date_place_and_agenda()
    {
        var meeting = await CreateAsync();
        var text = PdfText(await _staff.GetByteArrayAsync(Url($"/{meeting.Id}/notice.pdf")));
        Assert.Contains("Avis de convocation", text, StringComparison.Ordinal);
        Assert.Contains("Salle communautaire, Contrecœur", text, StringComparison.Ordinal);
        Assert.Contains("3. Élection des administrateurs", text, StringComparison.Ordinal);
        Assert.Contains(Formats.DayAndDate(meeting.Date, CultureInfo.GetCultureInfo("fr-CA")), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_and_clinicians_of_the_coop_have_no_access_to_meetings()
    {
        var meeting = await CreateAsync();
        foreach (var role in new[] { Role.Member, Role.Clinician })
        {
            var client = await app.ClientAsync(role, _coop);
            var response = await client.GetAsync(Url($"/{meeting.Id}"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url("/voters"))).StatusCode);
        }
    }

    [Fact]
    public async Task Another_coop_cannot_read_or_change_this_coops_meetings()
    {
        const string canary = "Canari-Réunion-8841";
        var member = await _data.MemberAsync(canary, "Voteur");
        var response = await _staff.PostAsJsonAsync(Url(), Input(MeetingsData.Today.AddDays(20), place: canary));
        var meeting = (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
        await new MeetingsData(app, _otherCoop).BylawsAsync();

        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url(), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url($"/{meeting.Id}"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Put, Url($"/{meeting.Id}"), Input(MeetingsData.Today.AddDays(25), version: meeting.Version), canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Post, Url($"/{meeting.Id}/convene"), new { version = meeting.Version }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Post, Url($"/{meeting.Id}/status"), new { version = meeting.Version, status = "Held" }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url("/voters"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url("/voters.csv"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url($"/{meeting.Id}/attendance?q={canary}"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Post, Url($"/{meeting.Id}/attendance"), new { memberId = member.Id }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Post, Url($"/{meeting.Id}/elections"), new { category = "User", seats = 1, candidates = new[] { new { memberId = member.Id, votes = 1 } } }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Post, Url($"/{meeting.Id}/resolutions"), new { number = "1", text = "x", votesFor = 0, votesAgainst = 0, abstentions = 0 }, canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url("/annual-report"), canary: canary);
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url($"/{meeting.Id}/notice.pdf"));
        await TenancyProbe.AssertIsolatedAsync(app, _otherCoop, HttpMethod.Get, Url($"/{meeting.Id}/minutes.pdf"));

        // A coop-B manager acting on its own coop's route cannot reach coop A's meeting either.
        var otherStaff = await app.ClientAsync(Role.CoopAdmin, _otherCoop);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/v1/coops/{_otherCoop}/meetings/{meeting.Id}")).StatusCode);
        var stillDraft = await Db(db => db.Set<Meeting>().IgnoreQueryFilters().SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal(MeetingStatus.Draft, stillDraft.Status);
        Assert.Equal(meeting.Version, stillDraft.Version);
    }
}
