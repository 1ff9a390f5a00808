using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The transactional outbox on PostgreSQL: enqueued in the caller's unit of work, claimed with SKIP LOCKED, retried with backoff.</summary>
public sealed class OutboxTests(AppFixture app) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static EmailMessage Message(int i) => new($"person{i}@example.org", $"Sujet {i}", $"Corps {i}", "Test");

    private async Task EnqueueAsync(int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        await new EmailOutbox(_clock).EnqueueAsync(db, Enumerable.Range(0, count).Select(Message).ToList());
        await tx.CommitAsync();
    }

    private OutboxDispatcher Dispatcher(IEmailSender sender, OutboxOptions? options = null) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), sender, options ?? new OutboxOptions(), _clock, NullLogger<OutboxDispatcher>.Instance);

    private async Task<List<OutboxEmail>> RowsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task An_enqueue_rolled_back_with_its_callers_transaction_leaves_no_message_and_a_committed_one_leaves_them_all()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var membership = scope.ServiceProvider.GetRequiredService<MembershipDbContext>(); // another module's context, in another schema
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();

        await using (var tx = await membership.Database.BeginTransactionAsync())
        {
            await outbox.EnqueueAsync(membership, [Message(1), Message(2), Message(3)]);
            await tx.RollbackAsync();
        }
        Assert.Empty(await RowsAsync());

        await using (var tx = await membership.Database.BeginTransactionAsync())
        {
            await outbox.EnqueueAsync(membership, [Message(1), Message(2), Message(3)]);
            await tx.CommitAsync();
        }
        var rows = await RowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
    }

    [Fact]
    public async Task An_enqueue_outside_a_transaction_is_refused_rather_than_saved_on_its_own()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(db, Message(1)));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Two_dispatchers_at_once_send_each_message_exactly_once()
    {
        await EnqueueAsync(300);
        var sender = new RecordingEmailSender(perMessage: TimeSpan.FromMilliseconds(1));
        var options = new OutboxOptions { BatchSize = 20 };

        var sent = await Task.WhenAll(Dispatcher(sender, options).DispatchAsync(default), Dispatcher(sender, options).DispatchAsync(default));

        Assert.Equal(300, sent.Sum());
        Assert.True(sent.All(s => s > 0), "both dispatchers should have taken a share of the rows");
        Assert.Equal(300, sender.Sent.Select(m => m.Id).Distinct().Count());
        Assert.Equal(300, sender.Sent.Count);
        Assert.All(await RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task A_failure_schedules_the_next_attempt_with_exponential_backoff()
    {
        await EnqueueAsync(1);
        var sender = new RecordingEmailSender(refuseWith: EmailFailure.Rejected);
        var options = new OutboxOptions { FirstBackoff = TimeSpan.FromMinutes(1) };
        var dispatcher = Dispatcher(sender, options);

        await dispatcher.DispatchAsync(default);
        var first = Assert.Single(await RowsAsync());
        Assert.Equal(1, first.Attempts);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(1), first.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        await dispatcher.DispatchAsync(default); // not due yet
        Assert.Equal(1, sender.Tries);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchAsync(default);
        var second = Assert.Single(await RowsAsync());
        Assert.Equal(2, sender.Tries);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(2), second.NextAttemptAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(OutboxStatus.Pending, second.Status);
    }

    [Fact]
    public async Task A_message_failing_N_times_ends_Failed_with_its_reason_code_and_is_not_tried_again()
    {
        await EnqueueAsync(1);
        var sender = new RecordingEmailSender(refuseWith: EmailFailure.InvalidAddress);
        var options = new OutboxOptions { MaxAttempts = 3 };
        var dispatcher = Dispatcher(sender, options);

        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchAsync(default);
            _clock.Advance(options.MaxBackoff);
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(3, sender.Tries);
        Assert.Equal(EmailFailure.InvalidAddress, row.LastError);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_dispatcher_is_taken_again_once_its_lease_expires()
    {
        await EnqueueAsync(1);
        var options = new OutboxOptions { Lease = TimeSpan.FromMinutes(5) };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var lease = _clock.GetUtcNow() + options.Lease;
            await db.OutboxEmails.ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lease).SetProperty(m => m.LockedBy, "crashed"));
        }
        var sender = new RecordingEmailSender();

        Assert.Equal(0, await Dispatcher(sender, options).DispatchAsync(default));
        _clock.Advance(options.Lease);
        Assert.Equal(1, await Dispatcher(sender, options).DispatchAsync(default));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await RowsAsync()).Status);
    }

    [Fact]
    public async Task The_backlog_counts_pending_and_failed_messages()
    {
        await EnqueueAsync(4);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var first = await db.OutboxEmails.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        await db.OutboxEmails.Where(m => m.Id == first).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Failed));

        var backlog = await scope.ServiceProvider.GetRequiredService<IOutboxMonitor>().BacklogAsync();

        Assert.Equal(new OutboxBacklog(3, 1), backlog);
    }
}
