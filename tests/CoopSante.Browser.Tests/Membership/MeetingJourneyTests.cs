using System.Globalization;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Federation.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>A general meeting run end to end on a phone-width screen: scheduled, convened by e-mail, held, a resolution voted, minutes approved, the PDF downloaded.</summary>
public sealed class MeetingJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private static async Task ConfirmAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();

    [Fact]
    public async Task A_manager_convenes_holds_votes_and_approves_the_minutes_of_a_meeting_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(AdminEmail);
        var place = "Salle paroissiale " + Guid.NewGuid().ToString("N")[..6];
        var date = app.Services.GetRequiredService<TimeProvider>().Today().AddDays(40);

        // 1. Scheduled from the meetings page; the new meeting's own page opens.
        await page.GotoAsync("/assemblees");
        await page.WaitInteractiveAsync();
        await Field(page, "meeting-date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Field(page, "meeting-place").FillAsync(place);
        await Field(page, "meeting-agenda").FillAsync("Ouverture\nRapport annuel\nÉlections");
        await page.GetByTestId("meeting-create").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/assemblees/", StringComparison.Ordinal) && !url.EndsWith("/assemblees", StringComparison.Ordinal));
        var meetingId = Guid.Parse(page.Url.Split('/')[^1], CultureInfo.InvariantCulture);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Brouillon");
        await Assertions.Expect(page.GetByTestId("agenda")).ToContainTextAsync("Rapport annuel");

        // 2. Convened: the e-mails are in the outbox and listed on the page with their state.
        await page.GetByTestId("convene").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Convoquée");
        var meeting = await Db(db => db.Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == meetingId));
        Assert.Equal(MeetingStatus.Convened, meeting.Status);
        Assert.True(meeting.NoticesSent > 0);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queued = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking()
                .Where(e => e.CoopId == DemoIds.Contrecoeur && e.Kind == Convocation.EmailKind && e.CreatedAt >= meeting.ConvenedAt).Select(e => e.To).ToListAsync();
            Assert.Equal(meeting.NoticesSent, queued.Count);
            var firstRow = page.Locator("[data-testid='notices'] tbody tr").First;
            await Assertions.Expect(firstRow).ToContainTextAsync("Courriel");
            var shown = await firstRow.InnerTextAsync();
            Assert.Contains(queued, to => shown.Contains(to, StringComparison.Ordinal));
        }

        // 3. Held: one voter ticked at the door, then the meeting marked held.
        var voter = (await Db(db => Voters.AsOfAsync(db, date, CancellationToken.None)))[0];
        await page.GetByTestId("check-in").ClickAsync();
        await page.WaitForURLAsync("**/accueil");
        await page.WaitInteractiveAsync();
        await Field(page, "search").FillAsync(voter.MemberNumber.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("tick").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("present-count")).ToHaveTextAsync("1");
        await page.GotoAsync($"/assemblees/{meetingId}");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("mark-held").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Tenue");

        // 4. A resolution voted.
        await Field(page, "res-number").FillAsync("AGA-T-01");
        await Field(page, "res-text").FillAsync("Adoption des états financiers");
        await Field(page, "res-for").FillAsync("1");
        await page.GetByTestId("res-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("resolution")).ToContainTextAsync("AGA-T-01");
        await Assertions.Expect(page.GetByTestId("resolution")).ToContainTextAsync("Adoptée");

        // 5. Minutes drafted, then approved.
        await Field(page, "minutes-text").FillAsync("L'assemblée s'ouvre à 19 h. Résolution AGA-T-01 adoptée.");
        await page.GetByTestId("minutes-save").ClickAsync();
        await page.GetByTestId("minutes-approve").ClickAsync();
        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByTestId("minutes-approved")).ToContainTextAsync("Approuvé le");
        var held = await Db(db => db.Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == meetingId));
        Assert.Equal((MeetingStatus.Held, "L'assemblée s'ouvre à 19 h. Résolution AGA-T-01 adoptée."), (held.Status, held.Minutes));
        Assert.NotNull(held.MinutesApprovedAt);
        Assert.True(await Db(db => db.Set<MeetingResolution>().AnyAsync(r => r.MeetingId == meetingId && r.Number == "AGA-T-01" && r.Adopted && r.VotesFor == 1)));

        // 6. The minutes' PDF, downloaded with the page's session, names the coop.
        var href = await page.GetByTestId("minutes-pdf").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        await using var s = app.Services.CreateAsyncScope();
        var coop = await s.ServiceProvider.GetRequiredService<ICoopLetterheads>().FindAsync(DemoIds.Contrecoeur, CancellationToken.None);
        Assert.Contains(coop!.Name.Split(' ')[0], text, StringComparison.Ordinal);
        Assert.Contains(coop.Neq!, text, StringComparison.Ordinal);
        Assert.Contains("AGA-T-01", text, StringComparison.Ordinal);
        Assert.Contains("Approuvé le", text, StringComparison.Ordinal);

        // Nothing overflows the phone's width.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow);
    }
}
