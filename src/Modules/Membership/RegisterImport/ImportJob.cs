using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.RegisterImport;

internal enum ImportJobStatus { Running = 1, Succeeded = 2 }

/// <summary>
/// An apply of a register import under an idempotency key, scoped by coop and caller: the same key replays the
/// result, a different file under the same key is refused, and a key still running answers a conflict.
/// </summary>
internal sealed class ImportJob : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid CallerId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    /// <summary>SHA-256 of the file and mapping, hex.</summary>
    public string RequestHash { get; set; } = "";
    public ImportJobStatus Status { get; set; }
    public int Imported { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("member_import_jobs");
        b.HasIndex(x => new { x.CoopId, x.CallerId, x.IdempotencyKey }).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(100);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
    }
}
