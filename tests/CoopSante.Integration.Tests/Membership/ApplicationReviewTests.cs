using System.Net;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>What the board sees before admitting, and the annual report's figures as the screens download them.</summary>
public sealed class ApplicationReviewTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Pending_applications_show_shares_owing_and_likely_duplicates_by_name_and_birth_date_e_mail_or_phone_but_never_themselves()
    {
        var s = await StartAsync(app);
        var elise = await s.MemberAsync("Côté", "Élise", email: "elise@example.ca");
        await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == elise)
            .ExecuteUpdateAsync(x => x.SetProperty(m => m.Phone, "450 555-0199").SetProperty(m => m.SearchText, m => m.SearchText + " 4505550199")));
        var (sameName, _) = await s.ApplyAsync(Person("Cote", "Elise", phone: "514 555-0001"));
        var (samePhone, _) = await s.ApplyAsync(Person("Roy", "Mathis", dob: new DateOnly(1990, 1, 2), phone: "(450) 555-0199"));
        var (sameEmail, _) = await s.ApplyAsync(Person("Lavoie", "Chloé", dob: new DateOnly(1991, 3, 4), phone: "514 555-0002", email: "ELISE@example.ca"));
        var (nobody, _) = await s.ApplyAsync(Person("Tremblay", "Zoé", dob: new DateOnly(1992, 5, 6), phone: "514 555-0003", email: "zoe@example.ca"));

        var response = await s.Admin.GetAsync($"{s.Base}/applications/review?pageSize=10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await Json(response)).GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("application").GetProperty("id").GetGuid());
        Assert.Equal(4, rows.Count);
        static List<(Guid, string?)> Duplicates(JsonElement row) =>
            [.. row.GetProperty("duplicates").EnumerateArray().Select(d => (d.GetProperty("memberId").GetGuid(), d.GetProperty("reason").GetString()))];
        Assert.Equal([(elise, "NameAndDateOfBirth")], Duplicates(rows[sameName]));
        Assert.Equal([(elise, "Phone")], Duplicates(rows[samePhone]));
        Assert.Equal([(elise, "Email")], Duplicates(rows[sameEmail]));
        Assert.Empty(Duplicates(rows[nobody]));
        // Nothing is paid before admission; the by-laws' qualifying amount is what is owed.
        Assert.Equal(0m, rows[nobody].GetProperty("sharesPaid").GetDecimal());
        Assert.Equal(10m, rows[nobody].GetProperty("qualifyingAmount").GetDecimal());
        Assert.False(rows[nobody].GetProperty("sharesFullyPaid").GetBoolean());

        var paged = await Json(await s.Admin.GetAsync($"{s.Base}/applications/review?pageSize=3&page=2"));
        Assert.Equal(4, paged.GetProperty("total").GetInt32());
        Assert.Single(paged.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_review_page_reads_the_register_as_many_times_for_eleven_applications_as_for_one()
    {
        var s = await StartAsync(app);
        await s.MemberAsync("Côté", "Élise", email: "elise@example.ca");
        await s.ApplyAsync(Person("Cote", "Elise", phone: "514 555-0100"));
        var url = $"{s.Base}/applications/review?pageSize=25";
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync(url)).StatusCode); // warm: first-use work is not the page's
        using var queries = new QueryCounter();
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync(url)).StatusCode);
        var one = queries.Of<MembershipDbContext>();

        for (var i = 0; i < 10; i++)
            await s.ApplyAsync(Person($"Demandeur{(char)('A' + i)}", "Léo", dob: new DateOnly(1980 + i, 1, 2), phone: $"514 555-02{i:00}", email: $"leo{i}@example.ca"));
        queries.Clear();
        var page = await Json(await s.Admin.GetAsync(url));
        Assert.Equal(11, page.GetProperty("items").GetArrayLength());
        var eleven = queries.Of<MembershipDbContext>();
        // The applications, their count, the by-laws in force and one read of the likely duplicates: never one per row.
        Assert.True(eleven.Count == one.Count, $"{one.Count} queries for one row, {eleven.Count} for eleven:\n{string.Join("\n---\n", eleven)}");
    }

    [Fact]
    public async Task The_annual_report_figures_download_as_csv_in_the_callers_language_and_the_export_is_audited()
    {
        var s = await StartAsync(app);
        await s.MemberAsync("Côté", "Élise");
        var response = await s.Admin.GetAsync($"{s.Base}/meetings/annual-report.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Capital social payé", text, StringComparison.Ordinal);
        Assert.Contains("Date limite de l'assemblée annuelle (art. 76)", text, StringComparison.Ordinal);
        Assert.Equal(1, await PlatformDbAsync(app, db => db.AuditEvents.CountAsync(e => e.Type == AuditEventType.DataExported && e.TargetType == "AnnualReport")));
    }
}
