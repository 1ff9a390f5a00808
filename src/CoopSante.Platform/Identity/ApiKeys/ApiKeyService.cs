using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Identity.ApiKeys;

public sealed record CreateApiKeyRequest(string? Name, Guid? CoopId, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);
public sealed record ApiKeyDto(Guid Id, string Name, Guid? CoopId, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);
/// <summary>The only time the key itself is given out.</summary>
public sealed record CreatedApiKey(ApiKeyDto ApiKey, string Key);

/// <summary>Keys for machine clients: created by an admin for a coop (or the program), shown once, stored hashed, revocable.</summary>
internal sealed class ApiKeyService(PlatformDbContext db, IAuditTrail audit, CurrentUser user, TimeProvider clock, ApiScopeCatalog knownScopes)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(731);
    public const string KeyPrefix = "cs_";

    public async Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, CancellationToken ct = default)
    {
        AdminRights.EnsureCanAdminister(user, request.CoopId);
        var failures = new List<Failure>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) failures.Add(PlatformErrors.Required.At("name"));
        else if (name.Length > 200) failures.Add(PlatformErrors.TooLong.At("name", 200));
        var scopes = (request.Scopes ?? []).Select(s => s?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0) failures.Add(PlatformErrors.Required.At("scopes"));
        else if (scopes.Any(s => !knownScopes.Contains(s))) failures.Add(PlatformErrors.InvalidValue.At("scopes"));
        var now = clock.GetUtcNow();
        if (request.ExpiresAt is not { } expires) failures.Add(PlatformErrors.Required.At("expiresAt"));
        else if (expires <= now || expires > now + MaxLifetime) failures.Add(IdentityErrors.ApiKeyExpiryOutOfRange.At("expiresAt"));
        DomainException.ThrowIfAny(failures);

        var secret = Tokens.New();
        var key = $"{KeyPrefix}{secret}";
        var entity = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            CoopId = request.CoopId,
            Prefix = key[..11],
            KeyHash = Tokens.Hash(key),
            Scopes = string.Join(' ', scopes),
            CreatedAt = now,
            CreatedBy = user.UserId,
            ExpiresAt = request.ExpiresAt!.Value.ToUniversalTime(),
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.ApiKeyCreated, "ApiKey", entity.Id.ToString(), request.CoopId, new { name, scopes }), ct);
        return new CreatedApiKey(ToDto(entity), key);
    }

    public async Task<Page<ApiKeyDto>> ListAsync(Guid? coopId, PageRequest page, CancellationToken ct = default)
    {
        IQueryable<ApiKey> query = db.ApiKeys.AsNoTracking();
        if (coopId is { } coop)
        {
            AdminRights.EnsureCanAdminister(user, coop);
            query = query.Where(k => k.CoopId == coop);
        }
        else if (!user.HasRole(Role.FederationAdmin))
        {
            var coops = AdminRights.AdministeredCoops(user);
            if (coops.Count == 0) throw new DomainException(PlatformErrors.Forbidden);
            query = query.Where(k => k.CoopId != null && coops.Contains(k.CoopId.Value));
        }
        var result = await query.OrderByDescending(k => k.CreatedAt).ToPageAsync(page, ct);
        return new Page<ApiKeyDto>(result.Items.Select(ToDto).ToList(), result.Total, result.PageNumber, result.PageSize);
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (AdminRights.CheckCanAdminister(user, key.CoopId) is { } denied)
            throw new DomainException(denied == PlatformErrors.Forbidden && key.CoopId is null ? PlatformErrors.NotFound : denied);
        if (key.RevokedAt is not null) return;
        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.ApiKeyRevoked, "ApiKey", key.Id.ToString(), key.CoopId), ct);
    }

    internal static ApiKeyDto ToDto(ApiKey k) =>
        new(k.Id, k.Name, k.CoopId, k.Prefix, k.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}
