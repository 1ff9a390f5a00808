using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using Member = CoopSante.Membership.Model.Member;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>A coop manager downloads the register and the annual report's figures from the exports screen, and sees a long export progress.</summary>
public sealed class ExportsJourneyTests(BrowserFixture app)
{
    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";

    [Fact]
    public async Task A_manager_downloads_the_register_as_a_spreadsheet_with_formulas_defused_and_the_annual_reports_figures_each_audited()
    {
        // A name typed as a formula (kept out of the voters list: the person has left the coop and has no number).
        var formula = "=HYPERLINK(\"http://exemple.test\",\"Voir\")";
        await PersonWhoLeftAsync(formula, "@Gabrielle");
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync("/exportations");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("export-register-xlsx")).ToBeEnabledAsync();
        var before = await MemberCountAsync();
        var registerAudits = await AuditCountAsync("MemberRegister");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-register-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("export-done")).ToContainTextAsync(new Regex("Fichier « registre-\\d{8}\\.xlsx » prêt\\."));
        await using (var file = File.OpenRead((await download.PathAsync())!))
        {
            var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var headers = rows[0].Keys.ToList();
            Assert.Equal(["Numéro de membre", "Type", "Nom", "Prénom"], headers.Take(4));
            Assert.Contains("Statut", headers);
            Assert.Contains("Parts payées ($)", headers);
            Assert.InRange(rows.Count, before, await MemberCountAsync()); // one row per member of the coop (others may join meanwhile)
            var known = await KnownMemberAsync();
            var row = rows.Single(r => Convert.ToString(r["Numéro de membre"], CultureInfo.InvariantCulture) == known.MemberNumber!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.Equal((known.FamilyName, known.GivenName, "Actif"), ((string?)row["Nom"], (string?)row["Prénom"], (string?)row["Statut"]));
            var defused = rows.Single(r => ((string?)r["Nom"] ?? "").Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.Equal(("'" + formula, "'@Gabrielle"), ((string?)defused["Nom"], (string?)defused["Prénom"]));
        }
        Assert.Equal(registerAudits + 1, await AuditCountAsync("MemberRegister"));

        // The annual report's figures of the last fiscal year ended (Dec. 31 in the demo by-laws), as labelled lines.
        var reportAudits = await AuditCountAsync("AnnualReport");
        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-annual-report-csv").ClickAsync());
        var today = app.Services.GetRequiredService<TimeProvider>().Today();
        var year = MeetingDeadlines.LastEndedFiscalYear(today, 12, 31);
        Assert.Equal($"rapport-annuel-{year}.csv", report.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await report.PathAsync())!, Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(',')).Where(l => l.Length == 2).ToDictionary(l => l[0].Trim('"'), l => l[1].Trim('"'), StringComparer.Ordinal);
        Assert.Equal("Valeur", lines["Élément"]);
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), lines["Exercice"]);
        Assert.Equal($"{year}-12-31", lines["Fin de l'exercice"]);
        Assert.Equal(MeetingDeadlines.AgmDeadline(new DateOnly(year, 12, 31)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines["Date limite de l'assemblée annuelle (art. 76)"]);
        var activeByCategory = lines.Where(l => l.Key.StartsWith("Membres actifs à la fin de l'exercice — ", StringComparison.Ordinal)).ToList();
        Assert.Contains(activeByCategory, l => l.Key.EndsWith("Membre utilisateur", StringComparison.Ordinal) && int.Parse(l.Value, CultureInfo.InvariantCulture) > 100);
        Assert.True(decimal.Parse(lines["Capital social payé"], CultureInfo.InvariantCulture) > 0m);
        await Assertions.Expect(page.GetByTestId("export-done")).ToContainTextAsync($"Fichier « rapport-annuel-{year}.csv » prêt.");
        Assert.Equal(reportAudits + 1, await AuditCountAsync("AnnualReport"));
    }

    [Fact]
    public async Task A_long_register_export_shows_the_rows_received_out_of_the_rows_announced_until_the_file_is_saved()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.GotoAsync("/exportations");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("export-register-csv")).ToBeEnabledAsync();
        var members = await MemberCountAsync();

        // A slow line (about 60 kB/s) stretches the register's ~2,200 rows over several seconds, as a large coop's would be.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object> { ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = 60_000, ["uploadThroughput"] = -1 });
        var saving = page.WaitForDownloadAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("export-register-csv").ClickAsync();
        var progress = page.GetByTestId("export-progress");
        await Assertions.Expect(progress).ToContainTextAsync("Préparation du fichier « Registre (CSV) »");
        await Assertions.Expect(progress).ToContainTextAsync(new Regex(@"[1-9][\d\s ]* lignes sur [\d\s ]+\d"));
        var bar = page.GetByTestId("export-bar");
        await Assertions.Expect(bar).ToHaveAttributeAsync("aria-valuenow", new Regex(@"^(?!0(\.0+)?$)\d+(\.\d+)?$"));
        Assert.True(await bar.GetAttributeAsync("aria-valuenow") is { } now && double.Parse(now, CultureInfo.InvariantCulture) < 100, "the bar moves before the end");
        var download = await saving;
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object> { ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1 });
        await Assertions.Expect(page.GetByTestId("export-progress")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("export-done")).ToContainTextAsync("prêt");
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length - 1, members, await MemberCountAsync());
    }

    private async Task PersonWhoLeftAsync(string family, string given)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        var m = new Member
        {
            Id = Guid.CreateVersion7(), CoopId = DemoIds.Contrecoeur, FamilyName = family, GivenName = given, DateOfBirth = new DateOnly(1981, 3, 9),
            Street = "12 rue des Érables", City = "Contrecoeur", PostalCode = "J0L 1C0", Category = MemberCategory.User, Status = MemberStatus.Resigned,
            StatusSince = today.AddDays(-10), CreatedAt = DateTimeOffset.UtcNow,
        };
        m.RefreshSearchText();
        db.Members.Add(m);
        await db.SaveChangesAsync();
    }

    private async Task<int> MemberCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Members.IgnoreQueryFilters().CountAsync(m => m.CoopId == DemoIds.Contrecoeur);
    }

    private async Task<Member> KnownMemberAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Status == MemberStatus.Active && m.MemberNumber != null && m.Kind == MemberKind.Person)
            .OrderByDescending(m => m.MemberNumber).FirstAsync();
    }

    private async Task<int> AuditCountAsync(string target)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents
            .CountAsync(e => e.Type == AuditEventType.DataExported && e.TargetType == target && e.CoopId == DemoIds.Contrecoeur);
    }
}
