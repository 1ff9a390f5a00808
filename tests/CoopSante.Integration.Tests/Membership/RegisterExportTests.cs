using System.Net;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using MiniExcelLibs;
using Npgsql;

namespace CoopSante.Integration.Tests.Membership;

public sealed class RegisterExportTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<string> DownloadAsync(HttpClient client, Guid coop, string format)
    {
        var response = await client.GetAsync($"/api/v1/coops/{coop}/members/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    [Fact]
    public async Task Csv_export_has_the_columns_of_the_act_and_imports_back_into_an_empty_coop_as_the_same_register()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var rows = Enumerable.Range(1, 40).Select(i => RegisterFiles.Row(i * 3, familyName: i == 7 ? "Côté-Lévesque, \"dit Ti-Jean\"" : null)).ToList();
        rows[4][10] = "Démissionnaire";
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(admin, _coop, RegisterFiles.WriteCsv(rows))).StatusCode);

        var exported = await DownloadAsync(admin, _coop, "csv");
        var lines = await File.ReadAllLinesAsync(exported);
        Assert.Equal(41, lines.Length);
        foreach (var column in new[] { "Numéro de membre", "Nom", "Prénom", "Adresse", "Code postal", "Catégorie", "Parts souscrites ($)", "Parts payées ($)",
                     "Date d'admission", "Date de souscription", "Date de transfert", "Date de remboursement", "Montant dû ($)", "Statut" })
            Assert.Contains(column, lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("\"Côté-Lévesque, \"\"dit Ti-Jean\"\"\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("15,", StringComparison.Ordinal) && l.Contains("Démissionnaire", StringComparison.Ordinal));

        var empty = Guid.NewGuid();
        var otherAdmin = await app.ClientAsync(Role.CoopAdmin, empty);
        var reimport = await RegisterFiles.ImportAsync(otherAdmin, empty, exported);
        Assert.True(reimport.StatusCode == HttpStatusCode.OK, await reimport.Content.ReadAsStringAsync());
        var again = await File.ReadAllLinesAsync(await DownloadAsync(otherAdmin, empty, "csv"));
        Assert.Equal(lines, again);
    }

    [Fact]
    public async Task Xlsx_export_reads_back_with_headers_in_the_users_language()
    {
        var admin = await app.ClientAsync(Role.CoopStaff, _coop, "en-CA");
        var manager = await app.ClientAsync(Role.CoopAdmin, _coop);
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(manager, _coop, RegisterFiles.WriteCsv(Enumerable.Range(1, 30).Select(i => RegisterFiles.Row(i))))).StatusCode);

        var path = await DownloadAsync(admin, _coop, "xlsx");
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal("1", rows[0]["Member number"]?.ToString());
        Assert.Equal("Bélanger1", rows[0]["Family name"]?.ToString());
        Assert.Equal("Active", rows[0]["Status"]?.ToString());
        Assert.Equal("30.00", rows[0]["Amount owing ($)"]?.ToString());
        Assert.Equal("Worker member", rows[4]["Category"]?.ToString());

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM platform.audit_events WHERE type = 900 AND coop_id = '{_coop}'", conn);
        Assert.Equal(1L, await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Export_is_refused_outside_the_coop_and_to_members_and_clinicians()
    {
        var manager = await app.ClientAsync(Role.CoopAdmin, _coop);
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(manager, _coop, RegisterFiles.WriteCsv([RegisterFiles.Row(1, familyName: "Canari-Zyx")]))).StatusCode);
        await TenancyProbe.AssertIsolatedAsync(app, Guid.NewGuid(), HttpMethod.Get, $"/api/v1/coops/{_coop}/members/export?format=csv", canary: "Canari-Zyx", includeFederation: true);
        foreach (var role in new[] { Role.Member, Role.Clinician })
        {
            var client = await app.ClientAsync(role, _coop);
            var response = await client.GetAsync($"/api/v1/coops/{_coop}/members/export?format=csv");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Canari-Zyx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await ProblemAssert.IsProblem(await manager.GetAsync($"/api/v1/coops/{_coop}/members/export?format=pdf"), HttpStatusCode.BadRequest, "RegisterIo.FormatInvalid");
    }
}
