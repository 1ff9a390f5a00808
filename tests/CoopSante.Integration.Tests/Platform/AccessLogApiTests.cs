using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Integration.Tests.Membership;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The access log (ADR 0020): who read whose record, paged by person, subject, coop and dates, to the coop's admin only.</summary>
public sealed class AccessLogApiTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.NewGuid();
    private static readonly Guid CoopB = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task RecordAsync(Guid coop, Guid person, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAccessLog>();
        await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            log.RecordReadAsync(coop, "Patient", person.ToString(), person, $"care {i.ToString(CultureInfo.InvariantCulture)}")));
    }

    [Fact]
    public async Task A_coop_admin_pages_through_the_reads_of_one_persons_records_in_their_coop_only()
    {
        await RecordAsync(CoopA, Person, 23);
        await RecordAsync(CoopA, Other, 4);
        await RecordAsync(CoopB, Person, 5);
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);

        var first = (await admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"/api/v1/coops/{CoopA}/access-log?personId={Person}&pageSize=10"))!;
        Assert.Equal(23, first.Total);
        Assert.Equal(10, first.Items.Count);
        Assert.All(first.Items, e => Assert.True(e.PersonId == Person && e.CoopId == CoopA && e.Type == nameof(AuditEventType.RecordRead)));
        var last = (await admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"/api/v1/coops/{CoopA}/access-log?personId={Person}&pageSize=10&page=3"))!;
        Assert.Equal(3, last.Items.Count);
        Assert.Empty(first.Items.Select(e => e.Sequence).Intersect(last.Items.Select(e => e.Sequence)));

        var coop = (await admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"/api/v1/coops/{CoopA}/access-log?pageSize=200"))!;
        Assert.Equal(27, coop.Total);
        var future = DateTimeOffset.UtcNow.AddMinutes(5).ToString("O", CultureInfo.InvariantCulture);
        var none = (await admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"/api/v1/coops/{CoopA}/access-log?from={Uri.EscapeDataString(future)}"))!;
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task Another_coops_log_answers_404_and_other_roles_are_refused()
    {
        await RecordAsync(CoopB, Person, 2);
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var response = await admin.GetAsync($"/api/v1/coops/{CoopB}/access-log?personId={Person}");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Platform.NotFound");
        Assert.DoesNotContain(Person.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var member = await app.ClientAsync(Role.Member, CoopB);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/coops/{CoopB}/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/coops/{CoopB}/access-log")).StatusCode);
    }

    [Fact]
    public async Task Hostile_queries_get_a_clear_400()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var url = $"/api/v1/coops/{CoopA}/access-log";
        await ProblemAssert.IsProblem(await admin.GetAsync($"{url}?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{url}?subjectKind={new string('x', 500)}"), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{url}?subjectId=abc"), HttpStatusCode.BadRequest, "Platform.InvalidValue");
        await ProblemAssert.IsProblem(await admin.GetAsync($"{url}?pageSize=100000"), HttpStatusCode.BadRequest, "Platform.InvalidPage");

        await using var scope = app.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAccessLog>();
        await Assert.ThrowsAsync<CoopSante.Platform.Errors.DomainException>(() => log.RecordReadAsync(CoopA, "Patient\u0000", "1"));
        await Assert.ThrowsAsync<CoopSante.Platform.Errors.DomainException>(() => log.RecordReadAsync(CoopA, "Patient", new string('1', 101)));
        await Assert.ThrowsAsync<CoopSante.Platform.Errors.DomainException>(() => log.RecordReadAsync(Guid.Empty, "Patient", "1"));
    }

    [Fact]
    public async Task Reading_a_member_by_id_writes_one_access_log_row_that_the_coop_admin_finds_by_subject()
    {
        var s = await MembershipScenario.StartAsync(app, CoopA);
        var memberId = await s.MemberAsync("Bélanger", "Anne");
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync($"{s.Base}/members/{memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync($"{s.Base}/members/{Guid.NewGuid()}")).StatusCode);

        var page = (await s.Admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"{s.Base}/access-log?subjectKind=Member&subjectId={memberId}"))!;
        var read = Assert.Single(page.Items);
        Assert.Equal(CoopA, read.CoopId);
        Assert.NotNull(read.ActorUserId);
        Assert.Contains("CoopAdmin", read.ActorRoles, StringComparison.Ordinal);
        Assert.Equal(1, (await s.Admin.GetFromJsonAsync<Page<AccessLogEntryDto>>($"{s.Base}/access-log"))!.Total);
    }
}
