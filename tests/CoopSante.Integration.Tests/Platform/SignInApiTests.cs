using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Platform;

public sealed class SignInApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Wrong_password_and_unknown_account_get_the_same_answer()
    {
        await app.UserAsync(Role.FederationAdmin);
        var client = app.Anonymous();
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@test.coopsante.ca", password = "Wrong-Password-1" });
        var existing = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = (await app.UserAsync(Role.FederationAuditor)).Email, password = "Wrong-Password-1" });
        var a = await ProblemAssert.IsProblem(unknown, HttpStatusCode.Unauthorized, "Identity.InvalidCredentials");
        var b = await ProblemAssert.IsProblem(existing, HttpStatusCode.Unauthorized, "Identity.InvalidCredentials");
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Two_factor_accounts_need_the_code_then_get_a_bearer_token_that_works()
    {
        var user = await app.UserAsync(Role.FederationAdmin);
        var withoutCode = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = AppFixture.Password });
        await ProblemAssert.IsProblem(withoutCode, HttpStatusCode.Unauthorized, "Identity.TwoFactorCodeRequired");

        var client = await app.ClientAsync(user);
        var verify = await client.GetAsync("/api/v1/audit/verify");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_lockout_is_audited()
    {
        var user = await app.UserAsync(Role.FederationAuditor);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "Wrong-Password-1" });
        var locked = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = AppFixture.Password });
        await ProblemAssert.IsProblem(locked, HttpStatusCode.TooManyRequests, "Identity.LockedOut");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var types = await db.AuditEvents.Where(e => e.TargetId == user.Id.ToString()).Select(e => e.Type).ToListAsync();
        Assert.Equal(4, types.Count(t => t == AuditEventType.SignInFailed));
        Assert.Contains(AuditEventType.LockedOut, types);
    }

    [Fact]
    public async Task Api_without_a_token_answers_401_problem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/audit/verify");
        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, "Platform.Unauthorized");
    }

    [Fact]
    public async Task Audit_verification_is_for_federation_admins_only()
    {
        var auditor = await app.ClientAsync(Role.FederationAuditor);
        var response = await auditor.GetAsync("/api/v1/audit/verify");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
