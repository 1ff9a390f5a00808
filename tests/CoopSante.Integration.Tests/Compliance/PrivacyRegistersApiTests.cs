using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoopSante.Compliance;
using CoopSante.Compliance.Contracts;
using CoopSante.Compliance.Privacy;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Compliance.ComplianceTestData;

namespace CoopSante.Integration.Tests.Compliance;

public sealed class PrivacyRegistersApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string P(Guid coopId) => $"/api/v1/coops/{coopId}/privacy";
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static IncidentInput Incident(string description = "Courriel envoyé au mauvais destinataire", bool risk = true) =>
        new(Day, Day.AddDays(1), description, "Nom et date de rendez-vous", 3, risk, null, null, "Rappel du courriel; formation de l'équipe");

    [Fact]
    public async Task A_coop_admin_designates_the_officer_records_and_completes_an_incident_and_reviews_the_register_and_the_contract_reports_it()
    {
        var coop = Guid.CreateVersion7();
        var admin = await app.ClientAsync(Role.CoopAdmin, coop);
        using var scope = app.Services.CreateAsyncScope();
        var contract = scope.ServiceProvider.GetRequiredService<ICoopPrivacy>();
        Assert.Equal(new CoopPrivacyStatus(coop, false, null), await contract.StatusAsync(coop));

        await OkAsync<PrivacyOfficerDto>(await admin.PutAsJsonAsync($"{P(coop)}/officer", new PrivacyOfficerInput("Julie Tremblay", "Directrice générale", "vie-privee@coop.ca", null, Day)));
        var recorded = await OkAsync<IncidentDto>(await admin.PostAsJsonAsync($"{P(coop)}/incidents", Incident()));
        Assert.Equal(1, recorded.Number);
        Assert.True(recorded.NotificationsDue);
        Assert.True(recorded.KeepUntil >= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5).AddDays(-1));
        var completed = await OkAsync<IncidentDto>(await admin.PutAsJsonAsync($"{P(coop)}/incidents/{recorded.Id}",
            Incident() with { CaiNotifiedOn = Day.AddDays(2), PeopleNotifiedOn = Day.AddDays(2), Version = recorded.Version }));
        Assert.False(completed.NotificationsDue);
        // A second save with the version read before is stale.
        await ProblemAssert.IsProblem(await admin.PutAsJsonAsync($"{P(coop)}/incidents/{recorded.Id}", Incident() with { Version = recorded.Version }), HttpStatusCode.Conflict, "Platform.StaleVersion");
        await OkAsync<ReviewDto>(await admin.PostAsJsonAsync($"{P(coop)}/reviews", new ReviewInput(Day.AddDays(10), "Julie Tremblay", null)));
        await OkAsync<AssessmentDto>(await admin.PostAsJsonAsync($"{P(coop)}/assessments", new AssessmentInput("Portail des membres", "InProgress", Day, null, null)));

        Assert.Equal(new CoopPrivacyStatus(coop, true, Day.AddDays(10)), await contract.StatusAsync(coop));
        Assert.Equal("vie-privee@coop.ca", (await contract.PublicOfficerAsync(coop))!.Email);
        Assert.Equal(1, (await OkAsync<Page<IncidentDto>>(await admin.GetAsync($"{P(coop)}/incidents"))).Total);
        Assert.Single(await AuditAsync(app, AuditEventType.ConfidentialityIncidentRecorded));
        Assert.Single(await AuditAsync(app, AuditEventType.IncidentRegisterReviewed));
    }

    [Fact]
    public async Task The_exported_register_neutralizes_formulas_in_csv_and_xlsx()
    {
        var coop = Guid.CreateVersion7();
        var admin = await app.ClientAsync(Role.CoopAdmin, coop);
        await OkAsync<IncidentDto>(await admin.PostAsJsonAsync($"{P(coop)}/incidents", Incident(description: "=HYPERLINK(\"http://evil\",\"clic\")")));
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync($"{P(coop)}/incidents/export?format=csv"));
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        var xlsx = await admin.GetByteArrayAsync($"{P(coop)}/incidents/export?format=xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("'=HYPERLINK", (string)rows[0]["Description"]!, StringComparison.Ordinal);
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.PrivacyRegisterExported)).Count);
    }

    [Fact]
    public async Task Another_coop_and_unassigned_auditors_never_see_the_register_and_an_assigned_auditor_only_reads_it()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var admin = await app.ClientAsync(Role.CoopAdmin, a);
        var incident = await OkAsync<IncidentDto>(await admin.PostAsJsonAsync($"{P(a)}/incidents", Incident(description: "canari-incident-renard")));
        await OkAsync<PrivacyOfficerDto>(await admin.PutAsJsonAsync($"{P(a)}/officer", new PrivacyOfficerInput("canari-officier-loutre", "DG", "dg@coop.ca", null, Day)));

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, $"{P(a)}/incidents", null), (HttpMethod.Get, $"{P(a)}/incidents/export", null), (HttpMethod.Get, $"{P(a)}/officer", null),
            (HttpMethod.Get, $"{P(a)}/status", null), (HttpMethod.Get, $"{P(a)}/reviews", null), (HttpMethod.Get, $"{P(a)}/assessments", null),
            (HttpMethod.Post, $"{P(a)}/incidents", Incident()), (HttpMethod.Put, $"{P(a)}/incidents/{incident.Id}", Incident() with { Version = 1 }),
            (HttpMethod.Put, $"{P(a)}/officer", new PrivacyOfficerInput("X", "Y", "x@y.ca", null, Day)),
            (HttpMethod.Post, $"{P(a)}/reviews", new ReviewInput(Day, "X", null)),
            (HttpMethod.Post, $"{P(a)}/assessments", new AssessmentInput("P", "Planned", Day, null, null)),
        })
        {
            await TenancyProbe.AssertIsolatedAsync(app, b, method, url, body, canary: "canari", includeFederation: true);
        }

        // The same incident id under coop B's route is not found for B's admin: the id alone reaches nothing.
        var adminB = await app.ClientAsync(Role.CoopAdmin, b);
        await ProblemAssert.IsProblem(await adminB.PutAsJsonAsync($"{P(b)}/incidents/{incident.Id}", Incident() with { Version = 1 }), HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.Equal(1, await InDbAsync(app, db => db.ConfidentialityIncidents.IgnoreQueryFilters().CountAsync()));
        Assert.Equal("canari-officier-loutre", await InDbAsync(app, db => db.PrivacyOfficers.IgnoreQueryFilters().Select(o => o.Name).SingleAsync()));

        var auditor = await app.UserAsync(Role.FederationAuditor);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var platform = scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Data.PlatformDbContext>();
            platform.AuditorAssignments.Add(new CoopSante.Platform.Security.AuditorAssignments.AuditorAssignment { Id = Guid.CreateVersion7(), AuditorId = auditor.Id, CoopId = a, AssignedAt = DateTimeOffset.UtcNow });
            await platform.SaveChangesAsync();
        }
        var assigned = await app.ClientAsync(auditor);
        Assert.Contains("canari-incident-renard", await assigned.GetStringAsync($"{P(a)}/incidents"), StringComparison.Ordinal);
        var write = await assigned.PostAsJsonAsync($"{P(a)}/incidents", Incident());
        Assert.True(write.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)write.StatusCode}");
        Assert.Equal(1, await InDbAsync(app, db => db.ConfidentialityIncidents.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("future")]
    [InlineData("discoveredBefore")]
    [InlineData("people")]
    [InlineData("description")]
    [InlineData("control")]
    [InlineData("notifiedBefore")]
    public async Task A_bad_incident_gets_a_localized_error_and_nothing_is_written(string what)
    {
        var coop = Guid.CreateVersion7();
        var admin = await app.ClientAsync(Role.CoopAdmin, coop, culture: "en-CA");
        var (input, code) = what switch
        {
            "future" => (Incident() with { OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), DiscoveredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(31) }, "Compliance.DateInFuture"),
            "discoveredBefore" => (Incident() with { DiscoveredOn = Day.AddDays(-1) }, "Compliance.DiscoveredBeforeOccurred"),
            "people" => (Incident() with { PeopleAffected = -4 }, "Compliance.CountInvalid"),
            "description" => (Incident() with { Description = "   " }, "Platform.Required"),
            "control" => (Incident() with { Measures = "ok\u0000" }, "Platform.MalformedRequest"),
            _ => (Incident() with { CaiNotifiedOn = Day.AddDays(-5) }, "Compliance.NotifiedBeforeDiscovered"),
        };
        var problem = await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{P(coop)}/incidents", input), HttpStatusCode.BadRequest, code);
        Assert.DoesNotContain("Compliance.", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await InDbAsync(app, db => db.ConfidentialityIncidents.IgnoreQueryFilters().CountAsync()));
        Assert.Empty(await AuditAsync(app, AuditEventType.ConfidentialityIncidentRecorded));
    }
}
