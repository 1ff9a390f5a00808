using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoopSante.Platform.Email;

/// <summary>
/// Sends due outbox e-mails: claims a batch (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c> with a lease, so that several hosts at once send
/// each message once), sends it, then records each outcome: sent, or retried later with exponential backoff, or given up as Failed after
/// <see cref="OutboxOptions.MaxAttempts"/> tries. Run by the outbox job (<see cref="OutboxDispatchJob"/>).
/// </summary>
internal sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IEmailSender sender, OutboxOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Who holds a claim: one per dispatcher instance, so that an expired claim taken over by another is not overwritten.</summary>
    private readonly string _owner = Guid.NewGuid().ToString("N");

    /// <summary>Sends every due message (up to <see cref="OutboxOptions.MaxBatchesPerRun"/> batches); returns how many were sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var sent = 0;
        for (var batch = 0; batch < options.MaxBatchesPerRun; batch++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var claimed = await ClaimAsync(db, ct);
            if (claimed.Count == 0) break;
            sent += await SendAsync(db, claimed, ct);
            if (claimed.Count < options.BatchSize) break;
        }
        return sent;
    }

    private async Task<IReadOnlyList<Claimed>> ClaimAsync(PlatformDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Lease;
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var cmd = new NpgsqlCommand(OutboxSql.Claim, connection);
                cmd.Parameters.AddWithValue("until", until);
                cmd.Parameters.AddWithValue("owner", _owner);
                cmd.Parameters.AddWithValue("now", now);
                cmd.Parameters.AddWithValue("batch", options.BatchSize);
                var rows = new List<Claimed>();
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    rows.Add(new Claimed(new OutgoingEmail(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)), reader.GetInt32(5)));
                return rows;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        // SQLite: one process (the demo), one dispatcher at a time; the lease still marks the rows being sent.
        var due = await db.OutboxEmails.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.NextAttemptAt).Take(options.BatchSize).ToListAsync(ct);
        foreach (var m in due)
        {
            m.LockedUntil = until;
            m.LockedBy = _owner;
        }
        await db.SaveChangesAsync(ct);
        return due.Select(m => new Claimed(new OutgoingEmail(m.Id, m.To, m.Subject, m.TextBody, m.HtmlBody), m.Attempts)).ToList();
    }

    private async Task<int> SendAsync(PlatformDbContext db, IReadOnlyList<Claimed> claimed, CancellationToken ct)
    {
        var sent = 0;
        IEmailSession? session = null;
        try
        {
            try
            {
                session = await sender.OpenAsync(ct);
            }
            catch (EmailSendException e)
            {
                LogSessionFailed(logger, e.Reason);
                foreach (var c in claimed) await FailedAsync(db, c, e.Reason, ct);
                return 0;
            }
            foreach (var c in claimed)
            {
                try
                {
                    await session.SendAsync(c.Email, ct);
                    await SentAsync(db, c, ct);
                    sent++;
                }
                catch (EmailSendException e)
                {
                    LogSendFailed(logger, c.Email.Id, e.Reason);
                    await FailedAsync(db, c, e.Reason, ct);
                }
            }
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
        }
        return sent;
    }

    private Task SentAsync(PlatformDbContext db, Claimed c, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.OutboxEmails.Where(m => m.Id == c.Email.Id && m.LockedBy == _owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, c.Attempts + 1)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LockedBy, (string?)null), ct);
    }

    private Task FailedAsync(PlatformDbContext db, Claimed c, string reason, CancellationToken ct)
    {
        var attempts = c.Attempts + 1;
        var givenUp = attempts >= options.MaxAttempts;
        var next = clock.GetUtcNow() + options.BackoffAfter(attempts);
        return db.OutboxEmails.Where(m => m.Id == c.Email.Id && m.LockedBy == _owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, givenUp ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LockedBy, (string?)null), ct);
    }

    private sealed record Claimed(OutgoingEmail Email, int Attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: sending e-mail {Id} failed ({Reason})")]
    private static partial void LogSendFailed(ILogger logger, Guid id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not open a sending session ({Reason})")]
    private static partial void LogSessionFailed(ILogger logger, string reason);
}
