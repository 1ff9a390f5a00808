using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Audit;

/// <summary>
/// The heads of the audit chains, written to a file OUTSIDE the database and signed with the audit key, so that
/// someone who removes the newest rows (and even rewinds the heads table) is caught: verification reports a chain
/// that ends before its checkpoint as a truncated tail. The checkpoint only ever moves forward. Written on a verify
/// that holds and periodically (<see cref="AuditCheckpointWriter"/>). No path configured: no checkpoint.
/// </summary>
public sealed partial class AuditCheckpoint(string? path, AuditChain chain, ILogger<AuditCheckpoint> logger)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public sealed record Head(long Sequence, string Hash);

    private sealed record FileForm(DateTimeOffset WrittenAt, SortedDictionary<string, Head> Chains, string Signature);

    public bool Enabled => !string.IsNullOrWhiteSpace(path);

    /// <summary>The checkpoint file, when one is configured (the SQLite backup copies it).</summary>
    internal string? FilePath => Enabled ? path : null;

    /// <summary>The checkpoint's heads, an empty map when there is none yet, or null when its signature does not hold.</summary>
    public async Task<IReadOnlyDictionary<string, Head>?> ReadAsync(CancellationToken ct)
    {
        if (!Enabled || !File.Exists(path)) return new Dictionary<string, Head>();
        try
        {
            var form = JsonSerializer.Deserialize<FileForm>(await File.ReadAllTextAsync(path!, ct));
            if (form?.Chains is null || !string.Equals(chain.Sign(Canonical(form.WrittenAt, form.Chains)), form.Signature, StringComparison.Ordinal))
                return null;
            return form.Chains;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves the checkpoint forward to the heads in the database, chain by chain: a head behind the checkpoint, or
    /// whose row at the checkpoint's position no longer has the checkpoint's hash, keeps the checkpoint's entry.
    /// </summary>
    public async Task AdvanceAsync(PlatformDbContext db, CancellationToken ct)
    {
        if (!Enabled) return;
        await Gate.WaitAsync(ct);
        try
        {
            var old = await ReadAsync(ct) ?? throw new InvalidOperationException("The audit checkpoint's signature does not hold; it is kept as evidence.");
            var heads = await db.AuditChainHeads.AsNoTracking().Where(h => h.Chain != AuditTrail.SqliteCounter).ToListAsync(ct);
            var next = new SortedDictionary<string, Head>(old.ToDictionary(), StringComparer.Ordinal);
            foreach (var h in heads)
            {
                if (old.TryGetValue(h.Chain, out var kept))
                {
                    if (h.LastSequence < kept.Sequence) { LogBehind(logger, h.Chain, h.LastSequence, kept.Sequence); continue; }
                    var position = kept.Sequence;
                    var key = h.Chain;
                    var row = await db.AuditEvents.AsNoTracking()
                        .Where(e => e.Chain == key && (e.ChainSequence == position || (e.ChainSequence == 0 && e.Sequence == position)))
                        .Select(e => e.Hash).FirstOrDefaultAsync(ct);
                    if (position > 0 && !string.Equals(row, kept.Hash, StringComparison.Ordinal)) { LogBehind(logger, h.Chain, h.LastSequence, kept.Sequence); continue; }
                }
                next[h.Chain] = new Head(h.LastSequence, h.LastHash);
            }
            var writtenAt = DateTimeOffset.UtcNow;
            var form = new FileForm(writtenAt, next, chain.Sign(Canonical(writtenAt, next)));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path!))!);
            var temp = path + ".tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(form), ct);
            File.Move(temp, path!, overwrite: true);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Canonical(DateTimeOffset writtenAt, IEnumerable<KeyValuePair<string, Head>> chains)
    {
        var text = new StringBuilder(writtenAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, head) in chains.OrderBy(c => c.Key, StringComparer.Ordinal))
            text.Append('\u001e').Append(key).Append('\u001f').Append(head.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\u001f').Append(head.Hash);
        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit chain '{Chain}' is at {Head} in the database, behind or off its checkpoint at {Checkpoint}: the checkpoint is kept")]
    private static partial void LogBehind(ILogger logger, string chain, long head, long checkpoint);
}

/// <summary>Moves the audit checkpoint forward every <c>Audit:CheckpointMinutes</c> (default 5; 0 turns it off).</summary>
internal sealed partial class AuditCheckpointWriter(IServiceScopeFactory scopes, AuditCheckpoint checkpoint, TimeSpan interval, ILogger<AuditCheckpointWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!checkpoint.Enabled || interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await checkpoint.AdvanceAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit checkpoint could not be written ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
