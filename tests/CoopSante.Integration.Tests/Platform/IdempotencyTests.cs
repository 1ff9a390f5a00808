using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The key store under the Idempotency-Key filter (the HTTP answers are proved on the register import).</summary>
public sealed class IdempotencyTests(AppFixture app) : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly Guid _coop = Guid.NewGuid();
    private readonly Guid _caller = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<T> WithStore<T>(Func<IdempotencyStore, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdempotencyStore>());
    }

    private async Task ExpireLeasesAsync()
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE platform.idempotency_keys SET lease_expires_at = now() - interval '1 second'", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_key_answers_in_progress_while_held_then_replays_the_same_request_and_refuses_another()
    {
        var first = await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-a", Lease));
        Assert.Equal(ClaimOutcome.Acquired, first.Outcome);
        Assert.Equal(ClaimOutcome.InProgress, (await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-a", Lease))).Outcome);

        Assert.True(await WithStore(s => s.CompleteAsync(first, 201, "application/json", "{\"id\":1}"u8.ToArray())));
        var replay = await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-a", Lease));
        Assert.Equal(ClaimOutcome.Replay, replay.Outcome);
        Assert.Equal((201, "{\"id\":1}"), (replay.Existing!.ResponseStatus, System.Text.Encoding.UTF8.GetString(replay.Existing.ResponseBody!)));
        Assert.Equal(ClaimOutcome.Mismatch, (await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-b", Lease))).Outcome);
    }

    [Fact]
    public async Task A_key_is_scoped_by_coop_and_caller()
    {
        Assert.Equal(ClaimOutcome.Acquired, (await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "h", Lease))).Outcome);
        Assert.Equal(ClaimOutcome.Acquired, (await WithStore(s => s.ClaimAsync(Guid.NewGuid(), _caller, "k", "h", Lease))).Outcome);
        Assert.Equal(ClaimOutcome.Acquired, (await WithStore(s => s.ClaimAsync(_coop, Guid.NewGuid(), "k", "h", Lease))).Outcome);
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_the_old_holder_can_no_longer_complete_or_release()
    {
        var crashed = await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-a", Lease));
        await ExpireLeasesAsync();
        var successor = await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-b", Lease));
        Assert.Equal(ClaimOutcome.Acquired, successor.Outcome);
        Assert.Equal(crashed.RecordId, successor.RecordId);

        Assert.False(await WithStore(s => s.CompleteAsync(crashed, 200, null, [])));
        await WithStore(async s => { await s.ReleaseAsync(crashed); return 0; });
        Assert.True(await WithStore(s => s.CompleteAsync(successor, 200, "text/plain", "done"u8.ToArray())));
        Assert.Equal(ClaimOutcome.Replay, (await WithStore(s => s.ClaimAsync(_coop, _caller, "k", "hash-b", Lease))).Outcome);
    }

    [Fact]
    public async Task Two_requests_racing_for_a_new_key_give_it_to_exactly_one()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => WithStore(s => s.ClaimAsync(_coop, _caller, "race", "h", Lease))));
        Assert.Equal(1, claims.Count(c => c.Outcome == ClaimOutcome.Acquired));
        Assert.All(claims.Where(c => c.Outcome != ClaimOutcome.Acquired), c => Assert.Equal(ClaimOutcome.InProgress, c.Outcome));
    }
}
