using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Idempotency;

public enum ClaimOutcome { Acquired, Replay, InProgress, Mismatch }

/// <summary>What claiming a key answered: the lease (<see cref="Holder"/>) or the stored record.</summary>
public sealed record IdempotencyClaim(ClaimOutcome Outcome, Guid RecordId, Guid Holder, IdempotencyRecord? Existing);

/// <summary>
/// Claims, completes and releases idempotency keys on their own short units of work (never inside the
/// endpoint's), so the key's state is visible to a concurrent request at once.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task<IdempotencyClaim> ClaimAsync(Guid coopId, Guid callerId, string key, string requestHash, TimeSpan lease, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var keys = db.Set<IdempotencyRecord>();
            var now = clock.GetUtcNow();
            var existing = await keys.AsNoTracking().FirstOrDefaultAsync(r => r.CoopId == coopId && r.CallerId == callerId && r.Key == key, ct);
            var holder = Guid.NewGuid();
            if (existing is null)
            {
                var record = new IdempotencyRecord
                {
                    Id = Guid.CreateVersion7(), CoopId = coopId, CallerId = callerId, Key = key, RequestHash = requestHash,
                    Status = IdempotencyStatus.Running, Holder = holder, LeaseExpiresAt = now + lease, CreatedAt = now,
                };
                keys.Add(record);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new IdempotencyClaim(ClaimOutcome.Acquired, record.Id, holder, null);
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    continue; // another request claimed it between our read and our insert: read again
                }
            }
            if (existing.Status == IdempotencyStatus.Completed)
            {
                var same = string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal);
                return new IdempotencyClaim(same ? ClaimOutcome.Replay : ClaimOutcome.Mismatch, existing.Id, Guid.Empty, existing);
            }
            if (existing.LeaseExpiresAt > now) return new IdempotencyClaim(ClaimOutcome.InProgress, existing.Id, Guid.Empty, existing);

            // The holder's lease ran out (it crashed or hung): take the key over, unless someone else just did.
            var taken = await keys.Where(r => r.Id == existing.Id && r.Status == IdempotencyStatus.Running && r.Holder == existing.Holder)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Holder, holder).SetProperty(r => r.LeaseExpiresAt, now + lease).SetProperty(r => r.RequestHash, requestHash), ct);
            if (taken == 1) return new IdempotencyClaim(ClaimOutcome.Acquired, existing.Id, holder, existing);
            if (attempt >= 3) return new IdempotencyClaim(ClaimOutcome.InProgress, existing.Id, Guid.Empty, existing);
        }
    }

    /// <summary>Stores the response to replay. False when the lease was lost meanwhile (another request took the key over).</summary>
    public async Task<bool> CompleteAsync(IdempotencyClaim claim, int status, string? contentType, byte[] body, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Set<IdempotencyRecord>().Where(r => r.Id == claim.RecordId && r.Holder == claim.Holder && r.Status == IdempotencyStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, IdempotencyStatus.Completed)
                .SetProperty(r => r.ResponseStatus, status)
                .SetProperty(r => r.ResponseContentType, contentType)
                .SetProperty(r => r.ResponseBody, body)
                .SetProperty(r => r.CompletedAt, now), ct) == 1;
    }

    /// <summary>Frees the key after a refused or failed request, so that a corrected request may use it again.</summary>
    public async Task ReleaseAsync(IdempotencyClaim claim, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<IdempotencyRecord>().Where(r => r.Id == claim.RecordId && r.Holder == claim.Holder && r.Status == IdempotencyStatus.Running).ExecuteDeleteAsync(ct);
    }
}
