using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Platform.Files;

/// <summary>A file kept for a coop (evidence, document, attachment): its metadata here, its content in the content store.</summary>
public sealed class StoredFile : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>The <see cref="FileUse"/> it was uploaded for, e.g. <c>attachment</c>.</summary>
    public string Use { get; set; } = "";
    /// <summary>The name the uploader gave, for display and download only (never a path).</summary>
    public string FileName { get; set; } = "";
    /// <summary>The type detected from the content, not the one the client declared.</summary>
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    /// <summary>SHA-256 of the content, hex, computed while it was streamed in.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>Where the content store keeps it (relative; the store decides the root).</summary>
    public string StorageKey { get; set; } = "";
    public Guid? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.HasIndex(f => new { f.CoopId, f.Use, f.UploadedAt });
        b.Property(f => f.Use).HasMaxLength(40);
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(120);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.StorageKey).HasMaxLength(200);
    }
}
