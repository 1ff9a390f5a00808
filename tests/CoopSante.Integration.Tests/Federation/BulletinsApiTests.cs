using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation;
using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Coops;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class BulletinsApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Bulletins = "/api/v1/federation/bulletins";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string CoopBulletins(Guid coopId) => $"/api/v1/coops/{coopId}/bulletins";

    private async Task<(CoopDto Monteregie, CoopDto Mauricie, HttpClient Federation)> CoopsAsync()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var monteregie = await CreateAsync(federation, Input(name: "Coop de Varennes", city: "Varennes", region: "16", postal: "J3X 1A1", status: "Active"));
        var mauricie = await CreateAsync(federation, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active"));
        return (monteregie, mauricie, federation);
    }

    private static BulletinInput ToRegion(string region, string title = "Nouvelles règles de facturation") =>
        new(title, "New billing rules", "La **RAMQ** change ses règles.", "The **RAMQ** changes its rules.", "Regions", Regions: [region]);

    private static async Task<FederationBulletinDto> PublishAsync(HttpClient federation, BulletinInput input)
    {
        var response = await federation.PostAsJsonAsync(Bulletins, input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FederationBulletinDto>())!;
    }

    private static MultipartFormDataContent File(byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name } };

    private Task<int> BulletinCountAsync() => InDbAsync(app, db => db.Bulletins.CountAsync());

    [Fact]
    public async Task A_bulletin_to_one_region_reaches_that_regions_coops_in_their_language_and_no_other_coop()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var bulletin = await PublishAsync(federation, ToRegion("16"));
        Assert.Equal(1, bulletin.CoopsAddressed);

        var fr = await (await app.ClientAsync(Role.CoopStaff, monteregie.Id)).GetFromJsonAsync<JsonElement>(CoopBulletins(monteregie.Id));
        var item = Assert.Single(fr.GetProperty("items").EnumerateArray());
        Assert.Equal("Nouvelles règles de facturation", item.GetProperty("title").GetString());
        Assert.Contains("<strong>RAMQ</strong>", item.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.False(item.GetProperty("readByMe").GetBoolean());
        var en = await (await app.ClientAsync(Role.Clinician, monteregie.Id, "en-CA")).GetFromJsonAsync<JsonElement>($"{CoopBulletins(monteregie.Id)}/{bulletin.Id}");
        Assert.Equal("New billing rules", en.GetProperty("title").GetString());

        var other = await app.ClientAsync(Role.CoopAdmin, mauricie.Id);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>(CoopBulletins(mauricie.Id))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CoopBulletins(mauricie.Id)}/{bulletin.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{CoopBulletins(mauricie.Id)}/{bulletin.Id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task Bulletin_text_is_sanitized_so_no_script_or_javascript_link_reaches_a_coop()
    {
        var (monteregie, _, federation) = await CoopsAsync();
        await PublishAsync(federation, new BulletinInput("Titre", "Title", "<script>alert(1)</script> [clic](javascript:alert(2)) <img src=x onerror=alert(3)>", "Body", "AllCoops"));

        var page = await (await app.ClientAsync(Role.CoopStaff, monteregie.Id)).GetFromJsonAsync<JsonElement>(CoopBulletins(monteregie.Id));

        var html = page.GetProperty("items")[0].GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Marking_read_twice_counts_once_and_the_federation_sees_reads_per_coop_never_who()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var bulletin = await PublishAsync(federation, new BulletinInput("À tous", "To all", "Texte", "Text", "AllCoops"));
        var reader = await app.UserAsync($"lectrice.unique.{Guid.NewGuid():N}@test.coopsante.ca", new RoleGrant(Role.CoopStaff, monteregie.Id));
        var client = await app.ClientAsync(reader);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"{CoopBulletins(monteregie.Id)}/{bulletin.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"{CoopBulletins(monteregie.Id)}/{bulletin.Id}/read", null)).StatusCode);

        Assert.True((await client.GetFromJsonAsync<JsonElement>($"{CoopBulletins(monteregie.Id)}/{bulletin.Id}")).GetProperty("readByMe").GetBoolean());
        var unread = await client.GetFromJsonAsync<JsonElement>($"{CoopBulletins(monteregie.Id)}?unread=true");
        Assert.Empty(unread.GetProperty("items").EnumerateArray());
        var text = await (await app.ClientAsync(Role.FederationAuditor)).GetStringAsync($"{Bulletins}/{bulletin.Id}/reads");
        var reads = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, reads.Count);
        Assert.Equal(0, reads.Single(r => r.GetProperty("coopId").GetGuid() == mauricie.Id).GetProperty("readers").GetInt32());
        Assert.Equal(1, reads.Single(r => r.GetProperty("coopId").GetGuid() == monteregie.Id).GetProperty("readers").GetInt32());
        Assert.DoesNotContain("lectrice", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(reader.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        var list = await federation.GetFromJsonAsync<JsonElement>(Bulletins);
        Assert.Equal(1, list.GetProperty("items")[0].GetProperty("coopsRead").GetInt32());
        Assert.Equal(2, list.GetProperty("items")[0].GetProperty("coopsAddressed").GetInt32());
    }

    [Theory]
    [InlineData("", "Title", "Texte", "Text", "AllCoops", "Platform.Required")]
    [InlineData("Titre", "Title", "   ", "Text", "AllCoops", "Platform.Required")]
    [InlineData("Titre", "Title", "oversize", "Text", "AllCoops", "Platform.TooLong")]
    [InlineData("Titre", "Title", "Texte", "Text", "Everyone", "Federation.BulletinAudienceUnknown")]
    [InlineData("Titre", "Title", "Texte", "Text", "Regions", "Federation.BulletinAudienceEmpty")]
    public async Task A_bad_bulletin_is_refused_with_a_stable_code_and_nothing_is_written(string titleFr, string titleEn, string bodyFr, string bodyEn, string audience, string code)
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var input = new BulletinInput(titleFr, titleEn, bodyFr == "oversize" ? new string('é', Bulletin.BodyMax + 1) : bodyFr, bodyEn, audience);

        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync(Bulletins, input), HttpStatusCode.BadRequest, code);

        Assert.Equal(0, await BulletinCountAsync());
    }

    [Fact]
    public async Task Unknown_regions_and_coops_are_refused_in_the_callers_language()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin, culture: "en-CA");
        var region = await ProblemAssert.IsProblem(await federation.PostAsJsonAsync(Bulletins, ToRegion("18")), HttpStatusCode.BadRequest, "Federation.RegionUnknown");
        var coop = await ProblemAssert.IsProblem(await federation.PostAsJsonAsync(Bulletins,
            new BulletinInput("Titre", "Title", "Texte", "Text", "Coops", CoopIds: [Guid.NewGuid()])), HttpStatusCode.BadRequest, "Federation.CoopUnknown");
        Assert.Contains("regions[0]", region.ToString(), StringComparison.Ordinal);
        Assert.Contains("not in the registry", coop.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await BulletinCountAsync());
    }

    [Fact]
    public async Task An_attachment_is_checked_by_content_and_size_and_only_addressed_coops_download_it()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var bulletin = await PublishAsync(federation, ToRegion("16"));
        var url = $"{Bulletins}/{bulletin.Id}/attachments";

        var created = await federation.PostAsync(url, File(Pdf, "guide.pdf"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var attachment = (await created.Content.ReadFromJsonAsync<BulletinAttachmentDto>())!;
        Assert.Equal("application/pdf", attachment.ContentType);

        await ProblemAssert.IsProblem(await federation.PostAsync(url, File("MZ\x90\0programme"u8.ToArray(), "guide.pdf")), HttpStatusCode.UnprocessableEntity, "Files.Executable");
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File("<html><script>x</script></html>\0\x01"u8.ToArray(), "page.html")), HttpStatusCode.UnprocessableEntity, "Files.TypeNotAllowed");
        var big = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File(big, "gros.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TooLarge");
        Assert.Equal(1, await InDbAsync(app, db => db.Set<BulletinAttachment>().CountAsync()));

        var download = $"{CoopBulletins(monteregie.Id)}/{bulletin.Id}/attachments/{attachment.Id}";
        var response = await (await app.ClientAsync(Role.CoopStaff, monteregie.Id)).GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        var other = await app.ClientAsync(Role.CoopStaff, mauricie.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CoopBulletins(mauricie.Id)}/{bulletin.Id}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CoopBulletins(mauricie.Id)}/{bulletin.Id}/attachments/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Coop_endpoints_answer_nothing_to_another_coop_and_federation_endpoints_nothing_to_coops()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var bulletin = await PublishAsync(federation, ToRegion("16", title: "Canari-bulletin-Montérégie"));
        var attachment = (await (await federation.PostAsync($"{Bulletins}/{bulletin.Id}/attachments", File(Pdf, "canari.pdf"))).Content.ReadFromJsonAsync<BulletinAttachmentDto>())!;
        var coop = CoopBulletins(monteregie.Id);

        foreach (var (method, url) in new[] { (HttpMethod.Get, coop), (HttpMethod.Get, $"{coop}/{bulletin.Id}"), (HttpMethod.Post, $"{coop}/{bulletin.Id}/read"),
                     (HttpMethod.Get, $"{coop}/{bulletin.Id}/attachments/{attachment.Id}") })
            await TenancyProbe.AssertIsolatedAsync(app, mauricie.Id, method, url, canary: "Canari-bulletin");

        var coopAdmin = await app.ClientAsync(Role.CoopAdmin, monteregie.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync(Bulletins)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync($"{Bulletins}/{bulletin.Id}/reads")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.PostAsJsonAsync(Bulletins, ToRegion("16"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.DeleteAsync($"{Bulletins}/{bulletin.Id}?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.FederationAuditor)).PostAsJsonAsync(Bulletins, ToRegion("16"))).StatusCode);
        Assert.Equal(1, await BulletinCountAsync());
    }

    [Fact]
    public async Task A_withdrawn_bulletin_disappears_from_the_coops_and_the_withdrawal_is_audited()
    {
        var (monteregie, _, federation) = await CoopsAsync();
        var bulletin = await PublishAsync(federation, ToRegion("16"));

        await ProblemAssert.IsProblem(await federation.DeleteAsync($"{Bulletins}/{bulletin.Id}"), HttpStatusCode.BadRequest, "Platform.Required");
        await ProblemAssert.IsProblem(await federation.DeleteAsync($"{Bulletins}/{bulletin.Id}?version=7"), HttpStatusCode.Conflict, "Platform.StaleVersion");
        Assert.Equal(HttpStatusCode.NoContent, (await federation.DeleteAsync($"{Bulletins}/{bulletin.Id}?version={bulletin.Version}")).StatusCode);

        var staff = await app.ClientAsync(Role.CoopStaff, monteregie.Id);
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>(CoopBulletins(monteregie.Id))).GetProperty("items").EnumerateArray());
        Assert.Single(await AuditAsync(app, AuditEventType.BulletinPublished));
        Assert.Single(await AuditAsync(app, AuditEventType.BulletinWithdrawn));
    }

    [Fact]
    public async Task The_digest_mails_each_coop_person_their_unread_bulletins_once_however_often_it_runs()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var admin = await app.UserAsync(Role.CoopAdmin, monteregie.Id);
        var staff = await app.UserAsync(Role.CoopStaff, monteregie.Id);
        await app.UserAsync(Role.CoopStaff, mauricie.Id);
        var first = await PublishAsync(federation, ToRegion("16"));
        await (await app.ClientAsync(staff)).PostAsync($"{CoopBulletins(monteregie.Id)}/{first.Id}/read", null);

        Assert.Equal("1", await RunDigestAsync());
        Assert.Equal("0", await RunDigestAsync());
        await PublishAsync(federation, new BulletinInput("Deuxième", "Second", "Texte", "Text", "AllCoops"));
        Assert.Equal("3", await RunDigestAsync());

        var mails = await OutboxAsync();
        Assert.Equal(4, mails.Count);
        Assert.Equal(2, mails.Count(m => m.To == admin.Email));
        Assert.Contains("Nouvelles règles de facturation", mails.First(m => m.To == admin.Email).TextBody, StringComparison.Ordinal);
        Assert.Single(mails, m => m.To == staff.Email);
        Assert.DoesNotContain("Nouvelles règles", mails.Single(m => m.To == staff.Email).TextBody, StringComparison.Ordinal);
    }

    private async Task<string?> RunDigestAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BulletinDigestJob>().RunAsync(CancellationToken.None);
    }

    private async Task<List<CoopSante.Platform.Email.OutboxEmail>> OutboxAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking()
            .Where(e => e.Kind == BulletinDigestJob.Kind).OrderBy(e => e.CreatedAt).ToListAsync();
    }
}
