using System.Net;
using System.Net.Http.Json;
using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Federation.FederationTestData;
using CoopSante.Federation;

namespace CoopSante.Integration.Tests.Federation;

public sealed class CoopProfileApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string Profile(Guid coopId) => $"/api/v1/coops/{coopId}/profile";

    private static CoopProfileInput Edit(int version) => new("514 555 9876", "accueil@coop-a.ca", "coop-a.ca", "Nouvelle description",
        new OpeningHoursDto(Monday: "8 h – 20 h", Saturday: "fermé"), ["psychology"], version);

    [Fact]
    public async Task A_coop_admin_edits_the_public_fields_of_their_own_coop_only()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(federation, Input(name: "Coop A"));
        var admin = await app.ClientAsync(Role.CoopAdmin, coop.Id);

        var read = await admin.GetFromJsonAsync<CoopProfileDto>(Profile(coop.Id));
        Assert.Equal("Coop A", read!.Name);
        var response = await admin.PutAsJsonAsync(Profile(coop.Id), Edit(read.Version));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var saved = (await response.Content.ReadFromJsonAsync<CoopProfileDto>())!;
        Assert.Equal("514-555-9876", saved.Phone);
        Assert.Equal("https://coop-a.ca/", saved.Website);
        Assert.Equal("8 h – 20 h", saved.OpeningHours.Monday);
        Assert.Equal(["psychology"], saved.Services.Select(s => s.Code));

        var registry = (await federation.GetFromJsonAsync<CoopDto>($"/api/v1/federation/coops/{coop.Id}"))!;
        Assert.Equal(coop.Neq, registry.Neq);
        Assert.Equal(coop.Name, registry.Name);
        Assert.Equal("accueil@coop-a.ca", registry.Email);
        var history = await PageAsync<CoopChangeDto>(await federation.GetAsync($"/api/v1/federation/coops/{coop.Id}/history"));
        Assert.Equal("ProfileUpdated", history.Items[0].Kind);
        Assert.Contains(new FieldChange("phone", "450-555-1234", "514-555-9876"), history.Items[0].Changes);
        var audit = Assert.Single(await AuditAsync(app, AuditEventType.CoopUpdated));
        Assert.Equal(coop.Id, audit.CoopId);
    }

    [Fact]
    public async Task Another_coops_admin_gets_404_for_the_profile_and_sees_none_of_it()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var a = await CreateAsync(federation, Input(name: "Coop A", description: "canari-profil-lynx"));
        var b = await CreateAsync(federation, Input(name: "Coop B"));
        var adminB = await app.ClientAsync(Role.CoopAdmin, b.Id);

        await ProblemAssert.IsProblem(await adminB.GetAsync(Profile(a.Id)), HttpStatusCode.NotFound, "Platform.NotFound");
        await ProblemAssert.IsProblem(await adminB.PutAsJsonAsync(Profile(a.Id), Edit(a.Version)), HttpStatusCode.NotFound, "Platform.NotFound");
        await TenancyProbe.AssertIsolatedAsync(app, b.Id, HttpMethod.Get, Profile(a.Id), canary: "canari-profil-lynx");
        await TenancyProbe.AssertIsolatedAsync(app, b.Id, HttpMethod.Put, Profile(a.Id), Edit(a.Version), canary: "canari-profil-lynx");
        Assert.Equal("450-555-1234", await InDbAsync(app, db => db.Coops.Where(c => c.Id == a.Id).Select(c => c.Phone).SingleAsync()));
        Assert.Empty(await AuditAsync(app, AuditEventType.CoopUpdated));
    }

    [Fact]
    public async Task Staff_clinicians_and_members_of_the_same_coop_cannot_edit_its_profile()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(federation, Input());
        foreach (var role in new[] { Role.CoopStaff, Role.Clinician, Role.Member })
        {
            var client = await app.ClientAsync(role, coop.Id);
            var response = await client.PutAsJsonAsync(Profile(coop.Id), Edit(coop.Version));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Profile(coop.Id))).StatusCode);
        Assert.Empty(await AuditAsync(app, AuditEventType.CoopUpdated));
    }

    [Fact]
    public async Task A_profile_edit_with_bad_input_or_a_stale_version_changes_nothing()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var coop = await CreateAsync(federation, Input());
        var admin = await app.ClientAsync(Role.CoopAdmin, coop.Id);

        var bad = await admin.PutAsJsonAsync(Profile(coop.Id), Edit(coop.Version) with { Email = "nope", Website = "ftp://x.ca", Services = ["unknown"] });
        var problem = await ProblemAssert.IsProblem(bad, HttpStatusCode.BadRequest, "Platform.InvalidEmail");
        var codes = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("Federation.WebsiteInvalid", codes);
        Assert.Contains("Federation.ServiceUnknown", codes);
        var tooLong = await admin.PutAsJsonAsync(Profile(coop.Id), Edit(coop.Version) with { Description = new string('é', 2001) });
        await ProblemAssert.IsProblem(tooLong, HttpStatusCode.BadRequest, "Platform.TooLong");

        var stale = await admin.PutAsJsonAsync(Profile(coop.Id), Edit(coop.Version - 1));
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal("info@exemple.ca", await InDbAsync(app, db => db.Coops.Where(c => c.Id == coop.Id).Select(c => c.Email).SingleAsync()));
        Assert.Empty(await AuditAsync(app, AuditEventType.CoopUpdated));
    }
}
