using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Identity;

public sealed partial class ShellEndpointTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.Parse("0a000000-0000-4000-8000-0000000000a2");
    private static readonly Guid CoopB = Guid.Parse("0b000000-0000-4000-8000-0000000000b2");
    private static readonly Guid CoopC = Guid.Parse("0c000000-0000-4000-8000-0000000000c2");

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_language_switch_sets_the_culture_cookie_remembers_the_choice_and_never_redirects_off_site()
    {
        var user = await app.UserAsync("bilingue@test.coopsante.ca", new RoleGrant(Role.CoopStaff, CoopA));
        var client = await app.ClientAsync(user);
        var response = await PostAsync(client, "/langue/en-CA", "//evil.example/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("en-CA", StringComparison.Ordinal));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal("en-CA", (await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).PreferredCulture);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventType.CultureChanged && e.TargetId == user.Id.ToString()));
    }

    [Fact]
    public async Task A_person_with_roles_in_two_coops_switches_coop_which_is_remembered_and_audited_but_not_into_a_third()
    {
        var user = await app.UserAsync("deux.coops@test.coopsante.ca", new RoleGrant(Role.Clinician, CoopA), new RoleGrant(Role.Clinician, CoopB));
        var client = await app.ClientAsync(user);
        var response = await PostAsync(client, $"/compte/coop/{CoopB}", "/personnes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personnes", response.Headers.Location?.OriginalString);

        var other = await PostAsync(client, $"/compte/coop/{CoopC}", null);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(CoopB, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).LastCoopId);
        var switched = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Type == AuditEventType.CoopSwitched);
        Assert.Equal(CoopB, switched.CoopId);
        Assert.Equal(user.Id, switched.ActorUserId);
    }

    [Fact]
    public async Task A_bearer_sign_in_is_audited()
    {
        var user = await app.UserAsync(Role.FederationAuditor);
        await app.ClientAsync(user);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventType.SignedIn && e.TargetId == user.Id.ToString()));
    }

    [Fact]
    public async Task The_switches_change_nothing_on_a_get_or_on_a_post_without_its_antiforgery_token()
    {
        var user = await app.UserAsync("sans.jeton@test.coopsante.ca", new RoleGrant(Role.Clinician, CoopA), new RoleGrant(Role.Clinician, CoopB));
        var client = await app.ClientAsync(user);
        // No GET route any more: the pages' fallback answers 404 and nothing changes.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/langue/en-CA?returnUrl=%2F")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/compte/coop/{CoopB}")).StatusCode);
        var noToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        await ProblemAssert.IsProblem(await client.PostAsync("/langue/en-CA", noToken), HttpStatusCode.BadRequest, "Platform.MalformedRequest");
        await ProblemAssert.IsProblem(await client.PostAsync($"/compte/coop/{CoopB}", noToken), HttpStatusCode.BadRequest, "Platform.MalformedRequest");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        Assert.Equal("fr-CA", stored.PreferredCulture);
        Assert.Equal(CoopA, stored.LastCoopId);
        Assert.False(await db.AuditEvents.AnyAsync(e => (e.Type == AuditEventType.CultureChanged || e.Type == AuditEventType.CoopSwitched) && e.ActorUserId == user.Id));
    }

    /// <summary>Posts a switch as the layout's form does: the antiforgery token comes from a rendered page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? returnUrl)
    {
        var page = await client.GetStringAsync("/");
        var token = System.Net.WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(token), "the layout renders an antiforgery token");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (returnUrl is not null) form["returnUrl"] = returnUrl;
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex TokenPattern();
}
