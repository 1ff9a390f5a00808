using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Platform;

public sealed class AuditChainTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record Verify(bool Intact, long Checked, long? BrokenAt, string? Reason);

    private async Task WriteEventsAsync(int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        for (var i = 0; i < count; i++)
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private async Task TamperAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        // The log is append-only for the application; an attacker with superuser rights turns the trigger off.
        await using var cmd = new NpgsqlCommand($"SET session_replication_role = replica; {sql}; SET session_replication_role = origin;", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<Verify> VerifyAsync()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin);
        return (await admin.GetFromJsonAsync<Verify>("/api/v1/audit/verify"))!;
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        await WriteEventsAsync(5);
        var result = await VerifyAsync();
        Assert.True(result.Intact);
        Assert.True(result.Checked >= 5);
    }

    [Fact]
    public async Task The_application_cannot_update_or_delete_audit_rows()
    {
        await WriteEventsAsync(1);
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE platform.audit_events SET purpose = 'x'", conn);
        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await using var delete = new NpgsqlCommand("DELETE FROM platform.audit_events", conn);
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task A_flipped_byte_is_reported_at_its_row()
    {
        await WriteEventsAsync(5);
        await TamperAsync("UPDATE platform.audit_events SET target_id = 'X' WHERE sequence = 3");
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(nameof(AuditBreakReason.HashMismatch), result.Reason);
    }

    [Fact]
    public async Task A_deleted_row_is_reported_as_a_gap()
    {
        await WriteEventsAsync(5);
        await TamperAsync("DELETE FROM platform.audit_events WHERE sequence = 2");
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(2, result.BrokenAt);
        Assert.Equal(nameof(AuditBreakReason.MissingSequence), result.Reason);
    }

    [Fact]
    public async Task Two_swapped_rows_are_reported()
    {
        await WriteEventsAsync(5);
        await TamperAsync("""
            UPDATE platform.audit_events a SET target_id = b.target_id, hash = b.hash, previous_hash = b.previous_hash
            FROM (SELECT sequence, target_id, hash, previous_hash FROM platform.audit_events WHERE sequence IN (2,3)) b
            WHERE a.sequence IN (2,3) AND a.sequence <> b.sequence
            """);
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(2, result.BrokenAt);
    }

    [Fact]
    public async Task Concurrent_writers_keep_the_sequence_gap_free()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => WriteEventsAsync(10)));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var sequences = await db.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), sequences);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Removing_the_newest_rows_is_reported_as_a_truncated_tail_and_their_numbers_are_never_reused()
    {
        var admin = await app.ClientAsync(Role.FederationAdmin); // signs in (an audit row) before the tampering
        await WriteEventsAsync(5);
        await TamperAsync("DELETE FROM platform.audit_events WHERE chain = '' AND chain_sequence > 3");
        var result = (await admin.GetFromJsonAsync<Verify>("/api/v1/audit/verify"))!;
        Assert.False(result.Intact);
        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(nameof(AuditBreakReason.TruncatedTail), result.Reason);

        await WriteEventsAsync(1);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var newest = await db.AuditEvents.AsNoTracking().Where(e => e.TargetType == "Test").OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.True(newest.Sequence > 5, $"sequence {newest.Sequence} reused");
        Assert.True(newest.ChainSequence > 5, $"chain position {newest.ChainSequence} reused");
    }

    [Fact]
    public async Task A_truncated_tail_whose_head_was_rewound_too_is_caught_by_the_signed_checkpoint_outside_the_database()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsante-checkpoint-{Guid.NewGuid():N}.json");
        await using var host = app.Factory.WithWebHostBuilder(b => b.UseSetting("Audit:CheckpointPath", path));
        var admin = host.CreateClient();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 5; i++) await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }
        var user = await app.UserAsync(Role.FederationAdmin);
        var signedIn = await app.ClientAsync(user);
        admin.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        Assert.True((await admin.GetFromJsonAsync<Verify>("/api/v1/audit/verify"))!.Intact);
        Assert.True(File.Exists(path));

        // The owner removes the newest rows and rewinds the chain's head to match: nothing inside the database shows it.
        await TamperAsync("""
            DELETE FROM platform.audit_events WHERE chain = '' AND chain_sequence > 3;
            UPDATE platform.audit_chain_heads SET last_sequence = 3, last_hash = (SELECT hash FROM platform.audit_events WHERE chain = '' AND chain_sequence = 3) WHERE chain = ''
            """);
        var result = (await admin.GetFromJsonAsync<Verify>("/api/v1/audit/verify"))!;
        Assert.False(result.Intact);
        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(nameof(AuditBreakReason.TruncatedTail), result.Reason);
        File.Delete(path);
    }
}
