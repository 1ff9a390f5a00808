using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Campaigns.Reports;
using CoopSante.Compliance.Campaigns.Results;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security.AuditorAssignments;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CoopSante.Bench;

/// <summary>
/// Compliance results (issue 18) at ten times today's federation: 440 coops, a framework of 50 recommendations in 8 sections,
/// three closed campaigns (66,000 answered items). The federation heat map (a page of 50 coops, as the screen asks) and a
/// coop's score page (its sections, the federation quartiles per section and overall, its trend), each as the screens compute
/// them (<see cref="CampaignResults"/>), beside one hand-written aggregate SQL statement that computes the same figures, in the
/// same round (an item still "to do" counts as unanswered, ADR 0039); then the XLSX export of a whole campaign (its audit row left out).
/// </summary>
internal sealed class ComplianceBench(string server, int coops, int recommendations, int rounds)
{
    private const int Sections = 8;
    private const int Campaigns = 3;
    private string _cs = "";

    public async Task RunAsync()
    {
        var name = await BenchSql.CreateDatabaseAsync(server, "comp");
        _cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            await using (var platform = BenchSql.PlatformContext(_cs)) await platform.Database.MigrateAsync();
            await using (var db = Context()) await db.Database.MigrateAsync();
            var campaign = await GenerateAsync();
            var coop = await FirstCoopAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"compliance bench: {coops} coops, {recommendations} recommendations in {Sections} sections, {Campaigns} closed campaigns ({coops * recommendations * Campaigns:N0} items); {rounds} rounds, the first warms up"));
            var heat = new List<double>(); var heatBase = new List<double>(); var score = new List<double>(); var scoreBase = new List<double>(); var xlsx = new List<double>();
            long bytes = 0;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                HeatMap map;
                await using (var db = Context()) map = await Results(db).HeatMapAsync(campaign, new PageRequest(1, 50), default);
                var heatSeconds = watch.Elapsed.TotalSeconds;
                var (heatBaseline, heatRows) = await HeatMapBaselineAsync(campaign);
                if (heatRows != map.Coops.Items.Count * Sections) Console.WriteLine($"  warning: the heat map baseline gave {heatRows} cells for {map.Coops.Items.Count * Sections}");

                watch.Restart();
                CoopResults results;
                await using (var db = Context(coop)) results = await Results(db).CoopAsync(coop, campaign, default);
                var scoreSeconds = watch.Elapsed.TotalSeconds;
                var scoreBaseline = await ScorePageBaselineAsync(coop, campaign, results);

                watch.Restart();
                await using (var db = Context())
                await using (var stream = new MemoryStream())
                {
                    await Reports(db).CampaignXlsxAsync(campaign, CultureInfo.GetCultureInfo("fr-CA"), stream, default);
                    bytes = stream.Length;
                }
                var xlsxSeconds = watch.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round + 1}: heat map page {heatSeconds * 1000:F1} ms, baseline {heatBaseline * 1000:F1} ms ({heatSeconds / heatBaseline:F2}x); score page {scoreSeconds * 1000:F1} ms, baseline {scoreBaseline * 1000:F1} ms ({scoreSeconds / scoreBaseline:F2}x); campaign XLSX {xlsxSeconds:F3} s ({bytes / 1024} KiB)"));
                if (round == 0) continue;
                heat.Add(heatSeconds); heatBase.Add(heatBaseline); score.Add(scoreSeconds); scoreBase.Add(scoreBaseline); xlsx.Add(xlsxSeconds);
            }
            double h = BenchSql.Median(heat), hb = BenchSql.Median(heatBase), s = BenchSql.Median(score), sb = BenchSql.Median(scoreBase), x = BenchSql.Median(xlsx);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"heat map median {h * 1000:F1} ms, baseline {hb * 1000:F1} ms, ratio {h / hb:F2}x (target ≤ 3x); score page {s * 1000:F1} ms, baseline {sb * 1000:F1} ms, ratio {s / sb:F2}x (target ≤ 3x); campaign XLSX {x:F3} s (target < 3 s)"));
        }
        finally
        {
            await BenchSql.DropDatabaseAsync(server, name);
        }
    }

    /// <summary>The coops' names in a table of the bench (the registry's role), three closed campaigns, every coop assessed in each.</summary>
    private async Task<Guid> GenerateAsync()
    {
        await BenchSql.ExecAsync(_cs, $"""
            CREATE TABLE bench_coops (id uuid PRIMARY KEY, name text NOT NULL);
            INSERT INTO bench_coops SELECT ('0c000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
                'Coopérative de santé ' || (ARRAY['de Contrecoeur','des Patriotes','du Haut-Richelieu','de la Matawinie','des Basses-Laurentides','de Sainte-Adèle','du Grand-Portage','de la Vallée-de-l''Or'])[1 + g % 8] || ' ' || g
            FROM generate_series(1, {coops}) g;
            INSERT INTO compliance.campaigns (id, name, framework_version_id, version_label, due_on, status, opened_at, closed_at, version)
            SELECT ('ca000000-0000-4000-8000-' || lpad(c::text, 12, '0'))::uuid, 'Processus de conformité ' || (2022 + c), gen_random_uuid(), '2.' || c,
                make_date(2022 + c, 11, 30), 'Closed', make_timestamptz(2022 + c, 9, 1, 12, 0, 0), make_timestamptz(2023 + c, 1, 15, 12, 0, 0), 0
            FROM generate_series(1, {Campaigns}) c;
            INSERT INTO compliance.assessments (id, coop_id, campaign_id, status, submitted_at, accepted_at, closed_at, version)
            SELECT gen_random_uuid(), k.id, c.id, 'Closed', c.opened_at + interval '30 days', c.opened_at + interval '60 days', c.closed_at, 0
            FROM bench_coops k CROSS JOIN compliance.campaigns c;
            INSERT INTO compliance.assessment_items (id, coop_id, assessment_id, recommendation_id, code, title_fr, title_en, section_id, section_title_fr, section_title_en,
                section_order, "order", weight, applicable, applicability_note, answer, justification, comment, status, carried_over, answered_at)
            SELECT gen_random_uuid(), a.coop_id, a.id, ('4ec00000-0000-4000-8000-' || lpad(r::text, 12, '0'))::uuid, 'R-' || lpad(r::text, 2, '0'),
                'Recommandation ' || r, 'Recommendation ' || r, ('5ec00000-0000-4000-8000-' || lpad((1 + (r - 1) % {Sections})::text, 12, '0'))::uuid,
                'Section ' || (1 + (r - 1) % {Sections}), 'Section ' || (1 + (r - 1) % {Sections}), 1 + (r - 1) % {Sections}, r, 1 + r % 3,
                (r % 17 <> 0 OR a.coop_id::text < '0c000000-0000-4000-8000-000000000200'), '',
                CASE WHEN rnd < 0.62 THEN 'Compliant' WHEN rnd < 0.82 THEN 'Partial' WHEN rnd < 0.94 THEN 'NonCompliant' ELSE 'NotApplicable' END,
                CASE WHEN rnd >= 0.94 THEN 'Ne s''applique pas à notre coopérative.' END, 'Commentaire de la coop', 'Accepted', false, a.submitted_at
            FROM compliance.assessments a CROSS JOIN generate_series(1, {recommendations}) r CROSS JOIN LATERAL (SELECT random() + 0 * r AS rnd) x;
            """);
        await BenchSql.ExecAsync(_cs, "VACUUM ANALYZE");
        return new Guid("ca000000-0000-4000-8000-" + Campaigns.ToString("D12", CultureInfo.InvariantCulture));
    }

    private async Task<Guid> FirstCoopAsync()
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        return (Guid)(await new NpgsqlCommand("SELECT id FROM bench_coops ORDER BY name, id LIMIT 1", conn).ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The heat map page by hand: the campaign's coops ordered by name, the first 50 with their status, and their score per
    /// section (twice the earned weight over the possible weight, "not applicable" left out), with the count of all coops.
    /// </summary>
    private async Task<(double Seconds, int Cells)> HeatMapBaselineAsync(Guid campaign)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var cmd = new NpgsqlCommand("""
            WITH page AS (
                SELECT a.id, a.coop_id, k.name, a.status, count(*) OVER () AS total
                FROM compliance.assessments a JOIN bench_coops k ON k.id = a.coop_id
                WHERE a.campaign_id = @campaign ORDER BY k.name, a.coop_id LIMIT 50)
            SELECT p.coop_id, p.name, p.status, p.total, i.section_id, min(i.section_title_fr), min(i.section_order),
                sum(CASE WHEN i.status = 'ToDo' THEN 0 WHEN i.answer = 'Compliant' THEN 2 * i.weight WHEN i.answer = 'Partial' THEN i.weight ELSE 0 END) AS earned_twice, sum(i.weight) AS possible
            FROM page p JOIN compliance.assessment_items i ON i.assessment_id = p.id
            WHERE i.applicable AND (i.status = 'ToDo' OR i.answer IS NULL OR i.answer <> 'NotApplicable')
            GROUP BY p.coop_id, p.name, p.status, p.total, i.section_id
            ORDER BY p.name, p.coop_id, min(i.section_order)
            """, conn);
        cmd.Parameters.AddWithValue("campaign", campaign);
        var cells = 0;
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) cells++;
        return (watch.Elapsed.TotalSeconds, cells);
    }

    /// <summary>
    /// A coop's score page by hand, one statement: its score per section and overall, the quartiles of the coops that answered
    /// per section and overall, and its trend across the campaigns it took part in. Checked against the screen's figures.
    /// </summary>
    private async Task<double> ScorePageBaselineAsync(Guid coop, Guid campaign, CoopResults expected)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var cmd = new NpgsqlCommand("""
            WITH answered AS (
                SELECT coop_id FROM compliance.assessments
                WHERE campaign_id = @campaign AND status IN ('Submitted', 'ChangesRequested', 'Accepted', 'Closed')),
            totals AS (
                SELECT i.coop_id, i.section_id,
                    sum(CASE WHEN i.status = 'ToDo' THEN 0 WHEN i.answer = 'Compliant' THEN 2 * i.weight WHEN i.answer = 'Partial' THEN i.weight ELSE 0 END) AS e2, sum(i.weight) AS p
                FROM compliance.assessment_items i JOIN compliance.assessments a ON a.id = i.assessment_id
                WHERE a.campaign_id = @campaign AND (a.coop_id = @coop OR a.coop_id IN (SELECT coop_id FROM answered))
                    AND i.applicable AND (i.status = 'ToDo' OR i.answer IS NULL OR i.answer <> 'NotApplicable')
                GROUP BY i.coop_id, i.section_id),
            by_section AS (SELECT coop_id, section_id, round(e2 * 50.0 / p, 1) AS pct FROM totals WHERE p > 0),
            by_coop AS (SELECT coop_id, round(sum(e2) * 50.0 / nullif(sum(p), 0), 1) AS pct FROM totals GROUP BY coop_id),
            trend AS (
                SELECT c.id, c.name, c.opened_at,
                    round(sum(CASE WHEN i.status = 'ToDo' THEN 0 WHEN i.answer = 'Compliant' THEN 2 * i.weight WHEN i.answer = 'Partial' THEN i.weight ELSE 0 END) * 50.0 / nullif(sum(i.weight), 0), 1) AS pct
                FROM compliance.assessments a JOIN compliance.campaigns c ON c.id = a.campaign_id
                    JOIN compliance.assessment_items i ON i.assessment_id = a.id AND i.applicable AND (i.status = 'ToDo' OR i.answer IS NULL OR i.answer <> 'NotApplicable')
                WHERE a.coop_id = @coop GROUP BY c.id, c.name, c.opened_at)
            SELECT json_build_object(
                'score', (SELECT pct FROM by_coop WHERE coop_id = @coop),
                'federation', (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY pct) FROM by_coop WHERE coop_id IN (SELECT coop_id FROM answered) AND pct IS NOT NULL),
                'sections', (SELECT json_agg(json_build_object('section', s.section_id, 'own', (SELECT pct FROM by_section o WHERE o.coop_id = @coop AND o.section_id = s.section_id), 'q', s.q))
                    FROM (SELECT section_id, percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY pct) AS q
                          FROM by_section WHERE coop_id IN (SELECT coop_id FROM answered) GROUP BY section_id) s),
                'trend', (SELECT json_agg(json_build_object('campaign', id, 'name', name, 'score', pct) ORDER BY opened_at) FROM trend))::text
            """, conn);
        cmd.Parameters.AddWithValue("campaign", campaign);
        cmd.Parameters.AddWithValue("coop", coop);
        var json = (string)(await cmd.ExecuteScalarAsync())!;
        var seconds = watch.Elapsed.TotalSeconds;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var score = doc.RootElement.GetProperty("score").GetDecimal();
        if (score != expected.Score) throw new InvalidOperationException($"The baseline's score {score} differs from the screen's {expected.Score}.");
        if (doc.RootElement.GetProperty("trend").GetArrayLength() != expected.Trend.Count) throw new InvalidOperationException("The baseline's trend differs from the screen's.");
        return seconds;
    }

    private static CurrentUser FederationAdmin()
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, Guid.CreateVersion7().ToString()),
            new Claim(PlatformClaims.Grant, PlatformClaims.Encode(new RoleGrant(Role.FederationAdmin, null))),
        ], "bench")));
        return user;
    }

    private CampaignResults Results(ComplianceDbContext db)
    {
        var user = FederationAdmin();
        var directory = new BenchCoopDirectory(_cs);
        return new CampaignResults(db, directory, new AuditorAssignmentService(BenchSql.PlatformContext(_cs), new NoAudit(), user, directory, TimeProvider.System));
    }

    private CampaignReports Reports(ComplianceDbContext db)
    {
        var directory = new BenchCoopDirectory(_cs);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var work = new AssessmentWork(db, new NoAudit(), directory, new StringLocalizer<CampaignText>(factory), TimeProvider.System);
        return new CampaignReports(db, work, Results(db), directory, new NoAudit(), TimeProvider.System);
    }

    /// <summary>A context for the federation, or for a coop's own page when <paramref name="coop"/> is given (its query filters apply).</summary>
    private PostgresComplianceDbContext Context(Guid? coop = null)
    {
        var options = new DbContextOptionsBuilder<PostgresComplianceDbContext>();
        DbRegistration.Configure(options, ComplianceDbContext.Module, DatabaseProvider.Postgres, _cs);
        var user = FederationAdmin();
        user.ActIn(coop);
        return new PostgresComplianceDbContext(options.Options) { Caller = user };
    }

    /// <summary>The registry's part: the coops' names by id, one query, as the Federation module answers them.</summary>
    private sealed class BenchCoopDirectory(string cs) : ICoopDirectory
    {
        public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> coopIds, CancellationToken ct = default)
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT id, name FROM bench_coops WHERE id = ANY(@ids)", conn);
            cmd.Parameters.AddWithValue("ids", coopIds.ToArray());
            var names = new Dictionary<Guid, string>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) names[reader.GetGuid(0)] = reader.GetString(1);
            return names;
        }

        public async Task<IReadOnlyList<CoopName>> AllAsync(CancellationToken ct = default) =>
            (await NamesAsync([], ct)).Select(p => new CoopName(p.Key, p.Value)).ToList();
    }
}
