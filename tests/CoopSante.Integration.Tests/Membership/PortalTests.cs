using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Npgsql;

namespace CoopSante.Integration.Tests.Membership;

public sealed class PortalTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        var manager = await app.ClientAsync(Role.CoopAdmin, _coop);
        var rows = new[] { RegisterFiles.Row(1, "Tremblay-Alpha", "alpha@exemple.ca"), RegisterFiles.Row(2, "Gagnon-Bravo", "bravo@exemple.ca"), RegisterFiles.Row(3, "Roy-Charlie", "charlie@exemple.ca") };
        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(manager, _coop, RegisterFiles.WriteCsv(rows))).StatusCode);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<HttpClient> MemberAsync(string email) => await app.ClientAsync(await app.UserAsync(email, new RoleGrant(Role.Member, _coop)));

    private async Task<NpgsqlDataReader> QueryAsync(NpgsqlConnection conn, string sql)
    {
        await conn.OpenAsync();
        return await new NpgsqlCommand(sql, conn).ExecuteReaderAsync();
    }

    [Fact]
    public async Task A_member_is_linked_by_email_on_first_visit_and_sees_only_their_own_membership()
    {
        var alpha = await MemberAsync("alpha@exemple.ca");
        var response = await alpha.GetAsync("/api/v1/portal/me");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var me = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, me.GetProperty("memberNumber").GetInt32());
        Assert.Equal("Tremblay-Alpha", me.GetProperty("familyName").GetString());
        Assert.Equal(["OpeningBalance"], me.GetProperty("shares").EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
        Assert.DoesNotContain("Bravo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Charlie", text, StringComparison.Ordinal);

        var bravo = await MemberAsync("bravo@exemple.ca");
        var other = await bravo.GetStringAsync("/api/v1/portal/me");
        Assert.Contains("Gagnon-Bravo", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_with_no_matching_member_or_no_member_role_sees_nothing()
    {
        var stranger = await MemberAsync("personne@exemple.ca");
        await ProblemAssert.IsProblem(await stranger.GetAsync("/api/v1/portal/me"), HttpStatusCode.NotFound, "RegisterIo.PortalMemberNotFound");
        var staff = await app.ClientAsync(await app.UserAsync("charlie@exemple.ca", new RoleGrant(Role.CoopStaff, _coop)));
        await ProblemAssert.IsProblem(await staff.GetAsync("/api/v1/portal/me"), HttpStatusCode.Forbidden, "Platform.Forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/portal/me")).StatusCode);
    }

    [Fact]
    public async Task Contact_update_is_validated_and_audited_with_field_names_only()
    {
        var alpha = await MemberAsync("alpha@exemple.ca");
        var me = await alpha.GetFromJsonAsync<JsonElement>("/api/v1/portal/me");
        var version = me.GetProperty("version").GetInt32();
        var bad = await alpha.PutAsJsonAsync("/api/v1/portal/me/contact", new { version, phone = "450-555-0101", email = "alpha@exemple.ca", street = "1 rue Principale", city = "Contrecœur", province = "QC", postalCode = "Z9Z" });
        await ProblemAssert.IsProblem(bad, HttpStatusCode.BadRequest, "Membership.PostalCodeInvalid");

        var ok = await alpha.PutAsJsonAsync("/api/v1/portal/me/contact", new { version, phone = "514-555-7777", email = "alpha@exemple.ca", street = "99 rue Nouvelle", city = "Sorel-Tracy", province = "QC", postalCode = "j3p 1a1" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var after = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("J3P 1A1", after.GetProperty("contact").GetProperty("postalCode").GetString());

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await using var reader = await QueryAsync(conn, "SELECT details FROM platform.audit_events WHERE type = 301 AND purpose = 'portal'");
        Assert.True(await reader.ReadAsync());
        var details = reader.GetString(0);
        Assert.Contains("postalCode", details, StringComparison.Ordinal);
        Assert.Contains("street", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorel", details, StringComparison.Ordinal);
        Assert.DoesNotContain("514", details, StringComparison.Ordinal);

        var stale = await alpha.PutAsJsonAsync("/api/v1/portal/me/contact", new { version, phone = "514-555-7777", email = "alpha@exemple.ca", street = "1 rue X", city = "Sorel-Tracy", province = "QC", postalCode = "J3P 1A1" });
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict, "Platform.StaleVersion");
    }

    [Fact]
    public async Task Personal_data_export_holds_my_data_and_nobody_elses_in_json_and_csv()
    {
        // Alpha's and Bravo's annual contributions, each waived by the board with its own reason.
        await using (var seed = new NpgsqlConnection(app.ConnectionString))
        {
            await seed.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                WITH c AS (
                  INSERT INTO membership.contribution_charges (id, coop_id, member_id, version, fiscal_year, year_starts_on, year_ends_on, amount, paid, waived, created_at)
                  SELECT gen_random_uuid(), coop_id, id, 0, 2026, '2026-01-01', '2026-12-31', 30, 0, 30, now() FROM membership.members
                  WHERE email IN ('alpha@exemple.ca', 'bravo@exemple.ca') RETURNING id, coop_id, member_id)
                INSERT INTO membership.contribution_waivers (id, coop_id, member_id, charge_id, fiscal_year, amount, decided_on, reason, recorded_at)
                SELECT gen_random_uuid(), c.coop_id, c.member_id, c.id, 2026, 30, '2026-02-01',
                  CASE WHEN m.email = 'alpha@exemple.ca' THEN 'Exemption-Alpha bénévole' ELSE 'Exemption-Bravo difficultés' END, now()
                FROM c JOIN membership.members m ON m.id = c.member_id
                """, seed);
            Assert.Equal(2, await cmd.ExecuteNonQueryAsync());
        }
        var alpha = await MemberAsync("alpha@exemple.ca");
        var json = await alpha.GetAsync("/api/v1/portal/me/export?format=json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var jsonText = await json.Content.ReadAsStringAsync();
        Assert.Contains("Tremblay-Alpha", jsonText, StringComparison.Ordinal);
        Assert.Contains("alpha@exemple.ca", jsonText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bravo", jsonText, StringComparison.Ordinal);
        var contributions = JsonDocument.Parse(jsonText).RootElement.GetProperty("contributions");
        Assert.Equal((30m, 0m), (contributions.GetProperty("years")[0].GetProperty("waived").GetDecimal(), contributions.GetProperty("owing").GetDecimal()));
        Assert.Equal("Exemption-Alpha bénévole", contributions.GetProperty("waivers")[0].GetProperty("reason").GetString());

        var csv = await alpha.GetAsync("/api/v1/portal/me/export?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"mes-donnees-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, await csv.Content.ReadAsByteArrayAsync());
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal("section,item,field,value", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.Contains("identity.familyName,Tremblay-Alpha", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("contributions.waivers,1,reason,Exemption-Alpha bénévole", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Bravo", StringComparison.Ordinal) || l.Contains("Charlie", StringComparison.Ordinal));

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await using var reader = await QueryAsync(conn, "SELECT count(*) FROM platform.audit_events WHERE type = 370");
        Assert.True(await reader.ReadAsync());
        Assert.Equal(2L, reader.GetInt64(0));
    }

    [Fact]
    public async Task A_member_withdraws_their_consent_but_cannot_touch_another_members()
    {
        Guid alphaConsent = Guid.NewGuid(), bravoConsent = Guid.NewGuid(), alphaRegister = Guid.NewGuid();
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "INSERT INTO membership.member_consents (id, coop_id, member_id, purpose, text_version, channel, given_at) " +
                $"SELECT CASE WHEN email = 'alpha@exemple.ca' THEN '{alphaConsent}'::uuid ELSE '{bravoConsent}'::uuid END, coop_id, id, 'newsletter', 'v1', 'Staff', now() " +
                "FROM membership.members WHERE email IN ('alpha@exemple.ca', 'bravo@exemple.ca') " +
                // An application before 2026-02 recorded the register as a consent: a row that records no choice.
                $"UNION ALL SELECT '{alphaRegister}'::uuid, coop_id, id, 'register', 'v1', 'Staff', now() - interval '1 day' FROM membership.members WHERE email = 'alpha@exemple.ca'", conn);
            Assert.Equal(3, await cmd.ExecuteNonQueryAsync());
        }
        var alpha = await MemberAsync("alpha@exemple.ca");
        await ProblemAssert.IsProblem(await alpha.PostAsync($"/api/v1/portal/me/consents/{bravoConsent}/withdraw", null), HttpStatusCode.NotFound, "RegisterIo.ConsentNotFound");
        await ProblemAssert.IsProblem(await alpha.PostAsync($"/api/v1/portal/me/consents/{alphaRegister}/withdraw", null), HttpStatusCode.NotFound, "RegisterIo.ConsentNotFound");
        var ok = await alpha.PostAsync($"/api/v1/portal/me/consents/{alphaConsent}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        // The register is kept by law, not by consent: it is not listed among the consents.
        var consent = Assert.Single((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consents").EnumerateArray());
        Assert.Equal("newsletter", consent.GetProperty("purpose").GetString());
        Assert.NotEqual(JsonValueKind.Null, consent.GetProperty("withdrawnAt").ValueKind);
        await ProblemAssert.IsProblem(await alpha.PostAsync($"/api/v1/portal/me/consents/{alphaConsent}/withdraw", null), HttpStatusCode.Conflict, "RegisterIo.ConsentAlreadyWithdrawn");

        await using var check = new NpgsqlConnection(app.ConnectionString);
        await using var reader = await QueryAsync(check, "SELECT (SELECT count(*) FROM platform.audit_events WHERE type = 341), " +
            $"(SELECT count(*) FROM membership.member_consents WHERE id IN ('{bravoConsent}', '{alphaRegister}') AND withdrawn_at IS NULL)");
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.Equal(2L, reader.GetInt64(1));
    }

    [Fact]
    public async Task A_member_downloads_their_certificate_and_their_own_receipts_only()
    {
        var alpha = await MemberAsync("alpha@exemple.ca");
        var bravo = await MemberAsync("bravo@exemple.ca");
        var certificate = await alpha.GetAsync("/api/v1/portal/me/certificate.pdf");
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        var pdf = await certificate.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        // The imported balance has no receipt; a payment the coop records has one.
        var opening = (await alpha.GetFromJsonAsync<JsonElement>("/api/v1/portal/me")).GetProperty("shares")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await alpha.GetAsync($"/api/v1/portal/me/receipts/{opening}.pdf")).StatusCode);
        var manager = await app.ClientAsync(Role.CoopAdmin, _coop);
        var alphaId = (await alpha.GetFromJsonAsync<JsonElement>("/api/v1/portal/me")).GetProperty("memberId").GetGuid();
        var paid = await manager.PostAsJsonAsync($"/api/v1/coops/{_coop}/members/{alphaId}/shares/payments", new { amount = 10m, method = "Cash", occurredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)) });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());
        var me = await alpha.GetFromJsonAsync<JsonElement>("/api/v1/portal/me");
        var payment = me.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Payment").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await alpha.GetAsync($"/api/v1/portal/me/receipts/{payment}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bravo.GetAsync($"/api/v1/portal/me/receipts/{payment}.pdf")).StatusCode);
    }
}
