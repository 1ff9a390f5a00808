using System.Globalization;
using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>The law's deadlines once passed (s. 76: annual meeting within six months of the fiscal year end; s. 134: the annual report) read as passed, not as at risk.</summary>
public sealed class DeadlinePassedTests(BrowserFixture app)
{
    [Fact]
    public async Task A_coop_without_an_annual_meeting_eight_months_after_its_year_end_sees_both_deadlines_passed_and_a_late_meeting_is_flagged_as_after_the_deadline()
    {
        // Val-Morin's by-laws put the fiscal year end eight months before today, on the app's clock; it has held no annual meeting since.
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var yearEnd = today.AddMonths(-8);
        yearEnd = new DateOnly(yearEnd.Year, yearEnd.Month, Math.Min(yearEnd.Day, 28));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            Assert.False(await db.Set<Meeting>().IgnoreQueryFilters().AnyAsync(m => m.CoopId == DemoIds.ValMorin));
            Assert.Equal(1, await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == DemoIds.ValMorin)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.FiscalYearEndMonth, yearEnd.Month).SetProperty(b => b.FiscalYearEndDay, yearEnd.Day)));
        }
        var agmDeadline = MeetingDeadlines.AgmDeadline(yearEnd);
        var reportDeadline = MeetingDeadlines.AnnualReportDeadline(agmDeadline);
        var fr = CultureInfo.GetCultureInfo("fr-CA");
        var email = await app.CreateAccountAsync($"direction.{Guid.NewGuid():N}@valmorin.example.test", PageExtensions.DemoPassword, "Hélène Gagnon",
            new RoleGrant(Role.CoopAdmin, DemoIds.ValMorin), twoFactor: true);
        var page = await app.NewPageAsync();
        await page.SignInAsync(email);

        // The manager's home: both deadlines passed, in red.
        await page.GotoAsync("/");
        var deadlines = page.GetByTestId("home-deadlines");
        await Assertions.Expect(deadlines).ToContainTextAsync($"Assemblée générale annuelle, au plus tard : {Formats.Date(agmDeadline, fr)} — échéance dépassée");
        await Assertions.Expect(deadlines).ToContainTextAsync($"Rapport annuel, au plus tard : {Formats.Date(reportDeadline, fr)} — échéance dépassée");
        await Assertions.Expect(deadlines.Locator("[data-overdue=true]")).ToHaveCountAsync(2);
        await Assertions.Expect(deadlines).Not.ToContainTextAsync("jours");

        // The meetings page: the report's panel and the annual meeting's deadline both say passed.
        await page.GotoAsync("/assemblees");
        await page.WaitInteractiveAsync();
        var report = page.GetByTestId("report-deadline");
        await Assertions.Expect(report).ToHaveAttributeAsync("data-state", "Passed");
        await Assertions.Expect(report).ToContainTextAsync($"Échéance dépassée — échéance le {Formats.Date(reportDeadline, fr)}");
        await Assertions.Expect(report).ToHaveClassAsync(new Regex("mud-alert-text-error|mud-alert-filled-error|mud-alert-outlined-error"));
        await Assertions.Expect(page.GetByTestId("agm-deadline")).ToHaveTextAsync($"{Formats.Date(agmDeadline, fr)} — dépassée");

        // An annual meeting scheduled now, a month away, is after the deadline: an error, never "convene without delay".
        var date = today.AddDays(30);
        await page.InputByTestId("meeting-date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.InputByTestId("meeting-place").FillAsync("Salle du conseil, 1 rue de l'Église, Val-Morin");
        await page.InputByTestId("meeting-agenda").FillAsync("Ouverture\nRapport annuel\nÉlections");
        await page.GetByTestId("meeting-create").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/assemblees/", StringComparison.Ordinal) && !url.EndsWith("/assemblees", StringComparison.Ordinal));
        await page.WaitInteractiveAsync();
        var warnings = page.GetByTestId("deadline-warning");
        await Assertions.Expect(warnings).ToHaveCountAsync(1);
        await Assertions.Expect(warnings).ToHaveTextAsync($"Cette assemblée annuelle est fixée après la date limite du {Formats.Date(agmDeadline, fr)} (six mois après la fin de l'exercice, art. 76).");
        await Assertions.Expect(warnings).ToHaveClassAsync(new Regex("-error"));

        await using var check = app.Services.CreateAsyncScope();
        var meetings = check.ServiceProvider.GetRequiredService<MembershipDbContext>().Set<Meeting>().IgnoreQueryFilters();
        var meeting = await meetings.AsNoTracking().SingleAsync(m => m.CoopId == DemoIds.ValMorin);
        Assert.Equal((MeetingKind.Annual, MeetingStatus.Draft, date, MeetingDeadlines.LastEndedFiscalYear(today, yearEnd.Month, yearEnd.Day)),
            (meeting.Kind, meeting.Status, meeting.Date, meeting.FiscalYear!.Value));

        // Had it been held 40 days ago (late), the report it owed 30 days after is overdue too: both read as passed, in red.
        var held = today.AddDays(-40);
        await meetings.Where(m => m.Id == meeting.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Date, held).SetProperty(m => m.Status, MeetingStatus.Held));
        await page.ReloadAsync();
        await page.WaitInteractiveAsync();
        await Assertions.Expect(warnings).ToHaveCountAsync(2);
        await Assertions.Expect(warnings.Nth(1)).ToHaveTextAsync($"Date limite du rapport annuel dépassée : {Formats.Date(MeetingDeadlines.AnnualReportDeadline(held), fr)} (30 jours après l'assemblée).");
        await Assertions.Expect(warnings.Nth(0)).ToHaveClassAsync(new Regex("-error"));
        await Assertions.Expect(warnings.Nth(1)).ToHaveClassAsync(new Regex("-error"));

        // Once the report is sent (late, yesterday), the home reads it as sent, not overdue.
        var sent = today.AddDays(-1);
        var written = check.ServiceProvider.GetRequiredService<MembershipDbContext>();
        written.Set<AnnualReportFiling>().Add(new AnnualReportFiling
        {
            Id = Guid.CreateVersion7(), CoopId = DemoIds.ValMorin, FiscalYear = meeting.FiscalYear.Value, ApprovedOn = held, ResolutionNumber = "CA-VM-7",
            SentOn = sent, RecordedAt = DateTimeOffset.UtcNow,
        });
        await written.SaveChangesAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(deadlines).ToContainTextAsync($"Rapport annuel, au plus tard : {Formats.Date(MeetingDeadlines.AnnualReportDeadline(held), fr)} — transmis le {Formats.Date(sent, fr)}");
        await Assertions.Expect(deadlines.Locator("[data-overdue=true]")).ToHaveCountAsync(0);
    }
}
