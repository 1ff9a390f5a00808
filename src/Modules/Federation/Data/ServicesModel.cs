using CoopSante.Federation.Bulletins;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Data;

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> b)
    {
        b.ToTable("bulletins");
        b.HasKey(x => x.Id);
        b.Property(x => x.TitleFr).HasMaxLength(Bulletin.TitleMax);
        b.Property(x => x.TitleEn).HasMaxLength(Bulletin.TitleMax);
        b.Property(x => x.BodyFr).HasMaxLength(Bulletin.BodyMax);
        b.Property(x => x.BodyEn).HasMaxLength(Bulletin.BodyMax);
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PublishedByName).HasMaxLength(200);
        b.HasIndex(x => x.PublishedAt);
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.BulletinId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.BulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BulletinTargetConfiguration : IEntityTypeConfiguration<BulletinTarget>
{
    public void Configure(EntityTypeBuilder<BulletinTarget> b)
    {
        b.ToTable("bulletin_targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(2);
        b.HasIndex(x => x.RegionCode);
        b.HasIndex(x => x.CoopId);
    }
}

internal sealed class BulletinAttachmentConfiguration : IEntityTypeConfiguration<BulletinAttachment>
{
    public void Configure(EntityTypeBuilder<BulletinAttachment> b)
    {
        b.ToTable("bulletin_attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasIndex(x => new { x.BulletinId, x.FileId }).IsUnique();
    }
}

internal sealed class BulletinReadConfiguration : IEntityTypeConfiguration<BulletinRead>
{
    public void Configure(EntityTypeBuilder<BulletinRead> b)
    {
        b.ToTable("bulletin_reads");
        b.HasKey(x => new { x.CoopId, x.BulletinId, x.UserId });
        b.HasIndex(x => x.BulletinId);
        b.HasOne<Bulletin>().WithMany().HasForeignKey(x => x.BulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BulletinDigestEntryConfiguration : IEntityTypeConfiguration<BulletinDigestEntry>
{
    public void Configure(EntityTypeBuilder<BulletinDigestEntry> b)
    {
        b.ToTable("bulletin_digest_entries");
        // The unique key is the digest's idempotency: a second run (or a concurrent one) cannot send a bulletin twice to a person.
        b.HasKey(x => new { x.BulletinId, x.UserId });
        b.HasIndex(x => x.CoopId);
        b.HasOne<Bulletin>().WithMany().HasForeignKey(x => x.BulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}
