using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using Npgsql;

namespace CoopSante.Integration.Tests.Membership;

public sealed class RegisterImportTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<long> MembersAsync(Guid coop) => ScalarAsync($"SELECT count(*) FROM membership.members WHERE coop_id = '{coop}'");

    [Fact]
    public async Task Dry_run_lists_every_error_by_line_and_column_and_writes_nothing()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var bad = RegisterFiles.Row(2);
        bad[3] = "2999-01-01"; // date of birth in the future
        bad[6] = "Z9Z 9Z9";    // impossible postal code
        var dup = RegisterFiles.Row(1, familyName: "Doublon"); // member number 1 twice
        var path = RegisterFiles.WriteCsv([RegisterFiles.Row(1), bad, RegisterFiles.Row(3), dup]);

        var response = await admin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(4, report.GetProperty("rows").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString(), Code: e.GetProperty("code").GetString(), Message: e.GetProperty("message").GetString())).ToList();
        Assert.Contains(errors, e => e is { Line: 3, Column: "Date de naissance", Code: "Membership.DateOfBirthImplausible" });
        Assert.Contains(errors, e => e is { Line: 3, Column: "Code postal", Code: "Membership.PostalCodeInvalid" });
        Assert.Contains(errors, e => e is { Line: 5, Column: "Numéro de membre", Code: "RegisterIo.MemberNumberDuplicateInFile" });
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(0, await MembersAsync(_coop));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing_and_reports_the_line_and_reason()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop, "en-CA");
        var rows = Enumerable.Range(1, 200).Select(i => RegisterFiles.Row(i)).ToList();
        rows[150][1] = ""; // family name missing on line 152
        var path = RegisterFiles.WriteCsv(rows);

        var response = await RegisterFiles.ImportAsync(admin, _coop, path);
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "RegisterIo.ImportHasErrors");
        var rowError = problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "RegisterIo.RowError");
        Assert.Equal("rows[152].familyName", rowError.GetProperty("field").GetString());
        Assert.StartsWith("Line 152, column “Nom”", rowError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await MembersAsync(_coop));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM membership.share_transactions"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM platform.audit_events WHERE type = 350"));
    }

    [Fact]
    public async Task A_bad_row_after_thousands_already_streamed_to_the_database_still_leaves_nothing_behind()
    {
        // The import writes checked rows while later ones are still being checked (chunks of 2,000): row 4,400 is wrong.
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var rows = Enumerable.Range(1, 4_500).Select(i => RegisterFiles.Row(i)).ToList();
        rows[4_398][6] = "D0L 1C0";
        var response = await RegisterFiles.ImportAsync(admin, _coop, RegisterFiles.WriteCsv(rows));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity, "RegisterIo.ImportHasErrors");
        Assert.Equal("rows[4400].postalCode", problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "RegisterIo.RowError").GetProperty("field").GetString());
        Assert.Equal(0, await MembersAsync(_coop));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM membership.share_transactions"));
        Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM membership.membership_counters WHERE coop_id = '{_coop}'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM platform.audit_events WHERE type = 350"));

        // Corrected, and without member numbers: the import numbers the rows in file order, after the counter.
        rows[4_398][6] = "J0L 1C0";
        foreach (var row in rows) row[0] = "";
        var imported = await RegisterFiles.ImportAsync(admin, _coop, RegisterFiles.WriteCsv(rows));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(4_500, await MembersAsync(_coop));
        foreach (var line in new[] { 1, 2_000, 2_001, 4_400, 4_500 })
            Assert.Equal(line, await ScalarAsync($"SELECT member_number FROM membership.members WHERE coop_id = '{_coop}' AND family_name = 'Bélanger{line}'"));
        Assert.Equal(4_500, await ScalarAsync($"SELECT value FROM membership.membership_counters WHERE coop_id = '{_coop}' AND name = 'member'"));
        Assert.Equal(4_500, await ScalarAsync("SELECT count(*) FROM membership.share_transactions WHERE kind = 'OpeningBalance'"));
    }

    [Fact]
    public async Task Ten_thousand_rows_import_in_seconds_with_their_share_ledger_and_an_audit_entry()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var path = RegisterFiles.WriteCsv(Enumerable.Range(1, 10_000).Select(i => RegisterFiles.Row(i)));
        var watch = Stopwatch.StartNew();
        var response = await RegisterFiles.ImportAsync(admin, _coop, path);
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(10_000, JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(10_000, await MembersAsync(_coop));
        Assert.Equal(10_000, await ScalarAsync("SELECT count(*) FROM membership.share_transactions WHERE kind = 'OpeningBalance'"));
        Assert.Equal(10_000, await ScalarAsync($"SELECT value FROM membership.membership_counters WHERE coop_id = '{_coop}' AND name = 'member'"));
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM platform.audit_events WHERE type = 350 AND coop_id = '{_coop}'"));
        // The members are searchable like any other.
        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/members?q=belanger9999");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Each_imported_member_opens_one_balance_line_that_counts_as_paid_and_has_no_receipt()
    {
        await new MeetingsData(app, _coop).BylawsAsync(); // users qualify with 10 shares of 10 $
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var paidUp = RegisterFiles.Row(1);
        (paidUp[12], paidUp[13]) = ("100.00", "100.00");
        var owing = RegisterFiles.Row(2);
        (owing[12], owing[13]) = ("100.00", "40.00");
        var nothing = RegisterFiles.Row(3);
        (nothing[9], nothing[12], nothing[13]) = ("Utilisateur", "0", "0");
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(admin, _coop, RegisterFiles.WriteCsv([paidUp, owing, nothing]))).StatusCode);

        // One line per member with shares: what was subscribed and what was paid, on the admission date; none for the third.
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM membership.share_transactions"));
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM membership.share_transactions WHERE kind = 'OpeningBalance' AND shares = 10 " +
            "AND subscribed_amount = 100 AND occurred_on = '2020-03-01' AND receipt_number IS NULL"));
        Assert.Equal(140, await ScalarAsync("SELECT sum(amount) FROM membership.share_transactions"));
        var memberId = await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.CoopId == _coop && m.MemberNumber == 2).Select(m => m.Id).SingleAsync());
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/members/{memberId}");
        var line = detail.GetProperty("shares").EnumerateArray().Single();
        Assert.Equal("OpeningBalance", line.GetProperty("kind").GetString());
        Assert.Equal(40m, line.GetProperty("amount").GetDecimal());
        Assert.Equal(100m, line.GetProperty("subscribedAmount").GetDecimal());
        // Payments made before the import have no receipt in CoopSanté: none is made up.
        await ProblemAssert.IsProblem(await admin.GetAsync($"/api/v1/coops/{_coop}/members/{memberId}/receipts/{line.GetProperty("id").GetString()}.pdf"), HttpStatusCode.NotFound, "Platform.NotFound");

        // One member, one vote (s. 4(2)): shares still owing do not take the vote away, only a board suspension does
        // (s. 60.2); the capital holds both amounts.
        var voters = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/meetings/voters");
        Assert.Equal([1, 2, 3], voters.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("memberNumber").GetInt32()));
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{_coop}/meetings/annual-report?fiscalYear={MeetingsData.Today.Year - 1}");
        Assert.Equal(140m, report.GetProperty("shareCapital").GetDecimal());
        // The register's export dates the subscription from the opening balance.
        var csv = (await admin.GetStringAsync($"/api/v1/coops/{_coop}/members/export?format=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var (admitted, subscribed) = (Array.IndexOf(csv[0], "Date d'admission"), Array.IndexOf(csv[0], "Date de souscription"));
        Assert.Equal([csv[1][admitted], csv[2][admitted], ""], csv.Skip(1).Select(r => r[subscribed]));
        Assert.NotEqual("", csv[1][admitted]);
    }

    [Fact]
    public async Task Apply_without_an_idempotency_key_is_refused()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var path = RegisterFiles.WriteCsv([RegisterFiles.Row(1)]);
        await ProblemAssert.IsProblem(await RegisterFiles.ImportAsync(admin, _coop, path, key: null), HttpStatusCode.BadRequest, "RegisterIo.IdempotencyKeyRequired");
        Assert.Equal(0, await MembersAsync(_coop));
    }

    [Fact]
    public async Task The_same_key_replays_the_result_and_refuses_another_file()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        var path = RegisterFiles.WriteCsv(Enumerable.Range(1, 5).Select(i => RegisterFiles.Row(i)));
        var first = await RegisterFiles.ImportAsync(admin, _coop, path, key: "k-1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await RegisterFiles.ImportAsync(admin, _coop, path, key: "k-1");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(5, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(5, await MembersAsync(_coop));

        var other = RegisterFiles.WriteCsv(Enumerable.Range(6, 5).Select(i => RegisterFiles.Row(i)));
        await ProblemAssert.IsProblem(await RegisterFiles.ImportAsync(admin, _coop, other, key: "k-1"), HttpStatusCode.UnprocessableEntity, "RegisterIo.IdempotencyKeyReused");
        Assert.Equal(5, await MembersAsync(_coop));

        // The key belongs to its caller: another manager of the coop may use the same one.
        var colleague = await app.ClientAsync(Role.CoopAdmin, _coop);
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(colleague, _coop, other, key: "k-1")).StatusCode);
        Assert.Equal(10, await MembersAsync(_coop));
    }

    [Fact]
    public async Task The_same_key_still_running_answers_a_conflict()
    {
        var user = await app.UserAsync(Role.CoopAdmin, _coop);
        var admin = await app.ClientAsync(user);
        var path = RegisterFiles.WriteCsv([RegisterFiles.Row(1)]);
        await HoldKeyAsync(user.Id, "busy", leaseEnds: "now() + interval '5 minutes'");
        await ProblemAssert.IsProblem(await RegisterFiles.ImportAsync(admin, _coop, path, key: "busy"), HttpStatusCode.Conflict, "RegisterIo.ImportInProgress");
        Assert.Equal(0, await MembersAsync(_coop));
    }

    [Fact]
    public async Task A_key_whose_holder_crashed_is_taken_over_once_its_lease_expires()
    {
        var user = await app.UserAsync(Role.CoopAdmin, _coop);
        var admin = await app.ClientAsync(user);
        var path = RegisterFiles.WriteCsv(Enumerable.Range(1, 3).Select(i => RegisterFiles.Row(i)));
        await HoldKeyAsync(user.Id, "crashed", leaseEnds: "now() - interval '1 second'");
        var response = await RegisterFiles.ImportAsync(admin, _coop, path, key: "crashed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, await MembersAsync(_coop));
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM platform.idempotency_keys WHERE key = 'crashed' AND caller_id = '{user.Id}' AND status = 'Completed'"));
        var replay = await RegisterFiles.ImportAsync(admin, _coop, path, key: "crashed");
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(3, await MembersAsync(_coop));
    }

    /// <summary>A key held by a request that is running (or crashed), as the platform's idempotency filter records it.</summary>
    private async Task HoldKeyAsync(Guid caller, string key, string leaseEnds)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO platform.idempotency_keys (id, coop_id, caller_id, key, request_hash, status, holder, lease_expires_at, created_at) " +
            $"VALUES (gen_random_uuid(), '{_coop}', '{caller}', '{key}', 'another-request', 'Running', gen_random_uuid(), {leaseEnds}, now())", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Import_is_for_the_coop_manager_only_and_never_reaches_another_coop()
    {
        var path = RegisterFiles.WriteCsv([RegisterFiles.Row(1)]);
        var staff = await app.ClientAsync(Role.CoopStaff, _coop);
        Assert.Equal(HttpStatusCode.Forbidden, (await RegisterFiles.ImportAsync(staff, _coop, path)).StatusCode);
        var otherAdmin = await app.ClientAsync(Role.CoopAdmin, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await RegisterFiles.ImportAsync(otherAdmin, _coop, path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path))).StatusCode);
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM membership.members"));
    }

    [Fact]
    public async Task A_user_mapping_replaces_the_detected_columns()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        string[] headers = [.. RegisterFiles.FrenchHeaders];
        headers[1] = "Famille";
        var path = RegisterFiles.WriteCsv([RegisterFiles.Row(1)], headers);
        await ProblemAssert.IsProblem(await admin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path)), HttpStatusCode.BadRequest, "RegisterIo.MappingMissingField");
        var report = await (await admin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path, """{"FamilyName":"Famille"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        Assert.Equal("Famille", report.GetProperty("mapping").GetProperty("FamilyName").GetString());
    }
}
