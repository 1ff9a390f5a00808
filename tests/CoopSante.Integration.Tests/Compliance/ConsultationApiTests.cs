using System.Net;
using System.Net.Http.Json;
using CoopSante.Compliance;
using CoopSante.Compliance.Consultations;
using CoopSante.Compliance.Frameworks;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Compliance.ComplianceTestData;

namespace CoopSante.Integration.Tests.Compliance;

public sealed class ConsultationApiTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string C(Guid id) => $"/api/v1/compliance/consultations/{id}";

    private async Task<(Guid ConsultationId, VersionDetail Version)> OpenAsync(HttpClient admin, string name = "Cadre")
    {
        var (_, versionId, _) = await DraftAsync(admin, name, ("Gouvernance", 2));
        Status(await admin.PostAsJsonAsync($"/api/v1/compliance/versions/{versionId}/status", new StatusInput("InConsultation")), HttpStatusCode.OK);
        var c = await OkAsync<ConsultationDto>(await admin.PostAsJsonAsync($"/api/v1/compliance/versions/{versionId}/consultation", new OpenConsultationInput(null)));
        return (c.Id, await OkAsync<VersionDetail>(await admin.GetAsync($"/api/v1/compliance/versions/{versionId}")));
    }

    /// <summary>Signs in a guest whose account the invitation created, as if they had followed the link and chosen a password.</summary>
    private async Task<HttpClient> GuestClientAsync(string email)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Assert.True((await users.ResetPasswordAsync(user, token, AppFixture.Password)).Succeeded);
        }
        return await AppFixture.ClientAsync(app.Anonymous(), email, AppFixture.Password);
    }

    [Fact]
    public async Task An_invited_guest_comments_in_threads_the_federation_decides_and_the_report_lists_every_comment_and_outcome()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (consultationId, version) = await OpenAsync(admin);
        var rec = version.Sections[0].Recommendations[0];
        var reviewer = await OkAsync<ReviewerDto>(await admin.PostAsJsonAsync($"{C(consultationId)}/reviewers",
            new InviteReviewerInput("guest@cisss.example.ca", "Louise Gagnon", "CISSS de la Montérégie-Centre", "fr-CA")));
        Assert.True(reviewer.IsGuest);
        var grants = await InPlatformAsync(db => db.RoleGrants.CountAsync());
        var guest = await GuestClientAsync("guest@cisss.example.ca");

        var first = await OkAsync<CommentDto>(await guest.PostAsJsonAsync($"{C(consultationId)}/comments", new CommentInput(rec.Id, null, "Préciser le délai de convocation.")));
        var reply = await OkAsync<CommentDto>(await admin.PostAsJsonAsync($"{C(consultationId)}/comments", new CommentInput(rec.Id, first.Id, "Bonne idée, nous ajoutons 10 jours.")));
        Assert.Equal(first.Id, reply.ParentId);
        var second = await OkAsync<CommentDto>(await guest.PostAsJsonAsync($"{C(consultationId)}/comments", new CommentInput(rec.Id, null, "Retirer cette recommandation.")));

        await ProblemAssert.IsProblem(await admin.PostAsJsonAsync($"{C(consultationId)}/comments/{second.Id}/outcome", new OutcomeInput("Declined", " ", second.Version)),
            HttpStatusCode.BadRequest, "Compliance.DeclineNeedsReason");
        await OkAsync<CommentDto>(await admin.PostAsJsonAsync($"{C(consultationId)}/comments/{first.Id}/outcome", new OutcomeInput("Accepted", null, first.Version)));
        await OkAsync<CommentDto>(await admin.PostAsJsonAsync($"{C(consultationId)}/comments/{second.Id}/outcome", new OutcomeInput("Declined", "Exigence de la loi.", second.Version)));
        Status(await guest.PostAsJsonAsync($"{C(consultationId)}/comments/{first.Id}/outcome", new OutcomeInput("Merged", null, 2)), HttpStatusCode.Forbidden);

        var comments = await OkAsync<Page<CommentDto>>(await guest.GetAsync($"{C(consultationId)}/comments"));
        Assert.Equal(3, comments.Total);

        var pdf = await admin.GetByteArrayAsync($"{C(consultationId)}/report?format=pdf");
        using (var doc = PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", doc.GetPages().Select(p => p.Text));
            Assert.Contains("Préciser le délai de convocation.", text, StringComparison.Ordinal);
            Assert.Contains("Bonne idée, nous ajoutons 10 jours.", text, StringComparison.Ordinal);
            Assert.Contains("Exigence de la loi.", text, StringComparison.Ordinal);
            Assert.Contains("Acceptée", text, StringComparison.Ordinal);
            Assert.Contains("Refusée", text, StringComparison.Ordinal);
            Assert.Contains("CISSS de la Montérégie-Centre", text, StringComparison.Ordinal);
        }
        var xlsx = await admin.GetByteArrayAsync($"{C(consultationId)}/report?format=xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);

        // The guest got no role anywhere: the invitation created the account and nothing else.
        Assert.Equal(grants, await InPlatformAsync(db => db.RoleGrants.CountAsync()));
        Assert.Single(await AuditAsync(app, AuditEventType.ConsultationReviewerInvited));
        Assert.Equal(2, (await AuditAsync(app, AuditEventType.ConsultationCommentDecided)).Count);
    }

    [Fact]
    public async Task A_guest_reaches_only_their_consultation_and_nothing_else_of_the_platform()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        var (mine, version) = await OpenAsync(admin, "Cadre A");
        var (other, otherVersion) = await OpenAsync(admin, "canari-cadre-autre");
        await OkAsync<CommentDto>(await admin.PostAsJsonAsync($"{C(other)}/comments", new CommentInput(otherVersion.Sections[0].Recommendations[0].Id, null, "canari-commentaire-ours")));
        await OkAsync<ReviewerDto>(await admin.PostAsJsonAsync($"{C(mine)}/reviewers", new InviteReviewerInput("ramq@example.ca", "Paul Roy", "RAMQ", "fr-CA")));
        var guest = await GuestClientAsync("ramq@example.ca");

        Status(await guest.GetAsync(C(mine)), HttpStatusCode.OK);
        var list = await OkAsync<Page<ConsultationDto>>(await guest.GetAsync("/api/v1/compliance/consultations"));
        Assert.Equal([mine], list.Items.Select(c => c.Id));
        foreach (var url in new[] { C(other), $"{C(other)}/comments" })
        {
            var response = await guest.GetAsync(url);
            await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Platform.NotFound");
        }
        var post = await guest.PostAsJsonAsync($"{C(other)}/comments", new CommentInput(otherVersion.Sections[0].Recommendations[0].Id, null, "intrus"));
        await ProblemAssert.IsProblem(post, HttpStatusCode.NotFound, "Platform.NotFound");
        // A recommendation of another version, posted into their own consultation, is refused too.
        await ProblemAssert.IsProblem(await guest.PostAsJsonAsync($"{C(mine)}/comments", new CommentInput(otherVersion.Sections[0].Recommendations[0].Id, null, "intrus")),
            HttpStatusCode.BadRequest, "Compliance.RecommendationUnknown");
        foreach (var url in new[] { "/api/v1/compliance/frameworks", $"/api/v1/compliance/versions/{otherVersion.Id}", $"{C(mine)}/report", $"{C(mine)}/reviewers", "/api/v1/federation/coops" })
        {
            var response = await guest.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("canari", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(1, await InDbAsync(app, db => db.ConsultationComments.CountAsync()));

        // Coop people who were not invited see no consultation either.
        await TenancyProbe.AssertIsolatedAsync(app, Guid.CreateVersion7(), HttpMethod.Get, C(mine), canary: "canari");
        await TenancyProbe.AssertIsolatedAsync(app, Guid.CreateVersion7(), HttpMethod.Post, $"{C(mine)}/comments", new CommentInput(version.Sections[0].Recommendations[0].Id, null, "x"));
    }

    private async Task<T> InPlatformAsync<T>(Func<CoopSante.Platform.Data.PlatformDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Data.PlatformDbContext>());
    }
}
