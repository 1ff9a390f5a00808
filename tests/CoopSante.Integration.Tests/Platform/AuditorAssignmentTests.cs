using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>A federation auditor works on the coops assigned to them and learns nothing of the others.</summary>
public sealed class AuditorAssignmentTests(AppFixture app) : IAsyncLifetime
{
    private const string Assignments = "/api/v1/federation/auditor-assignments";
    private const string Coops = "/api/v1/federation/coops";

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_auditor_of_coop_A_reads_A_and_is_refused_coop_B_as_not_found_until_unassigned()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coopA = await CreateAsync(admin, Input(name: "Coop Alpha"));
        var coopB = await CreateAsync(admin, Input(name: "Coop Bêta Canari-B-5120"));
        var auditorUser = await app.UserAsync(Role.FederationAuditor);
        var auditor = await app.ClientAsync(auditorUser);

        // Before any assignment the auditor sees no coop at all.
        await ProblemAssert.IsProblem(await auditor.GetAsync($"{Coops}/{coopA.Id}"), HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.Empty((await PageAsync<CoopListItem>(await auditor.GetAsync(Coops))).Items);

        var assigned = await admin.PostAsJsonAsync(Assignments, new { auditorId = auditorUser.Id, coopId = coopA.Id });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var assignmentId = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Coops}/{coopA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Coops}/{coopA.Id}/history")).StatusCode);
        var refused = await auditor.GetAsync($"{Coops}/{coopB.Id}");
        await ProblemAssert.IsProblem(refused, HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.DoesNotContain("Canari-B-5120", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await auditor.GetAsync($"{Coops}/{coopB.Id}/history"), HttpStatusCode.NotFound, "Platform.NotFound");
        var list = await PageAsync<CoopListItem>(await auditor.GetAsync(Coops));
        Assert.Equal([coopA.Id], list.Items.Select(c => c.Id));
        // Reading is all an auditor does with the registry.
        await ProblemAssert.IsProblem(await auditor.PostAsJsonAsync($"{Coops}/{coopA.Id}/status", new { status = "Active" }), HttpStatusCode.Forbidden, "Platform.Forbidden");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Assignments}/{assignmentId}")).StatusCode);
        await ProblemAssert.IsProblem(await auditor.GetAsync($"{Coops}/{coopA.Id}"), HttpStatusCode.NotFound, "Platform.NotFound");

        var assignedEvent = Assert.Single(await AuditAsync(app, AuditEventType.AuditorAssigned));
        Assert.Equal((auditorUser.Id.ToString(), coopA.Id), (assignedEvent.TargetId, assignedEvent.CoopId));
        var unassignedEvent = Assert.Single(await AuditAsync(app, AuditEventType.AuditorUnassigned));
        Assert.Equal((auditorUser.Id.ToString(), coopA.Id), (unassignedEvent.TargetId, unassignedEvent.CoopId));
    }

    [Fact]
    public async Task Only_a_federation_admin_assigns_only_auditors_once_each_and_nothing_else_is_written()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(admin, Input());
        var auditor = await app.UserAsync(Role.FederationAuditor);
        var coopAdmin = await app.UserAsync(Role.CoopAdmin, coop.Id);

        var byCoopAdmin = await (await app.ClientAsync(coopAdmin)).PostAsJsonAsync(Assignments, new { auditorId = auditor.Id, coopId = coop.Id });
        Assert.Equal(HttpStatusCode.Forbidden, byCoopAdmin.StatusCode);
        var byAuditor = await (await app.ClientAsync(auditor)).PostAsJsonAsync(Assignments, new { auditorId = auditor.Id, coopId = coop.Id });
        Assert.Equal(HttpStatusCode.Forbidden, byAuditor.StatusCode);
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync(Assignments, new { auditorId = coopAdmin.Id, coopId = coop.Id }), HttpStatusCode.BadRequest, "Platform.NotAnAuditor");
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync(Assignments, new { auditorId = auditor.Id, coopId = Guid.NewGuid() }), HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.Empty(await AuditAsync(app, AuditEventType.AuditorAssigned));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(Assignments, new { auditorId = auditor.Id, coopId = coop.Id })).StatusCode);
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync(Assignments, new { auditorId = auditor.Id, coopId = coop.Id }), HttpStatusCode.Conflict, "Platform.AuditorAlreadyAssigned");
        var page = await admin.GetFromJsonAsync<JsonElement>($"{Assignments}?coopId={coop.Id}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(coop.Name, page.GetProperty("items")[0].GetProperty("coopName").GetString());
        Assert.Single(await AuditAsync(app, AuditEventType.AuditorAssigned));
    }
}
