using System.Globalization;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>The annual report on a phone: approved by the board, attested by two directors (s. 133), marked sent to the minister (s. 134).</summary>
public sealed class AnnualReportJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(DemoIds.Contrecoeur);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private static async Task ChooseAsync(IPage page, string section, string option)
    {
        await page.GetByTestId(section).Locator(".mud-select .mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    [Fact]
    public async Task A_manager_records_the_approval_two_attestations_and_the_sending_of_the_annual_report_on_a_phone_s133_s134()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Toronto")).DateTime);
        var year = today.Year - 1;
        var tag = Guid.NewGuid().ToString("N")[..5];
        string[] names = [$"Alice Attestante {tag}", $"Benoît Attestant {tag}"];
        await Db(async db =>
        {
            db.RemoveRange(await db.Set<AnnualReportFiling>().Where(f => f.FiscalYear == year).ToListAsync());
            foreach (var name in names)
                db.Add(new Director
                {
                    Id = Guid.CreateVersion7(), CoopId = DemoIds.Contrecoeur, Name = name, Domicile = "1 rue Marie-Victorin, Contrecoeur J0L 1C0", Category = MemberCategory.User,
                    TermStart = today.AddYears(-1), TermEnd = today.AddYears(1), RecordedAt = DateTimeOffset.UtcNow,
                });
            return await db.SaveChangesAsync();
        });

        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync($"/rapport-annuel?annee={year.ToString(CultureInfo.InvariantCulture)}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("report-contents")).ToContainTextAsync("Remboursements prévus");

        // 1. The board's approval.
        await Field(page, "approval-resolution").FillAsync($"CA-{tag}");
        await page.GetByTestId("approval-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-approved")).ToContainTextAsync($"CA-{tag}");

        // 2. Two directors attest it; the same one twice is refused with its reason.
        await ChooseAsync(page, "report-attestation", names[0]);
        await page.GetByTestId("attest-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-attested")).ToHaveCountAsync(1);
        await ChooseAsync(page, "report-attestation", names[0]);
        await page.GetByTestId("attest-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text, [data-testid=report-error]").Filter(new() { HasText = "deux administrateurs différents" }).First).ToBeVisibleAsync();
        await ChooseAsync(page, "report-attestation", names[1]);
        await page.GetByTestId("attest-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-attested")).ToHaveCountAsync(2);

        // 3. Marked sent to the minister: the deadline reads "sent" (or "sent late" when the AGM was long ago).
        await page.GetByTestId("send-save").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-sent")).ToContainTextAsync("Ministère de l'Économie");
        var state = await page.GetByTestId("report-state").GetAttributeAsync("data-state");
        Assert.Contains(state, new[] { nameof(ReportDeadlineState.Sent), nameof(ReportDeadlineState.SentLate) });
        var filing = await Db(db => db.Set<AnnualReportFiling>().AsNoTracking().SingleAsync(f => f.FiscalYear == year));
        Assert.Equal(((DateOnly?)today, $"CA-{tag}"), (filing.SentOn, filing.ResolutionNumber));
        Assert.NotEqual(filing.FirstDirectorId, filing.SecondDirectorId);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        // The year's annual meeting, held long enough ago that its report deadline has passed: the report was sent, so its page raises no alarm.
        var meetingId = Guid.CreateVersion7();
        await Db(async db =>
        {
            db.Add(new Meeting
            {
                Id = meetingId, CoopId = DemoIds.Contrecoeur, Kind = MeetingKind.Annual, Status = MeetingStatus.Held, Date = new DateOnly(year + 1, 3, 20),
                StartTime = new TimeOnly(19, 0), Place = $"Salle du rapport {tag}", FiscalYear = year, CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await page.GotoAsync($"/assemblees/{meetingId}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("Tenue");
        await Assertions.Expect(page.GetByTestId("deadline-warning").Filter(new() { HasText = "rapport annuel" })).ToHaveCountAsync(0);
        await Db(async db => await db.Set<Meeting>().Where(m => m.Id == meetingId).ExecuteDeleteAsync());

        // The board's screen shows the deadline; the English screen reads the same report.
        await page.GotoAsync("/conseil");
        await page.WaitInteractiveAsync();
        // (The panel follows the last ended fiscal year: on 31 December that is the year ending that day, not this report's.)
        await Assertions.Expect(page.GetByTestId("report-deadline")).ToContainTextAsync("Rapport annuel");
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-CA|uic=en-CA", Url = app.BaseUrl }]);
        await page.GotoAsync($"/annual-report?annee={year.ToString(CultureInfo.InvariantCulture)}");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("report-contents")).ToContainTextAsync("Expected repayments");
        await Assertions.Expect(page.GetByTestId("report-sent")).ToContainTextAsync("Sent on");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
    }
}
