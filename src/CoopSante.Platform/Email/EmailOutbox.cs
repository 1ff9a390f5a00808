using CoopSante.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoopSante.Platform.Email;

/// <summary>Queues e-mails in the caller's unit of work; the outbox dispatch job sends them when SMTP is configured.</summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Queues <paramref name="messages"/> inside <paramref name="unitOfWork"/>'s open transaction, on its connection, whatever module's
    /// context it is: they are committed with the caller's change or rolled back with it. On PostgreSQL the rows go in one binary COPY.
    /// </summary>
    Task EnqueueAsync(DbContext unitOfWork, IReadOnlyCollection<EmailMessage> messages, CancellationToken ct = default);
}

public static class EmailOutboxExtensions
{
    public static Task EnqueueAsync(this IEmailOutbox outbox, DbContext unitOfWork, EmailMessage message, CancellationToken ct = default) =>
        outbox.EnqueueAsync(unitOfWork, [message], ct);

    /// <summary>
    /// For jobs that send each e-mail once, ever: saves <paramref name="unitOfWork"/>'s pending "sent" rows (whose unique key
    /// names what was sent) and queues <paramref name="messages"/> in one transaction. When a concurrent run saved the same keys
    /// first, nothing of this run is kept and 0 is returned; otherwise the number of messages queued. The change tracker is
    /// cleared either way.
    /// </summary>
    public static async Task<int> EnqueueOnceAsync(this IEmailOutbox outbox, DbContext unitOfWork, IReadOnlyCollection<EmailMessage> messages, CancellationToken ct = default)
    {
        await using var tx = await unitOfWork.Database.BeginTransactionAsync(ct);
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            await outbox.EnqueueAsync(unitOfWork, messages, ct);
            await tx.CommitAsync(ct);
            return messages.Count;
        }
        catch (DbUpdateException)
        {
            // Another run sent these first: its rows stand, this one's go.
            await tx.RollbackAsync(ct);
            return 0;
        }
        finally
        {
            unitOfWork.ChangeTracker.Clear();
        }
    }
}

internal sealed class EmailOutbox(TimeProvider clock) : IEmailOutbox
{
    public async Task EnqueueAsync(DbContext unitOfWork, IReadOnlyCollection<EmailMessage> messages, CancellationToken ct = default)
    {
        if (messages.Count == 0) return;
        var transaction = unitOfWork.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Enqueue e-mails inside the caller's transaction (Database.BeginTransactionAsync), so that they are saved with the change that causes them.");
        var now = clock.GetUtcNow();
        var rows = messages.Select(m => new OutboxEmail
        {
            Id = Guid.CreateVersion7(),
            CoopId = m.CoopId,
            To = m.To,
            Subject = m.Subject,
            TextBody = m.TextBody,
            HtmlBody = m.HtmlBody,
            Kind = m.Kind,
            Culture = m.Culture,
            CreatedAt = now,
            NextAttemptAt = now,
            Status = OutboxStatus.Pending,
        }).ToList();
        switch (unitOfWork.Database.GetDbConnection())
        {
            case NpgsqlConnection npgsql:
                await CopyAsync(npgsql, rows, ct);
                break;
            case SqliteConnection sqlite:
                await InsertAsync(sqlite, transaction, rows, ct);
                break;
            default:
                throw new NotSupportedException("The outbox supports PostgreSQL and SQLite.");
        }
    }

    /// <summary>One binary COPY on the caller's connection: Npgsql runs it inside the connection's open transaction.</summary>
    internal static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<OutboxEmail> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(OutboxSql.Copy, ct);
        foreach (var r in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
            if (r.CoopId is { } coop) await writer.WriteAsync(coop, NpgsqlDbType.Uuid, ct);
            else await writer.WriteNullAsync(ct);
            await writer.WriteAsync(r.To, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Subject, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.TextBody, NpgsqlDbType.Text, ct);
            if (r.HtmlBody is { } html) await writer.WriteAsync(html, NpgsqlDbType.Text, ct);
            else await writer.WriteNullAsync(ct);
            await writer.WriteAsync(r.Culture, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Kind, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.NextAttemptAt, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(r.Attempts, NpgsqlDbType.Integer, ct);
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>SQLite (one process, the demo): a platform context on the caller's connection joins its transaction.</summary>
    private static async Task InsertAsync(SqliteConnection connection, IDbContextTransaction transaction, IReadOnlyList<OutboxEmail> rows, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        options.UseSqlite(connection).UseSnakeCaseNamingConvention()
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning));
        await using var platform = new SqlitePlatformDbContext(options.Options);
        await platform.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        platform.OutboxEmails.AddRange(rows);
        await platform.SaveChangesAsync(ct);
    }
}
