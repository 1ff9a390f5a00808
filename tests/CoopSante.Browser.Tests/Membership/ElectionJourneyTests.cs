using System.Globalization;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Email;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>
/// A board election recorded on the meeting's page, on a phone, through the same feature code as the API: the one-third
/// rule for supporting members counts the directors whose staggered terms continue, and its refusal is shown in French.
/// </summary>
public sealed class ElectionJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator In(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private async Task<T> InCoopAsync<T>(Func<IServiceProvider, MembershipDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    /// <summary>A meeting convened through the convocation code (the notices exist), and two supporting directors still in office on its date.</summary>
    private async Task<(Guid MeetingId, DateOnly Date, List<Voter> Supporting)> ConvenedMeetingAsync()
    {
        return await InCoopAsync(async (services, db) =>
        {
            var clock = services.GetRequiredService<TimeProvider>();
            var audit = services.GetRequiredService<IAuditTrail>();
            // A date of its own (the demo's meeting and the other journey's are nearer), so that these directors concern this meeting only.
            var date = clock.Today().AddDays(300 + Random.Shared.Next(200));
            var created = (await MeetingsApi.Create(DemoIds.Contrecoeur, new MeetingInput(MeetingKind.Special, date, new TimeOnly(19, 0), "Salle du conseil " + Guid.NewGuid().ToString("N")[..6], null, ["Élection des administrateurs"]),
                db, audit, clock, CancellationToken.None)).Value!;
            await Convocation.Convene(created.Id, new VersionRequest(created.Version), db, audit, services.GetRequiredService<IEmailOutbox>(), clock, CancellationToken.None);
            var supporting = (await Voters.AsOfAsync(db, date, CancellationToken.None)).Where(v => v.Category == MemberCategory.Supporting).Take(3).ToList();
            foreach (var v in supporting.Take(2))
                await Directors.RecordAsync(db, audit, clock, DemoIds.Contrecoeur,
                    new DirectorInput($"{v.GivenName} {v.FamilyName}", "Contrecoeur", MemberCategory.Supporting, date.AddYears(-1), date.AddYears(1)), CancellationToken.None);
            return (created.Id, date, supporting);
        });
    }

    [Fact]
    public async Task On_a_phone_a_manager_records_an_election_and_the_one_third_rule_counts_the_directors_still_in_office()
    {
        var (meetingId, date, supporting) = await ConvenedMeetingAsync();
        var (first, second) = (supporting[1], supporting[2]);
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync($"/assemblees/{meetingId}");
        await page.WaitInteractiveAsync();
        var elections = page.GetByTestId("elections");
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Convoquée");
        await Assertions.Expect(elections.GetByTestId("board-in-office")).ToContainTextAsync("sur 9, dont 2 de membres de soutien (au plus 3)"); // other journeys may add user directors at Contrecoeur

        // Two supporting seats would make four of nine with the two directors whose terms continue: refused, nothing written.
        await elections.Locator(".mud-select").Filter(new() { HasText = "Catégorie de sièges" }).First.Locator(".mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Membre de soutien" }).First.ClickAsync();
        await In(elections, "elect-seats").FillAsync("2");
        var rows = elections.GetByTestId("elect-candidate");
        await In(rows.Nth(0), "elect-member").FillAsync(first.MemberNumber.ToString(CultureInfo.InvariantCulture));
        await In(rows.Nth(0), "elect-votes").FillAsync("12");
        await Assertions.Expect(rows.Nth(0).GetByTestId("elect-name")).ToHaveTextAsync($"{first.GivenName} {first.FamilyName}");
        await elections.GetByTestId("elect-add").ClickAsync();
        await In(rows.Nth(1), "elect-member").FillAsync(second.MemberNumber.ToString(CultureInfo.InvariantCulture));
        await In(rows.Nth(1), "elect-votes").FillAsync("7");
        await page.GetByTestId("elect-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("error")).ToHaveTextAsync("Les membres de soutien ne peuvent occuper plus de 3 des 9 sièges du conseil; 2 sont déjà en poste.");
        Assert.False(await InCoopAsync((_, db) => db.Set<BoardElection>().AnyAsync(e => e.MeetingId == meetingId)));

        // A number no voter holds: its own field says so; still nothing written.
        await In(elections, "elect-seats").FillAsync("1");
        await In(rows.Nth(1), "elect-member").FillAsync("99999999");
        await page.GetByTestId("elect-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Le candidat doit être un membre de cette catégorie ayant droit de vote à l'assemblée.");
        Assert.False(await InCoopAsync((_, db) => db.Set<BoardElection>().AnyAsync(e => e.MeetingId == meetingId)));

        // One seat, two candidates: the first is elected and enters the register of directors for the term chosen.
        await In(rows.Nth(1), "elect-member").FillAsync(second.MemberNumber.ToString(CultureInfo.InvariantCulture));
        await In(elections, "elect-term").FillAsync("3");
        await page.GetByTestId("elect-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync($"{first.GivenName} {first.FamilyName}");
        await Assertions.Expect(elections).ToContainTextAsync("Membre de soutien : 1 siège(s)");
        await Assertions.Expect(elections.GetByTestId("candidate-result").First).ToHaveTextAsync($"{first.GivenName} {first.FamilyName} — 12 voix — élu(e)");
        await Assertions.Expect(elections.GetByTestId("board-in-office")).ToContainTextAsync("sur 9, dont 3 de membres de soutien");

        var (election, director) = await InCoopAsync(async (_, db) => (
            await db.Set<BoardElection>().AsNoTracking().Include(e => e.Candidates).SingleAsync(e => e.MeetingId == meetingId),
            await db.Set<Director>().AsNoTracking().SingleAsync(d => d.MemberId == first.Id && d.ElectionId != null)));
        Assert.Equal((MemberCategory.Supporting, 1), (election.Category, election.Seats));
        Assert.Equal([(first.Id, 12, true), (second.Id, 7, false)], election.Candidates.OrderByDescending(c => c.Votes).Select(c => (c.MemberId, c.Votes, c.Elected)));
        Assert.Equal((date, date.AddYears(3)), (director.TermStart, director.TermEnd));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var changed = AuditEventType.MeetingChanged;
            Assert.True(await platform.AuditEvents.AnyAsync(e => e.Type == changed && e.TargetId == meetingId.ToString() && e.Details!.Contains("election")));
        }

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow);
    }
}

/// <summary>The demo's coming AGM was convened by the convocation code: the page says "Convoquée" and lists notices that exist.</summary>
public sealed class DemoMeetingTests(BrowserFixture app)
{
    [Fact]
    public async Task The_demo_annual_meeting_is_convened_with_its_notices_in_the_outbox_and_the_register()
    {
        Meeting meeting;
        int queued, recorded;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            meeting = await db.Set<Meeting>().IgnoreQueryFilters().AsNoTracking().Where(m => m.CoopId == DemoIds.Contrecoeur && m.Place.StartsWith("Salle communautaire, 4901"))
                .SingleAsync();
            recorded = await db.Set<MeetingNoticeRecord>().IgnoreQueryFilters().CountAsync(n => n.MeetingId == meeting.Id);
            queued = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.IgnoreQueryFilters()
                .CountAsync(e => e.CoopId == DemoIds.Contrecoeur && e.Kind == Convocation.EmailKind && e.CreatedAt >= meeting.ConvenedAt && e.CreatedAt < meeting.ConvenedAt!.Value.AddSeconds(5));
        }
        Assert.Equal(MeetingStatus.Convened, meeting.Status);
        Assert.True(meeting.NoticesSent > 0);
        Assert.Equal(meeting.NoticesSent, queued);
        Assert.Equal(meeting.NoticesSent + meeting.MailNotices, recorded);

        var page = await app.NewPageAsync();
        await page.SignInAsync("gestion@contrecoeur.demo.coopsante.ca");
        await page.GotoAsync($"/assemblees/{meeting.Id}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Convoquée");
        await Assertions.Expect(page.GetByTestId("notice-counts")).ToContainTextAsync($"{meeting.NoticesSent.ToString(CultureInfo.InvariantCulture)} avis par courriel");
        await Assertions.Expect(page.Locator("[data-testid='notices'] tbody tr").First).ToContainTextAsync("Courriel");
    }
}
