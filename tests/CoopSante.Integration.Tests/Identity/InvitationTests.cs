using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Identity;

public sealed partial class InvitationTests(AppFixture app) : IAsyncLifetime
{
    private static readonly Guid CoopA = Guid.Parse("0a000000-0000-4000-8000-00000000000a");
    private static readonly Guid CoopB = Guid.Parse("0b000000-0000-4000-8000-00000000000b");

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex(@"/invitation/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();

    private async Task<string> LastInvitationTokenAsync(string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var mail = await db.OutboxEmails.AsNoTracking().Where(m => m.To == to && m.Kind == "Invitation").OrderByDescending(m => m.CreatedAt).FirstAsync();
        return LinkPattern().Match(mail.TextBody).Groups[1].Value;
    }

    [Fact]
    public async Task A_coop_admin_invites_a_clinician_who_accepts_and_can_sign_in_with_the_role()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var response = await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "nouvelle.md@test.coopsante.ca", displayName = "Dre Nouvelle", role = "Clinician", coopId = CoopA });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var token = await LastInvitationTokenAsync("nouvelle.md@test.coopsante.ca");
        Assert.False(string.IsNullOrEmpty(token));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var stored = await db.Invitations.AsNoTracking().SingleAsync();
            Assert.NotEqual(token, stored.TokenHash); // only the hash is kept
            Assert.Equal(7, (int)Math.Round((stored.ExpiresAt - stored.CreatedAt).TotalDays));
        }

        var accept = await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Dre Nouvelle", password = "Nouveau-Mot-2026" });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);

        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "nouvelle.md@test.coopsante.ca", password = "Nouveau-Mot-2026" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var grant = await db.RoleGrants.AsNoTracking().Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { g, u.Email }).SingleAsync(x => x.Email == "nouvelle.md@test.coopsante.ca");
            Assert.Equal(Role.Clinician, grant.g.Role);
            Assert.Equal(CoopA, grant.g.CoopId);
            var types = await db.AuditEvents.AsNoTracking().Select(e => e.Type).ToListAsync();
            Assert.Contains(AuditEventType.InvitationSent, types);
            Assert.Contains(AuditEventType.InvitationAccepted, types);
            Assert.Contains(AuditEventType.RoleGranted, types);
        }

        var again = await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Quelqu'un", password = "Autre-Mot-2026x" });
        await ProblemAssert.IsProblem(again, HttpStatusCode.NotFound, "Identity.InvitationInvalid");
    }

    [Fact]
    public async Task An_invitation_with_bad_fields_is_refused_with_codes_and_nothing_is_written()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var response = await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "pas-un-courriel", displayName = new string('x', 201), role = "CoopAdmin", coopId = CoopA });
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.InvalidEmail");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("displayName", fields);

        var badRole = await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "a@test.coopsante.ca", role = "Pirate", coopId = CoopA });
        await ProblemAssert.IsProblem(badRole, HttpStatusCode.BadRequest, "Platform.InvalidValue");
        var noCoop = await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "a@test.coopsante.ca", role = "CoopStaff" });
        await ProblemAssert.IsProblem(noCoop, HttpStatusCode.BadRequest, "Platform.Required");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(0, await db.Invitations.CountAsync());
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
    }

    [Fact]
    public async Task A_weak_password_is_refused_when_accepting()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        (await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "faible@test.coopsante.ca", role = "CoopStaff", coopId = CoopA })).EnsureSuccessStatusCode();
        var token = await LastInvitationTokenAsync("faible@test.coopsante.ca");
        var accept = await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Faible", password = "court" });
        await ProblemAssert.IsProblem(accept, HttpStatusCode.BadRequest, "Identity.PasswordRejected");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "faible@test.coopsante.ca"));
    }

    [Fact]
    public async Task Another_coops_admin_cannot_invite_into_coop_A_nor_list_or_revoke_its_people()
    {
        var adminA = await app.UserAsync(Role.CoopAdmin, CoopA);
        var otherAdmin = await app.ClientAsync(Role.CoopAdmin, CoopB);
        var invite = await otherAdmin.PostAsJsonAsync("/api/v1/invitations", new { email = "intrus@test.coopsante.ca", role = "CoopStaff", coopId = CoopA });
        await ProblemAssert.IsProblem(invite, HttpStatusCode.NotFound, "Platform.NotFound");

        var federationRole = await otherAdmin.PostAsJsonAsync("/api/v1/invitations", new { email = "intrus@test.coopsante.ca", role = "FederationAdmin" });
        await ProblemAssert.IsProblem(federationRole, HttpStatusCode.Forbidden, "Platform.Forbidden");

        await TenancyProbe.AssertIsolatedAsync(app, CoopB, HttpMethod.Get, $"/api/v1/coops/{CoopA}/people", canary: adminA.Email);
        Guid grantId;
        await using (var scope = app.Services.CreateAsyncScope())
            grantId = (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().RoleGrants.AsNoTracking().FirstAsync(g => g.UserId == adminA.Id)).Id;
        await TenancyProbe.AssertIsolatedAsync(app, CoopB, HttpMethod.Delete, $"/api/v1/coops/{CoopA}/grants/{grantId}");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().RoleGrants.AnyAsync(g => g.Id == grantId));
    }

    [Fact]
    public async Task A_coop_admin_lists_the_people_of_the_coop_and_revokes_a_role_which_is_audited()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, CoopA);
        var staff = await app.UserAsync(Role.CoopStaff, CoopA);
        await app.UserAsync(Role.CoopStaff, CoopB);

        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{CoopA}/people");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var row = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("email").GetString() == staff.Email);

        var revoke = await admin.DeleteAsync($"/api/v1/coops/{CoopA}/grants/{row.GetProperty("grantId").GetGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.False(await db.RoleGrants.AnyAsync(g => g.UserId == staff.Id));
        var revoked = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Type == AuditEventType.RoleRevoked);
        Assert.Equal(CoopA, revoked.CoopId);
        Assert.Equal(staff.Id.ToString(), revoked.TargetId);
    }
}
