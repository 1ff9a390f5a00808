using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Membership.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>
/// What a read costs the host beyond its SQL (ADR 0035): the member read's statement is the same positional text on
/// every call (cached by EF, prepared by Npgsql, never regenerated under a lock), and the module contexts' options are
/// built once per process, not once per request.
/// </summary>
public sealed class ReadPathCostTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Two_member_reads_send_the_same_positional_statement()
    {
        var s = await MembershipScenario.StartAsync(app);
        var first = await s.MemberAsync("Bélanger", "Marie", paid: 10m);
        var second = await s.MemberAsync("Gagnon", "Luc", paid: 10m);
        using var queries = new QueryCounter();

        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync($"{s.Base}/members/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync($"{s.Base}/members/{second}")).StatusCode);

        var register = queries.Of<MembershipDbContext>();
        Assert.Equal(2, register.Count);
        // The values travel as parameters $1…: one text for every member, which Npgsql neither rewrites nor parses again.
        Assert.Equal(register[0], register[1]);
        Assert.Contains("$1", register[0], StringComparison.Ordinal);
        Assert.DoesNotContain("@p", register[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_another_coop_is_not_found_by_the_one_statement_read()
    {
        var s = await MembershipScenario.StartAsync(app);
        var other = await MembershipScenario.StartAsync(app);
        var theirs = await other.MemberAsync("Tremblay", "Anne", paid: 10m);

        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync($"{s.Base}/members/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Admin.GetAsync($"{other.Base}/members/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task Module_context_options_are_built_once_and_each_context_still_sees_its_own_caller()
    {
        await using var one = app.Services.CreateAsyncScope();
        await using var two = app.Services.CreateAsyncScope();
        Assert.Same(one.ServiceProvider.GetRequiredService<DbContextOptions<PostgresMembershipDbContext>>(),
            two.ServiceProvider.GetRequiredService<DbContextOptions<PostgresMembershipDbContext>>());
        Assert.Same(one.ServiceProvider.GetRequiredService<DbContextOptions<SqliteMembershipDbContext>>(),
            two.ServiceProvider.GetRequiredService<DbContextOptions<SqliteMembershipDbContext>>());

        var coopA = Guid.NewGuid();
        var coopB = Guid.NewGuid();
        one.ServiceProvider.GetRequiredService<CoopSante.Platform.Tenancy.CurrentUser>().ActIn(coopA);
        two.ServiceProvider.GetRequiredService<CoopSante.Platform.Tenancy.CurrentUser>().ActIn(coopB);
        Assert.Equal(coopA, one.ServiceProvider.GetRequiredService<MembershipDbContext>().CurrentCoopId);
        Assert.Equal(coopB, two.ServiceProvider.GetRequiredService<MembershipDbContext>().CurrentCoopId);
    }

    [Fact]
    public async Task A_pooled_context_is_handed_out_again_with_the_new_scopes_caller_never_the_last_ones()
    {
        var coopA = Guid.NewGuid();
        MembershipDbContext first;
        await using (var one = app.Services.CreateAsyncScope())
        {
            one.ServiceProvider.GetRequiredService<CoopSante.Platform.Tenancy.CurrentUser>().ActIn(coopA);
            first = one.ServiceProvider.GetRequiredService<MembershipDbContext>();
            Assert.Equal(coopA, first.CurrentCoopId);
            _ = await first.Members.CountAsync(); // used, then returned to the pool with the scope
        }

        // The next scopes rent from the pool (ADR 0046): the same instance may come back, never with coop A.
        var seen = new List<MembershipDbContext>();
        var coopB = Guid.NewGuid();
        await using var two = app.Services.CreateAsyncScope();
        two.ServiceProvider.GetRequiredService<CoopSante.Platform.Tenancy.CurrentUser>().ActIn(coopB);
        seen.Add(two.ServiceProvider.GetRequiredService<MembershipDbContext>());
        await using var anonymous = app.Services.CreateAsyncScope();
        seen.Add(anonymous.ServiceProvider.GetRequiredService<MembershipDbContext>());
        await using var factoryScope = app.Services.CreateAsyncScope();
        await using var fromFactory = await factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<MembershipDbContext>>().CreateDbContextAsync();
        seen.Add(fromFactory);

        Assert.Contains(seen, c => ReferenceEquals(c, first)); // pooled: the context was handed out again
        Assert.Equal(coopB, seen[0].CurrentCoopId);
        Assert.Null(seen[1].CurrentCoopId); // no caller: the coop filter matches nothing
        Assert.Null(seen[2].CurrentCoopId);
        Assert.Equal(0, await seen[1].Members.CountAsync());
    }
}
