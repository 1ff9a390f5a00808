using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Tenancy;
using Npgsql;

namespace CoopSante.Integration.Tests.Platform;

public sealed class FileStoreTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static byte[] Pdf(int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static MultipartFormDataContent Form(byte[] content, string fileName, string use = "attachment")
    {
        var form = new MultipartFormDataContent { { new StringContent(use), "use" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    private async Task<long> RowsAsync()
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM platform.stored_files", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static int FilesOnDisk() =>
        Directory.Exists(AppFixture.FilesRoot) ? Directory.EnumerateFiles(AppFixture.FilesRoot, "*", SearchOption.AllDirectories).Count() : 0;

    [Fact]
    public async Task An_upload_downloads_back_byte_for_byte_with_the_same_SHA256_and_the_download_is_audited()
    {
        var staff = await app.ClientAsync(Role.CoopStaff, _coop);
        var content = Pdf(300_000);
        var upload = await staff.PostAsync($"/api/v1/coops/{_coop}/files", Form(content, "procès-verbal.pdf"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var meta = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var id = meta.GetProperty("id").GetGuid();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), meta.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", meta.GetProperty("contentType").GetString());
        Assert.Equal(content.Length, meta.GetProperty("length").GetInt64());

        var download = await staff.GetAsync($"/api/v1/coops/{_coop}/files/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", download.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM platform.audit_events WHERE type = @t AND target_id = @id AND coop_id = @coop", conn);
        cmd.Parameters.AddWithValue("t", (int)AuditEventType.FileDownloaded);
        cmd.Parameters.AddWithValue("id", id.ToString());
        cmd.Parameters.AddWithValue("coop", _coop);
        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);

        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/files?pageSize=10");
        Assert.Equal([id], list.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("MZ", "rapport.pdf")]
    [InlineData("\u007fELF", "photo.png")]
    [InlineData("#!/bin/sh\nrm -rf /\n", "notes.txt")]
    public async Task A_renamed_executable_is_refused_and_nothing_is_kept(string magic, string name)
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var before = FilesOnDisk();
        var content = Pdf(5000);
        System.Text.Encoding.Latin1.GetBytes(magic).CopyTo(content, 0);
        await ProblemAssert.IsProblem(await admin.PostAsync($"/api/v1/coops/{_coop}/files", Form(content, name)), HttpStatusCode.UnprocessableEntity, "Files.Executable");
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(before, FilesOnDisk());
    }

    [Fact]
    public async Task A_file_over_its_uses_limit_is_refused_with_no_row_and_no_file_written()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var before = FilesOnDisk();
        var content = Pdf((int)(10 * 1024 * 1024) + 1);
        await ProblemAssert.IsProblem(await admin.PostAsync($"/api/v1/coops/{_coop}/files", Form(content, "gros.pdf")), HttpStatusCode.UnprocessableEntity, "Files.TooLarge");
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(before, FilesOnDisk());
    }

    [Fact]
    public async Task A_type_the_use_does_not_allow_is_refused_in_the_callers_language()
    {
        var admin = await app.ClientAsync(await app.UserAsync(Role.CoopAdmin, _coop), "en-CA");
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            archive.CreateEntry("payload.bin");
        var problem = await ProblemAssert.IsProblem(await admin.PostAsync($"/api/v1/coops/{_coop}/files", Form(zip.ToArray(), "lettre.docx")), HttpStatusCode.UnprocessableEntity, "Files.TypeNotAllowed");
        Assert.StartsWith("This type of file", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Another_coops_file_is_not_found_and_its_content_never_leaves()
    {
        var owner = await app.ClientAsync(Role.CoopAdmin, _coop);
        var upload = await owner.PostAsync($"/api/v1/coops/{_coop}/files", Form("canary-coop-a;1\n"u8.ToArray(), "liste.csv"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("text/csv", (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/files/{id}")).GetProperty("contentType").GetString());

        var otherCoop = Guid.NewGuid();
        var stranger = await app.ClientAsync(Role.CoopAdmin, otherCoop);
        foreach (var url in new[] { $"/api/v1/coops/{_coop}/files/{id}", $"/api/v1/coops/{_coop}/files/{id}/content", $"/api/v1/coops/{otherCoop}/files/{id}", $"/api/v1/coops/{otherCoop}/files/{id}/content" })
        {
            var response = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("canary-coop-a", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/coops/{otherCoop}/files/{id}")).StatusCode);
        Assert.Equal(1, await RowsAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/coops/{_coop}/files/{id}")).StatusCode);
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/coops/{_coop}/files/{id}/content")).StatusCode);
    }
}
