using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;

namespace CoopSante.Integration.Tests.Identity;

/// <summary>A machine client reaches a coop's data only through the endpoints that name a scope its key holds.</summary>
public sealed class ApiKeyScopeTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.Parse("0a000000-0000-4000-8000-0000000000a1");
    private static readonly Guid CoopB = Guid.Parse("0b000000-0000-4000-8000-0000000000b1");

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<HttpClient> KeyAsync(Guid coop, params string[] scopes)
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, coop);
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Fournisseur", coopId = coop, scopes, expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        return client;
    }

    [Fact]
    public async Task A_key_with_members_read_reads_its_coops_register_and_a_key_without_it_is_refused_with_the_scope_code()
    {
        var reader = await KeyAsync(CoopA, "members:read");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/coops/{CoopA}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/coops/{CoopA}/members/export")).StatusCode);

        var roster = await KeyAsync(CoopA, "roster:read");
        await ProblemAssert.IsProblem(await roster.GetAsync($"/api/v1/coops/{CoopA}/members"), HttpStatusCode.Forbidden, "Identity.ScopeRequired");
        await ProblemAssert.IsProblem(await roster.GetAsync($"/api/v1/coops/{CoopA}/members/export"), HttpStatusCode.Forbidden, "Identity.ScopeRequired");
    }

    [Fact]
    public async Task An_endpoint_that_names_no_scope_refuses_every_key_and_another_coop_is_not_found()
    {
        var key = await KeyAsync(CoopA, "members:read", "roster:read");
        await ProblemAssert.IsProblem(await key.GetAsync($"/api/v1/coops/{CoopA}/applications"), HttpStatusCode.Forbidden, "Identity.ScopeRequired");
        await ProblemAssert.IsProblem(await key.GetAsync($"/api/v1/coops/{CoopA}/meetings"), HttpStatusCode.Forbidden, "Identity.ScopeRequired");
        await ProblemAssert.IsProblem(await key.PostAsJsonAsync($"/api/v1/coops/{CoopA}/applications", new { }), HttpStatusCode.Forbidden, "Identity.ScopeRequired");
        await ProblemAssert.IsProblem(await key.GetAsync($"/api/v1/coops/{CoopB}/members"), HttpStatusCode.NotFound, "Platform.NotFound");
    }
}
