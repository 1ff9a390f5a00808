using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Observability;
using CoopSante.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The single batching audit writer (ADR 0020) beside the in-transaction path, on PostgreSQL and on the SQLite default.</summary>
public sealed class AuditBatchTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record Verify(bool Intact, long Checked, long? BrokenAt, string? Reason, string? Chain);

    private static readonly Guid[] Coops = [.. Enumerable.Range(1, 4).Select(i => new Guid($"0c0000b{i}-0000-4000-8000-000000000000"))];

    private static readonly string[] BatchIds = ["a", "poison", "c"];

    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>32 writers: most append alone (the batching writer), one in four inside a transaction of its own with a business write's shape.</summary>
    private static async Task WriteConcurrentlyAsync(Func<AsyncServiceScope> scopes, int writers, int each)
    {
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var scope = scopes();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < each; i++)
            {
                // Writer 0 and its like write to one coop (the hot chain), the others spread over the coops and outside any.
                Guid? coop = w % 8 == 0 ? Coops[0] : w % 5 == 0 ? null : Coops[(w + i) % Coops.Length];
                var entry = new AuditEntry(AuditEventType.DataExported, "Batch", $"{Text(w)}-{Text(i)}", coop);
                if (w % 4 == 3)
                {
                    await using var tx = await db.Database.BeginTransactionAsync();
                    await audit.WriteAsync(db, [entry]);
                    await tx.CommitAsync();
                }
                else
                {
                    await audit.WriteAsync(db, [entry]);
                }
            }
        })));
    }

    private async Task<Verify> VerifyAsync()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        return (await admin.GetFromJsonAsync<Verify>("/api/v1/audit/verify"))!;
    }

    [Fact]
    public async Task Thirty_two_concurrent_writers_over_one_coop_and_many_keep_every_chain_gapless_and_verifiable()
    {
        await WriteConcurrentlyAsync(app.Services.CreateAsyncScope, 32, 25);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.TargetType == "Batch").Select(e => new { e.Chain, e.ChainSequence, e.TargetId }).ToListAsync();
        Assert.Equal(32 * 25, rows.Count);
        Assert.Equal(32 * 25, rows.Select(r => r.TargetId).Distinct().Count());
        foreach (var chain in rows.GroupBy(r => r.Chain))
        {
            var positions = chain.Select(r => r.ChainSequence).Order().ToList();
            Assert.Equal(Enumerable.Range(1, positions.Count).Select(i => (long)i), positions);
        }
        var result = await VerifyAsync();
        Assert.True(result.Intact, $"{result.Reason} at {result.BrokenAt} in '{result.Chain}'");
    }

    [Fact]
    public async Task A_batch_whose_commit_fails_fails_all_its_callers_and_writes_nothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var writer = services.GetRequiredService<AuditBatchWriter>();
        var trail = ActivatorUtilities.CreateInstance<AuditTrail>(services);
        await writer.AppendAsync(trail.Stamp([new AuditEntry(AuditEventType.DataExported, "Before", "1", Coops[1])]));

        // A deferred check that refuses one row at COMMIT: the whole transaction, and so the whole batch, is lost there.
        await ExecAsync("""
            CREATE FUNCTION platform.test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.target_id = 'poison' THEN RAISE EXCEPTION 'poisoned batch'; END IF; RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER test_poison AFTER INSERT ON platform.audit_events DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION platform.test_poison();
            """);
        List<AuditBatchWriter.Pending> batch;
        try
        {
            batch = [.. BatchIds.Select((id, i) => new AuditBatchWriter.Pending(
                trail.Stamp([new AuditEntry(AuditEventType.DataExported, "Failed", id, i == 2 ? Coops[2] : Coops[1])]), new TaskCompletionSource()))];
            await writer.FlushAsync(batch);
        }
        finally
        {
            await ExecAsync("DROP TRIGGER test_poison ON platform.audit_events; DROP FUNCTION platform.test_poison();");
        }
        foreach (var p in batch) await Assert.ThrowsAsync<PostgresException>(() => p.Done.Task);

        var db = services.GetRequiredService<PlatformDbContext>();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.TargetType == "Failed"));
        var heads = await db.AuditChainHeads.AsNoTracking().ToDictionaryAsync(h => h.Chain, h => h.LastSequence);
        Assert.Equal(1, heads[AuditTrail.ChainOf(Coops[1])]);
        Assert.False(heads.ContainsKey(AuditTrail.ChainOf(Coops[2])), "the failed batch left a head behind");

        // The writer goes on: the next batch takes the next position, and the chain holds.
        await writer.AppendAsync(trail.Stamp([new AuditEntry(AuditEventType.DataExported, "After", "2", Coops[1])]));
        Assert.Equal(2, await db.AuditEvents.Where(e => e.TargetType == "After").Select(e => e.ChainSequence).SingleAsync());
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task The_newest_rows_of_a_coops_chain_removed_after_batched_appends_are_reported_as_a_truncated_tail()
    {
        await WriteConcurrentlyAsync(app.Services.CreateAsyncScope, 8, 5);
        var chain = AuditTrail.ChainOf(Coops[0]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            Assert.True(await db.AuditEvents.CountAsync(e => e.Chain == chain) > 3);
        }
        await ExecAsync($"SET session_replication_role = replica; DELETE FROM platform.audit_events WHERE chain = '{chain}' AND chain_sequence > 3; SET session_replication_role = origin;");
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(nameof(AuditBreakReason.TruncatedTail), result.Reason);
        Assert.Equal(chain, result.Chain);
        Assert.Equal(4, result.BrokenAt);
    }

    [Fact]
    public async Task Audit_appends_are_counted_when_the_callers_transaction_commits_and_not_when_it_rolls_back()
    {
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        long counted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Meters are listened to by name across the test hosts of the process: only this host's.
            if (instrument.Name == "coopsante.audit.appends" && ReferenceEquals(instrument.Meter.Scope, meters)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Rolled", "1"), new AuditEntry(AuditEventType.DataExported, "Rolled", "2")]);
            await tx.RollbackAsync();
        }
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Dropped", "1")]);
            // Disposed without a commit: rolled back, never counted, even when the provider hands the transaction object out again.
        }
        Assert.Equal(0, Interlocked.Read(ref counted));
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Kept", "1"), new AuditEntry(AuditEventType.DataExported, "Kept", "2"), new AuditEntry(AuditEventType.DataExported, "Kept", "3")]);
            Assert.Equal(0, Interlocked.Read(ref counted));
            await tx.CommitAsync();
        }
        Assert.Equal(3, Interlocked.Read(ref counted));
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Alone", "1")]); // the batching writer counts on its own commit
        Assert.Equal(4, Interlocked.Read(ref counted));
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.TargetType == "Rolled" || e.TargetType == "Dropped"));
    }

    [Fact]
    public async Task On_the_SQLite_default_concurrent_batched_and_in_transaction_appends_keep_the_chains_gapless_and_verifiable()
    {
        var dir = Directory.CreateTempSubdirectory("coopsante-audit-");
        try
        {
            var services = new ServiceCollection();
            services.AddMetrics();
            services.AddLogging();
            services.AddSingleton(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(dir.FullName, "audit.db")}" });
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<PlatformMetrics>();
            services.AddSingleton(new AuditChain(AppFixture.AuditKey));
            services.AddSingleton(sp => new AuditCheckpoint(null, sp.GetRequiredService<AuditChain>(), NullLogger<AuditCheckpoint>.Instance));
            services.AddScoped<CurrentUser>();
            services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
            services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>(PlatformDbContext.Module);
            services.AddScoped<IAuditTrail, AuditTrail>();
            services.AddAuditWriter();
            await using var provider = services.BuildServiceProvider();
            await using (var scope = provider.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync();

            await WriteConcurrentlyAsync(provider.CreateAsyncScope, 32, 10);

            await using var check = provider.CreateAsyncScope();
            var db = check.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var rows = await db.AuditEvents.AsNoTracking().Select(e => new { e.Chain, e.ChainSequence, e.Sequence }).ToListAsync();
            Assert.Equal(320, rows.Count);
            Assert.Equal(Enumerable.Range(1, 320).Select(i => (long)i), rows.Select(r => r.Sequence).Order());
            foreach (var chain in rows.GroupBy(r => r.Chain))
                Assert.Equal(Enumerable.Range(1, chain.Count()).Select(i => (long)i), chain.Select(r => r.ChainSequence).Order());
            var verified = await AuditApi.VerifyChainAsync(db, check.ServiceProvider.GetRequiredService<AuditChain>(), check.ServiceProvider.GetRequiredService<AuditCheckpoint>(), default);
            Assert.True(verified.Intact, $"{verified.Reason} at {verified.BrokenAt} in '{verified.Chain}'");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private async Task ExecAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
