using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Compliance.CampaignTestData;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Compliance;

/// <summary>The automatic indicators beside the self-assessment, read from Membership's governance calendar through its contract.</summary>
public sealed class IndicatorsApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<(string State, string Detail)> AnnualReportAsync(HttpClient client, Guid coopId)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/coops/{coopId}/indicators");
        var indicator = list.EnumerateArray().Single(i => i.GetProperty("key").GetString() == "AnnualReportWithin30Days");
        return (indicator.GetProperty("state").GetString()!, indicator.GetProperty("detail").GetString()!);
    }

    private async Task SentOnAsync(Guid coopId, int fiscalYear, DateOnly sentOn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(coopId);
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var filing = await db.Set<AnnualReportFiling>().FirstOrDefaultAsync(f => f.FiscalYear == fiscalYear);
        if (filing is null)
        {
            filing = new AnnualReportFiling { Id = Guid.CreateVersion7(), CoopId = coopId, FiscalYear = fiscalYear, ApprovedOn = sentOn, ResolutionNumber = "CA-1", RecordedAt = DateTimeOffset.UtcNow };
            db.Add(filing);
        }
        filing.SentOn = sentOn;
        filing.SentTo = "Ministère";
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_annual_report_indicator_reads_the_sending_date_from_membership_and_says_not_available_only_without_bylaws()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var withBylaws = await CreateAsync(admin, Input(name: "Coop Règlements"));
        var without = await CreateAsync(admin, Input(name: "Coop Sans règlement"));
        await new MeetingsData(app, withBylaws.Id).BylawsAsync();
        var today = MeetingsData.Today;
        GovernanceDates dates;
        await using (var scope = app.Services.CreateAsyncScope())
            dates = (await scope.ServiceProvider.GetRequiredService<IGovernanceCalendar>().DatesAsync(withBylaws.Id, today, CancellationToken.None))!;

        // No bylaws: the source is truly absent.
        Assert.Equal("Unavailable", (await AnnualReportAsync(admin, without.Id)).State);
        // Bylaws but no report sent: an alert once the deadline passed, pending before — never "not available", never a pass.
        Assert.Equal(today > dates.AnnualReportDeadline ? "Fail" : "Pending", (await AnnualReportAsync(admin, withBylaws.Id)).State);

        await SentOnAsync(withBylaws.Id, dates.FiscalYear, dates.AnnualReportDeadline);
        var onTime = await AnnualReportAsync(admin, withBylaws.Id);
        Assert.Equal("Pass", onTime.State);
        Assert.Contains("transmis le", onTime.Detail, StringComparison.Ordinal);

        await SentOnAsync(withBylaws.Id, dates.FiscalYear, dates.AnnualReportDeadline.AddDays(1));
        Assert.Equal("Fail", (await AnnualReportAsync(admin, withBylaws.Id)).State);
    }
}
