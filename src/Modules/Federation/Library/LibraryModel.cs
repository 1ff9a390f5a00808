using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Library;

internal sealed class LibraryDocumentConfiguration : IEntityTypeConfiguration<LibraryDocument>
{
    public void Configure(EntityTypeBuilder<LibraryDocument> b)
    {
        b.ToTable("library_documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.TitleFr).HasMaxLength(LibraryDocument.TitleMax);
        b.Property(x => x.TitleEn).HasMaxLength(LibraryDocument.TitleMax);
        b.Property(x => x.DescriptionFr).HasMaxLength(LibraryDocument.DescriptionMax);
        b.Property(x => x.DescriptionEn).HasMaxLength(LibraryDocument.DescriptionMax);
        b.Property(x => x.SearchText).HasMaxLength(LibraryDocument.SearchTextMax);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.UpdatedAt);
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LibraryDocumentTargetConfiguration : IEntityTypeConfiguration<LibraryDocumentTarget>
{
    public void Configure(EntityTypeBuilder<LibraryDocumentTarget> b)
    {
        b.ToTable("library_document_targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(2);
        b.HasIndex(x => x.RegionCode);
        b.HasIndex(x => x.CoopId);
    }
}

internal sealed class LibraryDocumentVersionConfiguration : IEntityTypeConfiguration<LibraryDocumentVersion>
{
    public void Configure(EntityTypeBuilder<LibraryDocumentVersion> b)
    {
        b.ToTable("library_document_versions");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(LibraryDocumentVersion.NoteMax);
        b.Property(x => x.UploadedByName).HasMaxLength(200);
        // One number per document: two uploads cannot both become version 3.
        b.HasIndex(x => new { x.DocumentId, x.Number }).IsUnique();
    }
}
