using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Identity;

public sealed class ApiKeyTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.Parse("0a000000-0000-4000-8000-0000000000a1");
    private static readonly Guid CoopB = Guid.Parse("0b000000-0000-4000-8000-0000000000b1");

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object NewKey(Guid? coop, string name = "Fournisseur de télémédecine", string[]? scopes = null, int days = 90) =>
        new { name, coopId = coop, scopes = scopes ?? new[] { "roster:read", "members:read" }, expiresAt = DateTimeOffset.UtcNow.AddDays(days) };

    private HttpClient KeyClient(string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task A_coop_admin_creates_a_key_shown_once_and_stored_hashed_that_authenticates_with_its_scopes_and_coop()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("apiKey").GetProperty("id").GetGuid();
        Assert.StartsWith("cs_", key, StringComparison.Ordinal);

        var list = await admin.GetStringAsync($"/api/v1/api-keys?coopId={CoopA}");
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var stored = await db.ApiKeys.AsNoTracking().SingleAsync();
            Assert.NotEqual(key, stored.KeyHash);
            Assert.Equal(64, stored.KeyHash.Length);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventType.ApiKeyCreated && e.TargetId == id.ToString()));
        }

        var me = await KeyClient(key).GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(id, me.GetProperty("apiKeyId").GetGuid());
        Assert.Equal(CoopA, me.GetProperty("activeCoopId").GetGuid());
        Assert.Equal(["members:read", "roster:read"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());

        // A key is not a person: it cannot administer anything.
        var asAdmin = await KeyClient(key).PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA));
        await ProblemAssert.IsProblem(asAdmin, HttpStatusCode.Forbidden, "Platform.Forbidden");
    }

    [Fact]
    public async Task Revoked_expired_and_unknown_keys_are_refused_and_the_revocation_is_audited()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA))).Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("apiKey").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(key).GetAsync("/api/v1/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);
        await ProblemAssert.IsProblem(await KeyClient(key).GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized, "Identity.ApiKeyInvalid");
        await ProblemAssert.IsProblem(await KeyClient("cs_nimportequoi").GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized, "Identity.ApiKeyInvalid");

        var expiring = await (await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, "Expirée"))).Content.ReadFromJsonAsync<JsonElement>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var expiredId = expiring.GetProperty("apiKey").GetProperty("id").GetGuid();
            await db.ApiKeys.Where(k => k.Id == expiredId).ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }
        await ProblemAssert.IsProblem(await KeyClient(expiring.GetProperty("key").GetString()!).GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized, "Identity.ApiKeyInvalid");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventType.ApiKeyRevoked && e.TargetId == id.ToString()));
            Assert.True(await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.ApiKeyRejected) >= 2);
        }
    }

    [Fact]
    public async Task Bad_key_requests_are_refused_with_codes_and_nothing_is_written()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var noName = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, name: " "));
        await ProblemAssert.IsProblem(noName, HttpStatusCode.BadRequest, "Platform.Required");
        var badScope = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, scopes: ["patients:write"]));
        await ProblemAssert.IsProblem(badScope, HttpStatusCode.BadRequest, "Platform.InvalidValue");
        var past = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, days: -1));
        await ProblemAssert.IsProblem(past, HttpStatusCode.BadRequest, "Identity.ApiKeyExpiryOutOfRange");
        var programKey = await admin.PostAsJsonAsync("/api/v1/api-keys", NewKey(null));
        await ProblemAssert.IsProblem(programKey, HttpStatusCode.Forbidden, "Platform.Forbidden");
        var badPage = await admin.GetAsync("/api/v1/api-keys?pageSize=1000");
        await ProblemAssert.IsProblem(badPage, HttpStatusCode.BadRequest, "Platform.InvalidPage");

        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Another_coops_admin_cannot_create_list_or_revoke_keys_of_coop_A()
    {
        var adminA = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var created = await (await adminA.PostAsJsonAsync("/api/v1/api-keys", NewKey(CoopA, "Canari-A-7731"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("apiKey").GetProperty("id").GetGuid();

        await TenancyProbe.AssertIsolatedAsync(app, CoopB, HttpMethod.Get, $"/api/v1/api-keys?coopId={CoopA}", canary: "Canari-A-7731");
        await TenancyProbe.AssertIsolatedAsync(app, CoopB, HttpMethod.Delete, $"/api/v1/api-keys/{id}");
        await TenancyProbe.AssertIsolatedAsync(app, CoopB, HttpMethod.Post, "/api/v1/api-keys", NewKey(CoopA));

        var otherAdmin = await app.ClientAsync(Role.CoopAdmin, CoopB);
        await ProblemAssert.IsProblem(await otherAdmin.GetAsync($"/api/v1/api-keys?coopId={CoopA}"), HttpStatusCode.NotFound, "Platform.NotFound");
        var own = await otherAdmin.GetStringAsync("/api/v1/api-keys");
        Assert.DoesNotContain("Canari-A-7731", own, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Null((await db.ApiKeys.AsNoTracking().SingleAsync()).RevokedAt);
        Assert.Equal(1, await db.ApiKeys.CountAsync());
    }
}
