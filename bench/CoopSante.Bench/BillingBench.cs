using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Encryption;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopSante.Bench;

/// <summary>
/// Telemedicine billing (issue 19): 100,000 active PAD enrolments in one coop. The billing run as the API runs it (lapse check,
/// run row, INSERT … SELECT of the invoices, retries, 100,000 pre-notices through the outbox's COPY, commit; the audit row left
/// out) beside the baseline measured in the same round: one hand-written INSERT … SELECT creating the same invoices for the same
/// run. Then the run's CPA-005 file (read, decrypt the account numbers, write 1464-character records) and a rerun that creates nothing.
/// </summary>
internal sealed class BillingBench(string server, int enrolments, int rounds)
{
    private static readonly Guid Coop = new("0c000000-0000-4000-8000-00000000b111");
    private string _cs = "";

    public async Task RunAsync()
    {
        var name = await BenchSql.CreateDatabaseAsync(server, "bill");
        _cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        FieldCipher.Default = new FieldCipher(new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = RandomNumberGenerator.GetBytes(32) }, "k1", RandomNumberGenerator.GetBytes(32)));
        try
        {
            await using (var platform = PlatformContext()) await platform.Database.MigrateAsync();
            await using (var db = Context()) await db.Database.MigrateAsync();
            await GenerateAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"billing bench: {enrolments:N0} active PAD enrolments in one coop, {rounds} rounds; first round warms up"));
            var runs = new List<double>(); var baselines = new List<double>(); var files = new List<double>(); var reruns = new List<double>(); var reads = new List<double>();
            var period = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            for (var round = 0; round < rounds; round++)
            {
                await ResetAsync();
                var watch = Stopwatch.StartNew();
                BillingRun run;
                await using (var db = Context()) run = (await BillingRuns.RunAsync(Services(db), Coop, period, default)).Run;
                var runSeconds = watch.Elapsed.TotalSeconds;

                watch.Restart();
                string text;
                await using (var db = Context()) text = (await PadFiles.BuildAsync(db, run, DateOnly.FromDateTime(DateTime.UtcNow), default)).Text;
                var fileSeconds = watch.Elapsed.TotalSeconds;
                var readSeconds = await ReadBaselineAsync(run);

                watch.Restart();
                bool created;
                await using (var db = Context()) created = (await BillingRuns.RunAsync(Services(db), Coop, period, default)).Created;
                var rerunSeconds = watch.Elapsed.TotalSeconds;
                if (created) throw new InvalidOperationException("The rerun created a run.");

                var invoices = await ScalarAsync("SELECT count(*) FROM telemedicine.tele_invoices");
                await ExecAsync("DELETE FROM telemedicine.tele_invoices");
                await ExecAsync("VACUUM ANALYZE telemedicine.tele_invoices");
                var baseline = await BaselineAsync(run);
                if (await ScalarAsync("SELECT count(*) FROM telemedicine.tele_invoices") != invoices) throw new InvalidOperationException("The baseline created other invoices.");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round + 1}: run {runSeconds:F3} s ({invoices:N0} invoices and pre-notices); hand-written INSERT … SELECT {baseline:F3} s; ratio {runSeconds / baseline:F2}x; CPA-005 file {fileSeconds:F3} s ({text.Length / 1_000_000.0:F1} MB; plain read of its rows {readSeconds:F3} s, ratio {fileSeconds / readSeconds:F2}x); rerun {rerunSeconds * 1000:F1} ms"));
                if (round == 0) continue;
                runs.Add(runSeconds); baselines.Add(baseline); files.Add(fileSeconds); reruns.Add(rerunSeconds); reads.Add(readSeconds);
            }
            double r = BenchSql.Median(runs), b = BenchSql.Median(baselines), f = BenchSql.Median(files), z = BenchSql.Median(reruns), q = BenchSql.Median(reads);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"billing run median {r:F3} s, baseline {b:F3} s, ratio {r / b:F2}x (target ≤ 3x); CPA-005 {f:F3} s (target < 2 s; {f / q:F2}x a plain read of its rows, {q:F3} s); rerun {z * 1000:F1} ms = {z / r:P2} of the run (target < 50 %)"));
        }
        finally
        {
            await BenchSql.DropDatabaseAsync(server, name);
        }
    }

    private BillingServices Services(TelemedicineDbContext db)
    {
        var user = new CurrentUser();
        user.ActIn(Coop);
        return new BillingServices(db, new NoAudit(), new EmailOutbox(TimeProvider.System), user, TimeProvider.System,
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = _cs }, new BillingProgress());
    }

    private async Task GenerateAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = Context())
        {
            db.Prices.Add(new ProgramPrice { Id = Guid.CreateVersion7(), EffectiveFrom = new DateOnly(2020, 1, 1), HouseholdMonthlyPrice = 8.00m, RecordedAt = now });
            db.ParticipatingCoops.Add(new ParticipatingCoop { Id = Guid.CreateVersion7(), CoopId = Coop, StartsOn = new DateOnly(2020, 1, 1) });
            db.BankProfiles.Add(new CoopBankProfile
            {
                Id = Guid.CreateVersion7(), CoopId = Coop, OriginatorId = "BENCH00001", ProcessingCentre = "00810", ShortName = "COOP SANTE", LongName = "COOPERATIVE DE SANTE",
                ReturnInstitution = "815", ReturnTransit = "30123", ReturnAccount = "1234567", UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        var account = FieldCipher.Default.Encrypt("1234567");
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO telemedicine.tele_enrolments (id, coop_id, version, member_id, member_name, member_number, status, coverage_start, payment_method, email, language,
                channel, enrolled_at, dunning_state, updated_at)
            SELECT gen_random_uuid(), @coop, 0, gen_random_uuid(), 'Tremblay, Marie-Ève ' || g, g, 'Active', date '2026-01-01', 'Pad', 'membre.' || g || '@exemple.ca',
                CASE WHEN g % 4 = 0 THEN 'en' ELSE 'fr' END, 'Staff', now(), 'None', now()
            FROM generate_series(1, @n) g;
            INSERT INTO telemedicine.tele_pad_agreements (id, coop_id, version, enrolment_id, payor_name, institution_number, transit_number, account_number, account_masked,
                accepted_at, accepted_by_name, language)
            SELECT gen_random_uuid(), e.coop_id, 0, e.id, e.member_name, '815', '30123', @account, '••••567', now(), e.member_name, e.language
            FROM telemedicine.tele_enrolments e;
            """, conn) { CommandTimeout = 600 };
        cmd.Parameters.AddWithValue("coop", Coop);
        cmd.Parameters.AddWithValue("n", enrolments);
        cmd.Parameters.AddWithValue("account", account);
        await cmd.ExecuteNonQueryAsync();
        await ExecAsync("VACUUM ANALYZE");
    }

    // VACUUM runs alone: never in a batch of statements (Npgsql sends a batch as one pipeline).
    private async Task ResetAsync()
    {
        await ExecAsync("DELETE FROM telemedicine.tele_pad_files; DELETE FROM telemedicine.tele_invoices; DELETE FROM telemedicine.tele_billing_runs; TRUNCATE platform.outbox_emails");
        await ExecAsync("VACUUM ANALYZE telemedicine.tele_invoices");
        await ExecAsync("VACUUM ANALYZE platform.outbox_emails");
    }

    /// <summary>The baseline: the same invoices of the same run, one statement written by hand, in a transaction of its own.</summary>
    private async Task<double> BaselineAsync(BillingRun run)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO telemedicine.tele_invoices (id, coop_id, version, run_id, enrolment_id, member_id, period, reference, amount, payment_method, due_date,
                status, debit_attempts, last_debit_run_id, failure_is_hard, created_at)
            SELECT gen_random_uuid(), e.coop_id, 0, @run, e.id, e.member_id, @period, 'T' || to_char(@period, 'YYMM') || lpad((row_number() OVER (ORDER BY e.id))::text, 7, '0'),
                8.00, e.payment_method, @due, 'Open', 1, @run, false, now()
            FROM telemedicine.tele_enrolments e WHERE e.coop_id = @coop AND e.status = 'Active'
            """, conn, tx) { CommandTimeout = 600 };
        cmd.Parameters.AddWithValue("run", run.Id);
        cmd.Parameters.AddWithValue("period", run.Period);
        cmd.Parameters.AddWithValue("due", run.DebitDate);
        cmd.Parameters.AddWithValue("coop", Coop);
        await cmd.ExecuteNonQueryAsync();
        await tx.CommitAsync();
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The file's baseline: the same rows (debits of the run joined to their agreements, in reference order) read by one plain query, nothing decrypted or written.</summary>
    private async Task<double> ReadBaselineAsync(BillingRun run)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var cmd = new NpgsqlCommand("""
            SELECT i.reference, i.amount, a.institution_number, a.transit_number, a.account_number, a.payor_name
            FROM telemedicine.tele_invoices i JOIN telemedicine.tele_pad_agreements a ON a.enrolment_id = i.enrolment_id AND a.ended_at IS NULL
            WHERE i.last_debit_run_id = @run AND i.status = 'Open' AND i.payment_method = 'Pad' ORDER BY i.reference
            """, conn) { CommandTimeout = 600 };
        cmd.Parameters.AddWithValue("run", run.Id);
        long length = 0;
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                _ = reader.GetDecimal(1);
                length += reader.GetString(0).Length + reader.GetString(2).Length + reader.GetString(3).Length + reader.GetString(4).Length + reader.GetString(5).Length;
            }
        if (length == 0) throw new InvalidOperationException("The run has no debits to read.");
        return watch.Elapsed.TotalSeconds;
    }

    private PostgresTelemedicineDbContext Context()
    {
        var user = new CurrentUser();
        user.ActIn(Coop);
        var options = new DbContextOptionsBuilder<PostgresTelemedicineDbContext>();
        DbRegistration.Configure(options, TelemedicineDbContext.Module, DatabaseProvider.Postgres, _cs);
        return new PostgresTelemedicineDbContext(options.Options) { Caller = user };
    }

    private PostgresPlatformDbContext PlatformContext() => BenchSql.PlatformContext(_cs);

    private Task ExecAsync(string sql) => BenchSql.ExecAsync(_cs, sql);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
