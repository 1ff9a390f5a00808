using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using CoopSante.Federation;
using CoopSante.Membership;

namespace CoopSante.Integration.Tests.Platform;

public sealed class AuditLogApiTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.NewGuid();
    private static readonly Guid CoopB = Guid.NewGuid();

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await audit.WriteAsync(db, [
            new AuditEntry(AuditEventType.MemberUpdated, "Member", "canary-a", CoopA),
            new AuditEntry(AuditEventType.MemberUpdated, "Member", "canary-b", CoopB),
            new AuditEntry(AuditEventType.CoopUpdated, "Coop", "registry", null),
        ]);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_coop_admin_pages_through_their_coops_events_only()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var page = await admin.GetFromJsonAsync<Page<AuditEventDto>>("/api/v1/audit/events?pageSize=50");
        Assert.NotNull(page);
        Assert.Contains(page.Items, e => e.TargetId == "canary-a");
        Assert.DoesNotContain(page.Items, e => e.TargetId == "canary-b" || e.TargetId == "registry");
    }

    [Fact]
    public async Task A_coop_admin_asking_for_another_coop_gets_404()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var response = await admin.GetAsync($"/api/v1/audit/events?coopId={CoopB}");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.DoesNotContain("canary-b", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.CoopStaff)]
    [InlineData(Role.Clinician)]
    [InlineData(Role.Member)]
    public async Task Other_coop_roles_cannot_read_the_log(Role role)
    {
        var client = await app.ClientAsync(role, CoopA);
        var response = await client.GetAsync("/api/v1/audit/events");
        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden, "Platform.Forbidden");
    }

    [Fact]
    public async Task The_federation_admin_filters_by_type_and_coop()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var byType = await admin.GetFromJsonAsync<Page<AuditEventDto>>($"/api/v1/audit/events?type={(int)AuditEventType.CoopUpdated}");
        var coopUpdated = Assert.Single(byType!.Items);
        Assert.Equal("registry", coopUpdated.TargetId);
        Assert.Equal("CoopUpdated", coopUpdated.Type); // the name Federation declares for 201 through its descriptor
        var byCoop = await admin.GetFromJsonAsync<Page<AuditEventDto>>($"/api/v1/audit/events?coopId={CoopB}");
        Assert.Equal("canary-b", Assert.Single(byCoop!.Items).TargetId);
    }

    [Theory]
    [InlineData("/api/v1/audit/events?type=99999", "Platform.InvalidValue")]
    [InlineData("/api/v1/audit/events?pageSize=0", "Platform.InvalidPage")]
    [InlineData("/api/v1/audit/events?pageSize=100000", "Platform.InvalidPage")]
    [InlineData("/api/v1/audit/events?page=abc", "Platform.MalformedRequest")]
    public async Task Bad_query_values_answer_400_with_a_code(string url, string code)
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        await ProblemAssert.IsProblem(await admin.GetAsync(url), HttpStatusCode.BadRequest, code);
    }
}
