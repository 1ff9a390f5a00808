using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Backup;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>
/// The register import's writer on the README's default (SQLite: batches of EF inserts where PostgreSQL uses COPY), which the
/// PostgreSQL tests never reach: all or nothing, with the share ledger, the audit row and the search.
/// </summary>
public sealed class RegisterImportSqliteTests
{
    [Fact]
    public async Task On_SQLite_a_file_with_a_bad_row_imports_nothing_and_a_good_one_imports_every_member_with_its_opening_balance_audited_and_searchable()
    {
        var dir = Directory.CreateTempSubdirectory("coopsante-import-sqlite-");
        try
        {
            var file = Path.Combine(dir.FullName, "coopsante.db");
            await using var host = Drill.Host(file, null, Path.Combine(dir.FullName, "files"), Path.Combine(dir.FullName, "audit-checkpoint.json"), demo: false);
            var coop = Guid.NewGuid();
            var admin = await AppFixture.UserAsync(host.Services, $"gestion.{coop:N}@test.coopsante.ca", new RoleGrant(Role.CoopAdmin, coop));
            var client = await AppFixture.ClientAsync(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), admin.Email, AppFixture.Password);
            async Task<long> Count(string sql)
            {
                await using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
                await conn.OpenAsync();
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = sql;
                return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }

            // A wrong row far after the first batches (of 1,000) were written: nothing stays.
            var rows = Enumerable.Range(1, 2_500).Select(i => RegisterFiles.Row(i)).ToList();
            rows[2_400][1] = "";
            var refused = await RegisterFiles.ImportAsync(client, coop, RegisterFiles.WriteCsv(rows));
            await ProblemAssert.IsProblem(refused, HttpStatusCode.UnprocessableEntity, "RegisterIo.ImportHasErrors");
            Assert.Equal(0, await Count("SELECT count(*) FROM members"));
            Assert.Equal(0, await Count("SELECT count(*) FROM share_transactions"));

            var response = await RegisterFiles.ImportAsync(client, coop, RegisterFiles.WriteCsv(Enumerable.Range(1, 2_500).Select(i => RegisterFiles.Row(i))));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal(2_500, JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32());
            Assert.Equal(2_500, await Count($"SELECT count(*) FROM members WHERE coop_id = '{coop.ToString().ToUpperInvariant()}' OR coop_id = '{coop}'"));
            Assert.Equal(2_500, await Count("SELECT count(*) FROM share_transactions WHERE kind = 'OpeningBalance'"));
            Assert.Equal(1, await Count("SELECT count(*) FROM audit_events WHERE type = 350"));
            var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{coop}/members?q=belanger2499");
            Assert.Equal(1, found.GetProperty("total").GetInt32());
            Assert.True((await Drill.VerifyAsync(host.Services)).Intact);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
