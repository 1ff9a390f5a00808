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

public sealed class CoopRegistryApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Coops = "/api/v1/federation/coops";

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_federation_admin_creates_a_coop_normalized_with_a_history_row_and_an_audit_row()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input(neq: "1140 000 001", postal: "j0l1c0"));

        Assert.Equal("1140000001", created.Neq);
        Assert.Equal("J0L 1C0", created.PostalCode);
        Assert.Equal("450-555-1234", created.Phone);
        Assert.Equal("https://exemple.ca/", created.Website);
        Assert.Equal(new RegionDto("16", "Montérégie"), created.Region);
        Assert.Equal("InCreation", created.Status);
        Assert.Equal(["family-medicine", "nursing"], created.Services.Select(s => s.Code));
        Assert.Equal("Médecine familiale", created.Services[0].Name);
        Assert.Equal(2200, created.DeclaredCounts.Members);

        var fetched = await admin.GetFromJsonAsync<CoopDto>($"{Coops}/{created.Id}");
        Assert.Equal(created.Name, fetched!.Name);
        var audit = Assert.Single(await AuditAsync(app, AuditEventType.CoopCreated));
        Assert.Equal(created.Id.ToString(), audit.TargetId);
        Assert.Equal(created.Id, audit.CoopId);
        var history = await PageAsync<CoopChangeDto>(await admin.GetAsync($"{Coops}/{created.Id}/history"));
        var entry = Assert.Single(history.Items);
        Assert.Equal("Created", entry.Kind);
        Assert.Contains(entry.Changes, c => c.Field == "neq" && c.New == "1140000001" && c.Old is null);
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "neq", "12345", "Federation.NeqInvalid" },
        { "postalCode", "D1A 1A1", "Federation.PostalCodeInvalid" },
        { "postalCode", "K1A 0B1", "Federation.PostalCodeOutsideQuebec" },
        { "regionCode", "18", "Federation.RegionUnknown" },
        { "email", "pas-un-courriel", "Platform.InvalidEmail" },
        { "name", new string('x', 201), "Platform.TooLong" },
        { "name", "  ", "Platform.Required" },
        { "website", "javascript:alert(1)", "Federation.WebsiteInvalid" },
        { "phone", "555-12", "Federation.PhoneInvalid" },
        { "services", "acupuncture", "Federation.ServiceUnknown" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Creating_a_coop_with_an_invalid_field_answers_400_with_its_code_and_writes_nothing(string field, string value, string code)
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var input = field switch
        {
            "neq" => Input() with { Neq = value },
            "postalCode" => Input() with { PostalCode = value },
            "regionCode" => Input() with { RegionCode = value },
            "email" => Input() with { Email = value },
            "name" => Input() with { Name = value },
            "website" => Input() with { Website = value },
            "phone" => Input() with { Phone = value },
            _ => Input() with { Services = [value] },
        };
        var auditBefore = await AuditCountAsync(app);
        var response = await admin.PostAsJsonAsync(Coops, input);
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, code);
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("code").GetString() == code);
        Assert.StartsWith(field, error.GetProperty("field").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.NotEqual(code, error.GetProperty("message").GetString());
        Assert.Equal(0, await CoopCountAsync(app));
        Assert.Equal(auditBefore, await AuditCountAsync(app));
    }

    [Fact]
    public async Task Validation_messages_follow_the_caller_language()
    {
        var en = await app.ClientAsync(Role.FederationAdmin, culture: "en-CA");
        var problem = await ProblemAssert.IsProblem(await en.PostAsJsonAsync(Coops, Input() with { Neq = "1" }), HttpStatusCode.BadRequest, "Federation.NeqInvalid");
        Assert.Contains("10 digits", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_neq_answers_409_and_writes_nothing()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await CreateAsync(admin, Input(neq: "1140000002"));
        var response = await admin.PostAsJsonAsync(Coops, Input(name: "Autre coop", neq: "1140-000-002"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict, "Federation.NeqTaken");
        Assert.Equal(1, await CoopCountAsync(app));
        Assert.Single(await AuditAsync(app, AuditEventType.CoopCreated));
    }

    [Fact]
    public async Task An_update_records_each_changed_field_old_to_new_and_bumps_the_version()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input());
        var response = await admin.PutAsJsonAsync($"{Coops}/{created.Id}", Input(city: "Verchères", neq: created.Neq) with { Version = created.Version, Services = ["nursing", "psychology"] });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<CoopDto>())!;
        Assert.Equal("Verchères", updated.City);
        Assert.Equal(created.Version + 1, updated.Version);
        Assert.Equal(["nursing", "psychology"], updated.Services.Select(s => s.Code));

        var history = await PageAsync<CoopChangeDto>(await admin.GetAsync($"{Coops}/{created.Id}/history"));
        Assert.Equal(2, history.Total);
        var change = history.Items[0];
        Assert.Equal("Updated", change.Kind);
        Assert.Contains(new FieldChange("city", "Contrecoeur", "Verchères"), change.Changes);
        Assert.Contains(new FieldChange("services", "family-medicine, nursing", "nursing, psychology"), change.Changes);
        Assert.DoesNotContain(change.Changes, c => c.Field == "name");
        Assert.NotNull(change.ActorUserId);
        var audit = Assert.Single(await AuditAsync(app, AuditEventType.CoopUpdated));
        Assert.Contains("city", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_answers_409_and_changes_nothing()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input());
        var first = await admin.PutAsJsonAsync($"{Coops}/{created.Id}", Input(city: "Sorel", neq: created.Neq) with { Version = created.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await admin.PutAsJsonAsync($"{Coops}/{created.Id}", Input(city: "Varennes", neq: created.Neq) with { Version = created.Version });
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal("Sorel", await InDbAsync(app, db => db.Coops.Where(c => c.Id == created.Id).Select(c => c.City).SingleAsync()));
        Assert.Single(await AuditAsync(app, AuditEventType.CoopUpdated));
    }

    [Fact]
    public async Task An_update_that_takes_another_coops_neq_answers_409()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var a = await CreateAsync(admin, Input(name: "A"));
        var b = await CreateAsync(admin, Input(name: "B"));
        var response = await admin.PutAsJsonAsync($"{Coops}/{b.Id}", Input(name: "B", neq: a.Neq) with { Version = b.Version });
        await ProblemAssert.IsProblem(response, HttpStatusCode.Conflict, "Federation.NeqTaken");
        Assert.Equal(b.Neq, await InDbAsync(app, db => db.Coops.Where(c => c.Id == b.Id).Select(c => c.Neq).SingleAsync()));
    }

    [Fact]
    public async Task A_status_change_is_audited_and_kept_in_the_history()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input());
        var response = await admin.PostAsJsonAsync($"{Coops}/{created.Id}/status", new StatusChangeInput("Active", created.Version));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("Active", (await response.Content.ReadFromJsonAsync<CoopDto>())!.Status);
        var audit = Assert.Single(await AuditAsync(app, AuditEventType.CoopStatusChanged));
        Assert.Contains("Active", audit.Details, StringComparison.Ordinal);
        var history = await PageAsync<CoopChangeDto>(await admin.GetAsync($"{Coops}/{created.Id}/history?pageSize=1"));
        Assert.Equal(2, history.Total);
        Assert.Equal(new FieldChange("status", "InCreation", "Active"), Assert.Single(Assert.Single(history.Items).Changes));

        var unknown = await admin.PostAsJsonAsync($"{Coops}/{created.Id}/status", new StatusChangeInput("Deleted", created.Version + 1));
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.BadRequest, "Federation.StatusUnknown");
        var stale = await admin.PostAsJsonAsync($"{Coops}/{created.Id}/status", new StatusChangeInput("Closed", created.Version));
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
    }

    [Fact]
    public async Task The_list_is_paged_searched_and_filtered()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await CreateAsync(admin, Input(name: "Coop du Rocher", city: "Trois-Rivières", region: "04", postal: "G8T 1A1"));
        await CreateAsync(admin, Input(name: "Coop de Montréal", city: "Montréal", region: "06", postal: "H2X 1Y4"));
        await CreateAsync(admin, Input(name: "Coop Val-Morin", city: "Val-Morin", region: "15", postal: "J0T 2R0"));

        var first = await PageAsync<CoopListItem>(await admin.GetAsync($"{Coops}?pageSize=2"));
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Items.Count);
        var second = await PageAsync<CoopListItem>(await admin.GetAsync($"{Coops}?pageSize=2&page=2"));
        Assert.Single(second.Items);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));

        var trois = await PageAsync<CoopListItem>(await admin.GetAsync($"{Coops}?q=TROIS%20RIVIERES"));
        Assert.Equal("Coop du Rocher", Assert.Single(trois.Items).Name);
        var region = await PageAsync<CoopListItem>(await admin.GetAsync($"{Coops}?region=15"));
        Assert.Equal("Val-Morin", Assert.Single(region.Items).City);
        var status = await PageAsync<CoopListItem>(await admin.GetAsync($"{Coops}?status=Active"));
        Assert.Equal(0, status.Total);

        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}?region=99"), HttpStatusCode.BadRequest, "Federation.RegionUnknown");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}?status=Gone"), HttpStatusCode.BadRequest, "Federation.StatusUnknown");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}?pageSize=500"), HttpStatusCode.BadRequest, "Platform.InvalidPage");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}?page=abc"), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }

    [Fact]
    public async Task An_unknown_coop_answers_404()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "Platform.NotFound");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{Coops}/{Guid.NewGuid()}/history"), HttpStatusCode.NotFound, "Platform.NotFound");
        await ProblemAssert.IsProblem(await admin.PutAsJsonAsync($"{Coops}/{Guid.NewGuid()}", Input() with { Version = 1 }), HttpStatusCode.NotFound, "Platform.NotFound");
    }

    [Fact]
    public async Task A_federation_auditor_reads_the_registry_but_cannot_change_it()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input());
        var auditorUser = await app.UserAsync(Role.FederationAuditor);
        var auditor = await app.ClientAsync(auditorUser);
        // An auditor reads the coops assigned to them (AuditorAssignmentTests: the others are not found).
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/federation/auditor-assignments", new { auditorId = auditorUser.Id, coopId = created.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"{Coops}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/federation/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync(Coops, Input())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync($"{Coops}/{created.Id}", Input(neq: created.Neq) with { Version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"{Coops}/{created.Id}/status", new StatusChangeInput("Closed", 1))).StatusCode);
        Assert.Equal(1, await CoopCountAsync(app));
    }

    [Fact]
    public async Task Coop_people_and_visitors_cannot_use_any_federation_endpoint()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await CreateAsync(admin, Input(description: "canari-federation-ocelot"));
        var requests = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, Coops, null),
            (HttpMethod.Get, $"{Coops}/{created.Id}", null),
            (HttpMethod.Post, Coops, Input()),
            (HttpMethod.Put, $"{Coops}/{created.Id}", Input(neq: created.Neq) with { Version = created.Version }),
            (HttpMethod.Post, $"{Coops}/{created.Id}/status", new StatusChangeInput("Closed", created.Version)),
            (HttpMethod.Get, $"{Coops}/{created.Id}/history", null),
            (HttpMethod.Get, "/api/v1/federation/dashboard", null),
            (HttpMethod.Get, "/api/v1/federation/services", null),
            (HttpMethod.Post, "/api/v1/federation/services", new { code = "x-ray", nameFr = "Radiologie", nameEn = "X-ray" }),
        };
        foreach (var (method, url, body) in requests)
            await TenancyProbe.AssertIsolatedAsync(app, created.Id, method, url, body, canary: "canari-federation-ocelot");
        Assert.Equal(1, await CoopCountAsync(app));
        Assert.Equal("InCreation", (await admin.GetFromJsonAsync<CoopDto>($"{Coops}/{created.Id}"))!.Status);
    }

    [Fact]
    public async Task A_federation_admin_adds_a_service_to_the_managed_list_once()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var response = await admin.PostAsJsonAsync("/api/v1/federation/services", new { code = "audiology", nameFr = "Audiologie", nameEn = "Audiology" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await AuditAsync(app, AuditEventType.HealthServiceAdded));
        var coop = await CreateAsync(admin, Input() with { Services = ["audiology"] });
        Assert.Equal("Audiologie", Assert.Single(coop.Services).Name);

        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync("/api/v1/federation/services", new { code = "audiology", nameFr = "A", nameEn = "A" }),
            HttpStatusCode.Conflict, "Federation.ServiceCodeTaken");
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync("/api/v1/federation/services", new { code = "Bad Code!", nameFr = "A", nameEn = "A" }),
            HttpStatusCode.BadRequest, "Federation.ServiceCodeInvalid");
        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync("/api/v1/federation/services", new { code = "ok-code", nameFr = "", nameEn = "A" }),
            HttpStatusCode.BadRequest, "Platform.Required");
    }
}
