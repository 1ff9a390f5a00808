using CoopSante.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Email;

/// <summary>The outbox's recurring job: sends due messages when a sender is configured (<c>Smtp:Host</c>); in demo mode it has nothing to do.</summary>
internal sealed class OutboxDispatchJob(IServiceProvider services) : IRecurringJob
{
    public const string Key = "platform.outbox";

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        if (services.GetService<OutboxDispatcher>() is not { } dispatcher) return null;
        var sent = await dispatcher.DispatchAsync(ct);
        return sent.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What observability reads of the outbox: messages waiting to be sent, and those given up.</summary>
public interface IOutboxMonitor
{
    Task<OutboxBacklog> BacklogAsync(CancellationToken ct = default);
}

public sealed record OutboxBacklog(int Pending, int Failed);

internal sealed class OutboxMonitor(Data.PlatformDbContext db) : IOutboxMonitor
{
    public async Task<OutboxBacklog> BacklogAsync(CancellationToken ct = default)
    {
        var counts = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OutboxEmails.Where(m => m.Status != OutboxStatus.Sent).GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }), ct);
        return new OutboxBacklog(counts.FirstOrDefault(c => c.Key == OutboxStatus.Pending)?.Count ?? 0, counts.FirstOrDefault(c => c.Key == OutboxStatus.Failed)?.Count ?? 0);
    }
}
