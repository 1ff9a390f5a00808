using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Identity;

public sealed class ShellEndpointTests(AppFixture app) : IAsyncLifetime
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
        var response = await client.GetAsync("/langue/en-CA?returnUrl=%2F%2Fevil.example%2F");
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
        var response = await client.GetAsync($"/compte/coop/{CoopB}?returnUrl=%2Fpersonnes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personnes", response.Headers.Location?.OriginalString);

        var other = await client.GetAsync($"/compte/coop/{CoopC}");
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
}
