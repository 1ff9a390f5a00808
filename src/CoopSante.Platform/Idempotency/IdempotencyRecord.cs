using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Platform.Idempotency;

public enum IdempotencyStatus { Running = 1, Completed = 2 }

/// <summary>
/// A request made under an <c>Idempotency-Key</c>, scoped by coop and caller. While it runs it holds a lease
/// (<see cref="LeaseExpiresAt"/>, <see cref="Holder"/>) that another request may take over once expired, so a
/// crash never leaves the key stuck; once completed, its response is kept and replayed.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    /// <summary>The coop of the route, or <see cref="Guid.Empty"/> for a route without one.</summary>
    public Guid CoopId { get; set; }
    /// <summary>The person or API key that sent the request.</summary>
    public Guid CallerId { get; set; }
    public string Key { get; set; } = "";
    /// <summary>SHA-256 (hex) of the method, route and bound request values.</summary>
    public string RequestHash { get; set; } = "";
    public IdempotencyStatus Status { get; set; }
    /// <summary>Who holds the lease now: a request that lost its lease cannot complete or release the key.</summary>
    public Guid Holder { get; set; }
    public DateTimeOffset LeaseExpiresAt { get; set; }
    public int? ResponseStatus { get; set; }
    public string? ResponseContentType { get; set; }
    public byte[]? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasIndex(r => new { r.CoopId, r.CallerId, r.Key }).IsUnique();
        b.HasIndex(r => r.CreatedAt);
        b.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ResponseContentType).HasMaxLength(200);
    }
}
