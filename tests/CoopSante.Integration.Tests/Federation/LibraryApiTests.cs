using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Library;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Federation.FederationTestData;

namespace CoopSante.Integration.Tests.Federation;

public sealed class LibraryApiTests(AppFixture app) : IAsyncLifetime
{
    private const string Library = "/api/v1/federation/library";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] PdfV2 = "%PDF-1.4\n% version 2\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public async ValueTask InitializeAsync() => await ResetAsync(app);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string CoopLibrary(Guid coopId) => $"/api/v1/coops/{coopId}/library";

    private async Task<(CoopDto Monteregie, CoopDto Mauricie, HttpClient Federation)> CoopsAsync()
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var monteregie = await CreateAsync(federation, Input(name: "Coop de Varennes", city: "Varennes", region: "16", postal: "J3X 1A1", status: "Active"));
        var mauricie = await CreateAsync(federation, Input(name: "Coop du Rocher", city: "Shawinigan", region: "04", postal: "G9N 1A1", status: "Active"));
        return (monteregie, mauricie, federation);
    }

    private static LibraryDocumentInput Document(string titleFr = "Modèle de règlement intérieur", string category = "BylawModel", string audience = "Regions",
        string[]? regions = null, Guid[]? coops = null, string descriptionFr = "Règlement type d'une coopérative de solidarité.") =>
        new(titleFr, $"{titleFr} (en)", descriptionFr, "Model by-laws of a solidarity cooperative.", category, audience, regions ?? (audience == "Regions" ? ["16"] : null), coops);

    private static async Task<FederationLibraryDocumentDto> CreateDocumentAsync(HttpClient federation, LibraryDocumentInput input)
    {
        var response = await federation.PostAsJsonAsync(Library, input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FederationLibraryDocumentDto>())!;
    }

    private static MultipartFormDataContent File(byte[] bytes, string name, string? note = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name } };
        if (note is not null) form.Add(new StringContent(note), "note");
        return form;
    }

    private static async Task<LibraryVersionDto> UploadAsync(HttpClient federation, Guid documentId, byte[] bytes, string name, string? note = null)
    {
        var response = await federation.PostAsync($"{Library}/{documentId}/versions", File(bytes, name, note));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<LibraryVersionDto>())!;
    }

    private Task<int> DocumentCountAsync() => InDbAsync(app, db => db.LibraryDocuments.CountAsync());

    [Fact]
    public async Task A_document_for_one_region_is_found_and_downloaded_in_every_version_by_that_regions_coops_and_by_no_other()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var document = await CreateDocumentAsync(federation, Document());
        var staff = await app.ClientAsync(Role.CoopStaff, monteregie.Id);
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>(CoopLibrary(monteregie.Id))).GetProperty("items").EnumerateArray()); // no file yet

        var first = await UploadAsync(federation, document.Id, Pdf, "reglement.pdf");
        var second = await UploadAsync(federation, document.Id, PdfV2, "reglement-2026.pdf", note: "Mise à jour 2026");

        var list = await staff.GetFromJsonAsync<JsonElement>(CoopLibrary(monteregie.Id));
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Modèle de règlement intérieur", item.GetProperty("title").GetString());
        Assert.Equal([2, 1], item.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Mise à jour 2026", item.GetProperty("versions")[0].GetProperty("note").GetString());
        var en = await (await app.ClientAsync(Role.Clinician, monteregie.Id, "en-CA")).GetFromJsonAsync<JsonElement>($"{CoopLibrary(monteregie.Id)}/{document.Id}");
        Assert.Equal("Modèle de règlement intérieur (en)", en.GetProperty("title").GetString());
        foreach (var (version, bytes) in new[] { (second, PdfV2), (first, Pdf) })
        {
            var download = await staff.GetAsync($"{CoopLibrary(monteregie.Id)}/{document.Id}/versions/{version.Id}/file");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        }

        var other = await app.ClientAsync(Role.CoopAdmin, mauricie.Id);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>(CoopLibrary(mauricie.Id))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CoopLibrary(mauricie.Id)}/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{CoopLibrary(mauricie.Id)}/{document.Id}/versions/{first.Id}/file")).StatusCode);
    }

    [Fact]
    public async Task Search_ignores_accents_case_and_language_and_the_category_filters_the_list_page_by_page()
    {
        var (monteregie, _, federation) = await CoopsAsync();
        // A word of this test's own in every description: the database also holds the demo's library and other tests' documents.
        var tag = "t" + Guid.NewGuid().ToString("N")[..10];
        foreach (var input in new[]
                 {
                     Document(audience: "AllCoops", descriptionFr: $"Règlement type d'une coopérative de solidarité. {tag}"),
                     Document(titleFr: "Guide de l'assemblée générale annuelle", category: "Guide", audience: "AllCoops", descriptionFr: $"Convoquer et tenir l'assemblée. {tag}"),
                     Document(titleFr: "Politique de confidentialité", category: "Policy", audience: "AllCoops", descriptionFr: $"Loi 25 : responsable, incidents. {tag}"),
                 })
            await UploadAsync(federation, (await CreateDocumentAsync(federation, input)).Id, Pdf, "document.pdf");
        var staff = await app.ClientAsync(Role.CoopStaff, monteregie.Id);

        async Task<List<string>> TitlesAsync(string query) =>
            (await staff.GetFromJsonAsync<JsonElement>($"{CoopLibrary(monteregie.Id)}?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

        Assert.Equal(["Modèle de règlement intérieur"], await TitlesAsync($"q=REGLEMENT%20interieur%20{tag}"));
        Assert.Equal(["Guide de l'assemblée générale annuelle"], await TitlesAsync($"q=assemblee%20generale%20{tag}"));
        Assert.Equal(["Politique de confidentialité"], await TitlesAsync($"q=loi%2025%20{tag}"));
        Assert.Equal(["Politique de confidentialité"], await TitlesAsync($"q=POLICY%20{tag}")); // the English category name (every test document has the same English description)
        Assert.Equal(["Guide de l'assemblée générale annuelle"], await TitlesAsync($"category=Guide&q={tag}"));
        Assert.Empty(await TitlesAsync($"q=reglement%20{tag}&category=Policy"));
        var page = await staff.GetFromJsonAsync<JsonElement>($"{CoopLibrary(monteregie.Id)}?q={tag}&pageSize=2&page=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        await ProblemAssert.IsProblem(await staff.GetAsync($"{CoopLibrary(monteregie.Id)}?category=Recette"), HttpStatusCode.BadRequest, "Federation.LibraryCategoryUnknown");
        await ProblemAssert.IsProblem(await staff.GetAsync($"{CoopLibrary(monteregie.Id)}?q={new string('a', 201)}"), HttpStatusCode.BadRequest, "Platform.TooLong");
        Assert.Equal(3, (await federation.GetFromJsonAsync<JsonElement>($"{Library}?q=e%20{tag}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Empty_oversize_forbidden_and_disguised_files_are_refused_with_a_stable_code_and_no_version_is_written()
    {
        var (_, _, federation) = await CoopsAsync();
        var document = await CreateDocumentAsync(federation, Document());
        var url = $"{Library}/{document.Id}/versions";
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
        var big = new byte[(int)LibraryCommands.DocumentUse.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        await ProblemAssert.IsProblem(await federation.PostAsync(url, File([], "vide.pdf")), HttpStatusCode.BadRequest, "Files.FileRequired");
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File("MZ\x90\0programme"u8.ToArray(), "reglement.pdf")), HttpStatusCode.UnprocessableEntity, "Files.Executable");
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "guide.docx")), HttpStatusCode.UnprocessableEntity, "Files.Executable");
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File(png, "photo.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TypeNotAllowed");
        var tooLarge = await ProblemAssert.IsProblem(await (await app.ClientAsync(Role.FederationAdmin, culture: "en-CA")).PostAsync(url, File(big, "gros.pdf")),
            HttpStatusCode.UnprocessableEntity, "Files.TooLarge");
        Assert.Contains("20", tooLarge.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await federation.PostAsync(url, File(Pdf, "ok.pdf", note: new string('n', LibraryDocumentVersion.NoteMax + 1))), HttpStatusCode.BadRequest, "Platform.TooLong");

        Assert.Equal(0, await InDbAsync(app, db => db.Set<LibraryDocumentVersion>().CountAsync()));
        Assert.Equal(0, await InDbAsync(app, db => db.LibraryDocuments.Where(d => d.Id == document.Id).Select(d => d.CurrentVersion).SingleAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<StoredFile>().IgnoreQueryFilters().CountAsync(f => f.Use == LibraryCommands.DocumentUse.Name));
    }

    [Theory]
    [InlineData("", "BylawModel", "AllCoops", "Platform.Required")]
    [InlineData("Titre\tavec tabulation", "BylawModel", "AllCoops", "Federation.LibraryControlCharacters")]
    [InlineData("oversize", "BylawModel", "AllCoops", "Platform.TooLong")]
    [InlineData("Modèle", "Recette", "AllCoops", "Federation.LibraryCategoryUnknown")]
    [InlineData("Modèle", "2", "AllCoops", "Federation.LibraryCategoryUnknown")]
    [InlineData("Modèle", "Guide", "Everyone", "Federation.LibraryAudienceUnknown")]
    [InlineData("Modèle", "Guide", "Coops", "Federation.LibraryAudienceEmpty")]
    public async Task A_bad_document_is_refused_with_a_stable_code_and_nothing_is_written(string titleFr, string category, string audience, string code)
    {
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var input = Document(titleFr: titleFr, category: category, audience: audience, regions: [],
            descriptionFr: titleFr == "oversize" ? new string('é', LibraryDocument.DescriptionMax + 1) : "Description");
        if (titleFr == "oversize") input = input with { TitleFr = "Modèle" };

        await ProblemAssert.IsProblem(await federation.PostAsJsonAsync(Library, input), HttpStatusCode.BadRequest, code);

        Assert.Equal(0, await DocumentCountAsync());
    }

    [Fact]
    public async Task Errors_are_explained_in_the_callers_language()
    {
        var en = await ProblemAssert.IsProblem(await (await app.ClientAsync(Role.FederationAdmin, culture: "en-CA")).PostAsJsonAsync(Library, Document(category: "Recette")),
            HttpStatusCode.BadRequest, "Federation.LibraryCategoryUnknown");
        var fr = await ProblemAssert.IsProblem(await (await app.ClientAsync(Role.FederationAdmin)).PostAsJsonAsync(Library, Document(regions: ["18"])),
            HttpStatusCode.BadRequest, "Federation.RegionUnknown");
        Assert.Contains("Unknown category", en.ToString(), StringComparison.Ordinal);
        Assert.Contains("regions[0]", fr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coop_endpoints_answer_nothing_to_another_coop_and_federation_endpoints_nothing_to_coops()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var document = await CreateDocumentAsync(federation, Document(titleFr: "Canari-biblio-Montérégie"));
        var version = await UploadAsync(federation, document.Id, Pdf, "canari.pdf");
        var coop = CoopLibrary(monteregie.Id);

        foreach (var url in new[] { coop, $"{coop}/{document.Id}", $"{coop}/{document.Id}/versions/{version.Id}/file" })
            await TenancyProbe.AssertIsolatedAsync(app, mauricie.Id, HttpMethod.Get, url, canary: "Canari-biblio");
        // A member of the addressed coop is not its staff: the library is for the coop's people at work.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.Member, monteregie.Id)).GetAsync(coop)).StatusCode);

        var coopAdmin = await app.ClientAsync(Role.CoopAdmin, monteregie.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync(Library)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.GetAsync($"{Library}/{document.Id}/versions/{version.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.PostAsJsonAsync(Library, Document())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.PostAsync($"{Library}/{document.Id}/versions", File(Pdf, "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coopAdmin.DeleteAsync($"{Library}/{document.Id}?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Role.FederationAuditor)).PostAsJsonAsync(Library, Document())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync(Role.FederationAuditor)).GetAsync($"{Library}/{document.Id}/versions/{version.Id}/file")).StatusCode);
        Assert.Equal(1, await DocumentCountAsync());
    }

    [Fact]
    public async Task Changing_the_audience_moves_the_document_and_withdrawing_it_stops_every_download_all_audited()
    {
        var (monteregie, mauricie, federation) = await CoopsAsync();
        var document = await CreateDocumentAsync(federation, Document());
        var version = await UploadAsync(federation, document.Id, Pdf, "reglement.pdf");
        var current = (await federation.GetFromJsonAsync<JsonElement>(Library)).GetProperty("items")[0].GetProperty("version").GetInt32();

        await ProblemAssert.IsProblem(await federation.PutAsJsonAsync($"{Library}/{document.Id}", Document(audience: "Coops", coops: [mauricie.Id])), HttpStatusCode.BadRequest, "Platform.Required");
        await ProblemAssert.IsProblem(await federation.PutAsJsonAsync($"{Library}/{document.Id}", Document(audience: "Coops", coops: [mauricie.Id]) with { Version = current + 5 }),
            HttpStatusCode.Conflict, "Platform.StaleVersion");
        var moved = await federation.PutAsJsonAsync($"{Library}/{document.Id}", Document(audience: "Coops", coops: [mauricie.Id]) with { Version = current });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var updated = (await moved.Content.ReadFromJsonAsync<FederationLibraryDocumentDto>())!;

        var mauricieStaff = await app.ClientAsync(Role.CoopStaff, mauricie.Id);
        var download = $"{CoopLibrary(mauricie.Id)}/{document.Id}/versions/{version.Id}/file";
        Assert.Equal(HttpStatusCode.OK, (await mauricieStaff.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Role.CoopStaff, monteregie.Id)).GetAsync($"{CoopLibrary(monteregie.Id)}/{document.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await federation.DeleteAsync($"{Library}/{document.Id}?version={updated.Version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mauricieStaff.GetAsync(download)).StatusCode);
        Assert.Empty((await mauricieStaff.GetFromJsonAsync<JsonElement>(CoopLibrary(mauricie.Id))).GetProperty("items").EnumerateArray());
        Assert.True((await federation.GetFromJsonAsync<JsonElement>(Library)).GetProperty("items")[0].GetProperty("withdrawn").GetBoolean());

        Assert.Single(await AuditAsync(app, AuditEventType.LibraryDocumentCreated));
        Assert.Single(await AuditAsync(app, AuditEventType.LibraryDocumentUpdated));
        Assert.Single(await AuditAsync(app, AuditEventType.LibraryDocumentVersionAdded));
        Assert.Single(await AuditAsync(app, AuditEventType.LibraryDocumentWithdrawn));
        Assert.Contains(await AuditAsync(app, AuditEventType.FileDownloaded), e => e.Details?.Contains("library-document", StringComparison.Ordinal) == true);
    }
}
